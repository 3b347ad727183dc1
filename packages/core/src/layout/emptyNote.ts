import type { Timeline } from "../model/normalized.js";
import { measureText } from "./measureText.js";
import type { TextLine } from "./types.js";

/** Why a figure has no mark to draw, in the words its plot shows. */
function emptyText(timeline: Timeline, culled: number): string {
  if (timeline.events.length === 0 && timeline.diagnoses.length === 0) return "No events";
  if (culled > 0) return "No events in this time range";
  return "No events on the time axis";
}

/**
 * The note a figure without marks shows in its plot instead of an empty axis, centred, and the
 * height it takes; null when there are marks. `culled` counts marks left out by a zoom.
 */
export function emptyNote(
  timeline: Timeline,
  markCount: number,
  culled: number,
  plot: { x0: number; x1: number; top: number },
  fontSize: number,
): { note: TextLine; height: number } | null {
  if (markCount > 0) return null;
  const text = emptyText(timeline, culled);
  const width = measureText(text, fontSize);
  return {
    note: { x: (plot.x0 + plot.x1 - width) / 2, y: plot.top + fontSize * 2.35, text },
    height: fontSize * 4,
  };
}

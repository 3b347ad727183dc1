import type { NormalizedEvent } from "../model/normalized.js";
import { formatLabValue, formatWhen } from "./format.js";
import type { Draft, DraftContext } from "./draft.js";
import { footprintWithLabel, placeLabelOrAbove } from "./placeLabel.js";
import { placeDate } from "./placeDate.js";
import type { TimeAxis } from "./timeAxis.js";
import type { SeriesMark } from "./types.js";

/** Rows a lab track spans. */
export const SERIES_ROWS = 2;

/**
 * A small line chart for a lab series. y values are relative to the track's top (0) and its
 * height; the orchestrator shifts them once the track's row is known. `stated` is the event with
 * the dates its source gave, for the texts (default `e`).
 */
export function seriesDraft(
  e: Extract<NormalizedEvent, { kind: "lab" }>,
  axis: TimeAxis,
  ctx: DraftContext,
  stated: Extract<NormalizedEvent, { kind: "lab" }> = e,
): Draft | null {
  const height = ctx.rowHeight * SERIES_ROWS;
  const placed = e.values.map((v, i) => ({
    v,
    p: placeDate(e.dates[`values[${i}]`]!, axis),
    when: formatWhen(stated.dates[`values[${i}]`]!),
  }));
  const shown = placed.filter((x) => x.p !== null);
  if (shown.length === 0) return null;
  const ref = e.referenceRange;
  const values = [
    ...shown.flatMap((x) => (x.v.value === undefined ? [] : [x.v.value])),
    ...(ref?.low !== undefined ? [ref.low] : []),
    ...(ref?.high !== undefined ? [ref.high] : []),
  ];
  const lo = values.reduce((m, v) => Math.min(m, v), 0);
  const hi = values.reduce((m, v) => Math.max(m, v), -Infinity);
  // Linear map of the values onto the track (inline: one d3 scale per series costs at 10k events).
  const top = hi === lo ? lo + 1 : hi;
  const y = (v: number) => height - 4 - ((v - lo) / (top - lo)) * (height - 8);
  // A value stated only in words ("normalized") sits on the floor of the track, labelled.
  const points = shown.map(({ v, p, when }) => ({
    x: p!.x,
    y: v.value === undefined ? height - 4 : y(v.value),
    value: v.value ?? null,
    range: p!.range,
    text: `${formatLabValue(v, e.unit)} (${when})`,
  }));
  // Static figures have no tooltips: the label gives the first and the last value shown.
  const first = shown[0]!.v;
  const last = shown[shown.length - 1]!.v;
  const text =
    shown.length > 1
      ? `${e.analyte} ${formatLabValue(first, e.unit)} → ${formatLabValue(last, e.unit)} (${shown.length} values)`
      : `${e.analyte} ${formatLabValue(last, e.unit)}`;
  const x0 = points.reduce((m, p) => Math.min(m, p.range?.x0 ?? p.x), Infinity);
  const x1 = points.reduce((m, p) => Math.max(m, p.range?.x1 ?? p.x), -Infinity);
  // Beside the line, or, with no room beside, on a row of its own above the track.
  const { label, above } = placeLabelOrAbove(text, {
    x0,
    x1: x1 + 4,
    inside: null,
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  });
  const shift = above ? ctx.rowHeight : 0;
  for (const p of points) p.y += shift;
  const mark: SeriesMark = {
    type: "series",
    id: e.id,
    eventId: e.id,
    kind: "lab",
    lane: "lab",
    row: 0,
    label,
    description: "", // written once the mark is known to be drawn (layoutTimeline)
    uncertain: shown.some((x) => x.p!.uncertain),
    colorKey: { kind: "lab", analyte: e.analyte },
    bounds: { x: 0, y: 0, width: 0, height: 0 },
    points,
    y: 0,
    height: height + shift,
    refBand:
      ref && (ref.low !== undefined || ref.high !== undefined)
        ? {
            x0: ctx.plotX0,
            x1: ctx.plotX1,
            y0: y(ref.high ?? hi) + shift,
            y1: y(ref.low ?? lo) + shift,
          }
        : null,
    unit: e.unit,
  };
  const fp = footprintWithLabel(x0, x1, label, above);
  const rows = SERIES_ROWS + (above ? 1 : 0);
  return { mark, lane: "lab", x0: fp.x0, x1: fp.x1, rows, order: e.index };
}

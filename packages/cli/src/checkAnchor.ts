import { anchorFallback, type Timeline } from "@oncoline/core";
import { CliError } from "./cliError.js";

/** What the axis shows instead, per fallback reason. */
const SHOWN_INSTEAD = {
  "anchor-missing": "calendar dates are shown",
  "anchor-undated": "calendar dates are shown",
  "undated-timeline": "events are shown in the order told",
  "relative-frame": "time is counted from the event the source dates everything from",
} as const;

/**
 * Check a requested axis anchor before drawing. Throws a `CliError` (exit 2) when no event or
 * diagnosis has that id, listing the ids that exist. Returns a note when the id exists but the
 * axis cannot count from it (the layout would otherwise fall back silently): the timeline has no
 * dates, its dates hang off another undated event, or the anchor's start is not bounded on the calendar.
 */
export function checkAnchor(timeline: Timeline, anchor: string | undefined): string | null {
  if (anchor === undefined) return null;
  const ids = [...timeline.diagnoses.map((d) => d.id), ...timeline.events.map((e) => e.id)];
  if (!ids.includes(anchor)) {
    const shown = ids.length > 12 ? [...ids.slice(0, 12), "…"] : ids;
    throw new CliError(
      `oncoline render: unknown --anchor '${anchor}': no event or diagnosis has that id (ids: ${shown.join(", ")})`,
      2,
    );
  }
  // Core says whether and why the axis falls back; the CLI only prints it.
  const fallback = anchorFallback(timeline, anchor);
  if (!fallback) return null;
  return `oncoline render: note: cannot count time from '${anchor}' (${fallback.message}); ${SHOWN_INSTEAD[fallback.reason]}`;
}

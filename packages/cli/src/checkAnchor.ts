import { layoutTimeline, type Timeline } from "@oncoline/core";
import { CliError } from "./cliError.js";

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
  // Only the axis matters here; its choice does not depend on the width.
  const axis = layoutTimeline(timeline, { width: 960, axis: { mode: "relative", anchor } }).axis;
  if (axis.anchor?.eventId === anchor) return null;
  const reason =
    axis.mode === "sequence"
      ? "the timeline has no dates"
      : axis.frame !== null
        ? "its dates are stated relative to an event whose calendar date is not reported"
        : `the start of '${anchor}' has no bounded calendar date`;
  return `oncoline render: note: cannot count time from '${anchor}' (${reason}); the axis reads "${axis.title}"`;
}

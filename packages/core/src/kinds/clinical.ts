import type { KindSpec } from "./kindSpec.js";

/** A clinical event (a seizure, a hospital stay): a moment, or a bar with a stated end. */
export const CLINICAL: KindSpec<"clinical"> = {
  lane: "events",
  dateSlots(e, slots) {
    // Without an end it is a moment (a seizure), not a course of unknown length.
    if (e.end === undefined) slots.point(e.start, "start");
    else slots.interval(e.start, e.end);
  },
  references: () => [],
  drawnAs: (e) => (e.span.moment ? "point" : "bar"),
  glyph: () => "clinical",
  colorKey: (e) => ({ kind: "clinical", category: e.category }),
  label: (e) => e.label || e.term,
  describe: (e, when) =>
    `${e.category[0]!.toUpperCase()}${e.category.slice(1).replace(/-/g, " ")}: ${e.term}${e.severity ? ` (${e.severity})` : ""}, ${when}.`,
};

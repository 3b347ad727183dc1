import type { KindSpec } from "./kindSpec.js";

/** The longest term said as it is in running text; a longer one is named by its category. */
const NAME_CHARS = 32;

const CATEGORY_NAME: Partial<Record<string, string>> = {
  symptom: "symptom onset",
  "performance-status": "performance status",
};

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
  // Its severity, when stated and not in the term already: "pancytopenia (severe)".
  label: (e) =>
    e.label ||
    (e.severity && !e.term.toLowerCase().includes(e.severity)
      ? `${e.term} (${e.severity})`
      : e.term),
  // In running text (an axis title, "months from presentation"): a long term gives way to what
  // the event is, so an axis does not read "Months from presented with raised red patches…".
  name: (e) =>
    e.label ||
    (e.term.length <= NAME_CHARS || e.category === "other"
      ? e.term
      : (CATEGORY_NAME[e.category] ?? e.category.replace(/-/g, " "))),
  describe: (e, when) =>
    `${e.category[0]!.toUpperCase()}${e.category.slice(1).replace(/-/g, " ")}: ${e.term}${e.severity ? ` (${e.severity})` : ""}, ${when}.`,
};

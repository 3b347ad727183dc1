import { named } from "../layout/colorKey.js";
import type { KindSpec } from "./kindSpec.js";

/** An adverse event: a moment, or a bar when its end is stated, in the events lane. */
export const ADVERSE_EVENT: KindSpec<"adverse-event"> = {
  lane: "events",
  dateSlots(e, slots) {
    // Without an end it is a moment (a bleed, a rash), not a course of unknown length.
    if (e.end === undefined) slots.point(e.start, "start");
    else slots.interval(e.start, e.end);
  },
  references: (e) => [{ id: e.therapy, field: "therapy", allowed: ["therapy", "radiotherapy"] }],
  drawnAs: (e) => (e.span.moment ? "point" : "bar"),
  glyph: () => "adverse",
  colorKey: () => named("adverse"),
  label: (e) => e.label || `${e.term}${e.grade ? ` G${e.grade}` : ""}`,
  describe: (e, when) =>
    `Adverse event: ${e.term}${e.grade ? `, grade ${e.grade}` : ""}${e.therapy ? `, attributed to ${e.therapy}` : ""}${e.action ? `, action: ${e.action}` : ""}, ${when}.`,
};

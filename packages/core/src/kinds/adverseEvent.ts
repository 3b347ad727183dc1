import { named } from "../layout/colorKey.js";
import type { KindSpec, NormalizedOf } from "./kindSpec.js";

/** " G2", " G2 (ASTCT)", " G IIIb (Clavien-Dindo)"; "" without a grade. */
function gradeOf(e: NormalizedOf<"adverse-event">, word: string): string {
  const g = e.gradeText ?? (e.grade !== undefined ? String(e.grade) : "");
  if (!g) return "";
  // A grade in words ("severe") is said as such; a number or roman numeral follows "G".
  const words = e.gradeText !== undefined && !/^([IVX]+[a-d]?|\d+[a-d]?)$/i.test(e.gradeText);
  const scale = e.scale ? ` (${e.scale})` : "";
  // "myelotoxicity (severe)" on the chart, "…, severe" in words: never "grade severe".
  if (words) return word === "G" ? ` (${g}${e.scale ? `, ${e.scale}` : ""})` : `, ${g}${scale}`;
  const sep = word === "G" ? (e.gradeText ? " G " : " G") : word;
  return `${sep}${g}${scale}`;
}

/** An adverse event: a moment, or a bar when its end is stated, in the events lane. */
export const ADVERSE_EVENT: KindSpec<"adverse-event"> = {
  lane: "events",
  dateSlots(e, slots) {
    // Without an end it is a moment (a bleed, a rash), not a course of unknown length.
    if (e.end === undefined) slots.point(e.start, "start");
    else slots.interval(e.start, e.end);
  },
  references: (e) => [
    { id: e.therapy, field: "therapy", allowed: ["therapy", "radiotherapy", "procedure"] },
  ],
  drawnAs: (e) => (e.span.moment ? "point" : "bar"),
  glyph: () => "adverse",
  colorKey: () => named("adverse"),
  label: (e) => e.label || `${e.term}${gradeOf(e, "G")}${e.outcome === "fatal" ? " (fatal)" : ""}`,
  describe: (e, when, nameOf) =>
    `Adverse event: ${e.term}${gradeOf(e, ", grade ")}${e.outcome ? `, ${e.outcome.replace(/-/g, " ")}` : ""}${e.therapy ? `, attributed to ${nameOf?.(e.therapy) ?? e.therapy}` : ""}${e.action ? `, action: ${e.action.replace(/-/g, " ")}` : ""}, ${when}.`,
};

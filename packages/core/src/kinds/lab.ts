import { formatLabValue, formatWhen } from "../layout/format.js";
import type { KindSpec } from "./kindSpec.js";

/** `8.8–10.5`, `≤ 5`, `≥ 60`. */
function formatRange(r: { low?: number; high?: number }): string {
  if (r.low !== undefined && r.high !== undefined) return `${r.low}–${r.high}`;
  return r.high !== undefined ? `≤ ${r.high}` : `≥ ${r.low}`;
}

/** " on 2020-03-01", or ", between 2020-03 and 2020-06" for a window (not "on between"). */
const onOrWhen = (when: string): string =>
  /^~?(between|before|after|date not stated)/.test(when) ? `, ${when}` : ` on ${when}`;

/** A lab or marker series: a line of dated values in the lab lane, one row per series. */
export const LAB: KindSpec<"lab"> = {
  lane: "lab",
  dateSlots(e, slots) {
    const keys = e.values.map((v, j) => slots.part(`values[${j}]`, `values[${j}].date`, v.date));
    slots.edges(keys[0] ?? "", keys[keys.length - 1] ?? "");
  },
  references: () => [],
  check(e, { path, issues }) {
    const r = e.referenceRange;
    if (r?.low !== undefined && r.high !== undefined && r.low > r.high)
      issues.error(`${path}.referenceRange`, `low ${r.low} is above high ${r.high}`);
  },
  drawnAs: () => "series",
  // A series is drawn as a line of values (`seriesDraft`), never with this glyph.
  glyph: () => "clinical",
  colorKey: (e) => ({ kind: "lab", analyte: e.analyte }),
  label(e) {
    if (e.label) return e.label;
    const last = e.values[e.values.length - 1];
    // A value in words after a colon: "blood counts: marked pancytopenia".
    return last
      ? `${e.analyte}${last.value === undefined ? ":" : ""} ${formatLabValue(last, e.unit)}`
      : e.analyte;
  },
  describe: (e) =>
    `${e.analyte}${e.unit || e.referenceRange ? ` (${[e.unit, e.referenceRange ? `reference ${formatRange(e.referenceRange)}` : ""].filter(Boolean).join(", ")})` : ""}: ${e.values
      .map(
        (v, i) => `${formatLabValue(v, e.unit)}${onOrWhen(formatWhen(e.dates[`values[${i}]`]!))}`,
      )
      .join("; ")}.`,
};

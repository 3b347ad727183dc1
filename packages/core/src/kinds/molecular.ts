import { formatFindings } from "../layout/format.js";
import { named } from "../layout/colorKey.js";
import type { KindSpec } from "./kindSpec.js";

/**
 * A molecular test: drawn when its result is known, in the molecular lane, its sample date linked
 * back. With a sample date it spans sample to result.
 */
export const MOLECULAR: KindSpec<"molecular"> = {
  lane: "molecular",
  dateSlots(e, slots) {
    if (e.sampleDate === undefined) return slots.point(e.resultDate, "resultDate");
    const s = slots.part("start", "sampleDate", e.sampleDate);
    slots.edges(s, e.resultDate === undefined ? s : slots.part("end", "resultDate", e.resultDate));
  },
  references: (e) => [{ id: e.sample.from, field: "sample.from", allowed: ["procedure"] }],
  check(e, { path, issues }) {
    const seen = new Set<string>();
    e.findings.forEach((f, j) => {
      if (f.id === undefined) return;
      if (seen.has(f.id))
        issues.error(`${path}.findings[${j}].id`, `duplicate finding id '${f.id}' in this test`);
      seen.add(f.id);
    });
    if (e.sampleDate === undefined && e.resultDate === undefined)
      issues.warn(
        path,
        "a molecular test with neither sampleDate nor resultDate has no place on a time axis, nor has anything dated from it: they are listed under the figure. If the source tells when it was done (after the progression, before the next therapy), say so, e.g. resultDate: { after: { event: '<id>' } }",
      );
  },
  courseWords: { end: "resultDate", start: "sample date", order: "results not before the sample" },
  drawnAs: () => "point",
  drawnAtEnd: true,
  glyph: () => "test",
  colorKey: () => named("molecular"),
  // No finding listed is no negative result: the test is named, its result not stated.
  label: (e) =>
    e.label || formatFindings(e.findings) || `${e.method.name ?? e.method.type}: result not stated`,
  describe: (e, when) =>
    `Molecular test (${e.method.type}${e.method.name ? `, ${e.method.name}` : ""})${e.sample.type === "unknown" ? "" : ` on ${e.sample.type}`}${e.sample.site ? ` (${e.sample.site})` : ""}, ${when}: ${formatFindings(e.findings, true) || "result not stated"}.`,
};

import type { Finding } from "@oncoline/core";
import { claims, concept, display, hasCode, list, refOf } from "../json.js";
import { provenance } from "../patientDraft.js";
import { genesStudied, variantFinding } from "./findings.js";
import type { ResourceHandler } from "./handler.js";
import { observationKind } from "./observationKinds.js";

const EFFECTIVE = ["effectiveDateTime", "effectivePeriod.start"] as const;

/** Whether a DiagnosticReport is a genomics report (mCODE profile, LOINC 51969-4 / 81247-9, or category GE). */
export const isGenomicsReport = (r: Record<string, unknown>): boolean =>
  claims(r, "genomics-report", "genomic-report") ||
  hasCode(concept(r.code), "loinc", ["51969-4", "81247-9"]) ||
  list(r.category).some((c) => list(c.coding).some((x) => x.code === "GE"));

/**
 * A genomics DiagnosticReport → one molecular test: sample date from `effective[x]`, result date
 * from `issued` (its own calendar date), findings from the variants it lists, and the genes of its
 * region-studied results as the method's name. Other reports are counted, not imported.
 */
export const diagnosticReport: ResourceHandler = (entry, draft, ctx) => {
  const r = entry.resource;
  if (!isGenomicsReport(r)) return "diagnostic report that is not a genomics report";
  const sample = ctx.firstDate(entry, EFFECTIVE);
  const issued = ctx.date(entry, "issued", r.issued);
  if (!sample && !issued) ctx.undated(entry, "effective[x], issued");
  const findings: Finding[] = [];
  const genes: string[] = [];
  let sequencing = false;
  for (const ref of list(r.result)) {
    const result = ctx.resolve(refOf(ref));
    if (!result) continue;
    const kind = observationKind(result.resource);
    if (kind === "genomic-variant") {
      const f = variantFinding(result, ctx.firstDate(result, EFFECTIVE)?.date);
      if (f) findings.push(f);
      sequencing ||= /sequenc/i.test(display(concept(result.resource.method)) ?? "");
    } else if (kind === "region-studied") genes.push(...genesStudied(result.resource));
  }
  draft.events.push({
    kind: "molecular",
    id: draft.idFor(entry),
    ...(findings.length === 0 ? { label: display(concept(r.code)) ?? "genomics report" } : {}),
    ...(sample ? { sampleDate: sample.date } : {}),
    ...(issued ? { resultDate: issued } : {}),
    sample: { type: "unknown" },
    method: {
      type: sequencing ? "NGS" : "other",
      ...(genes.length > 0 ? { name: `panel: ${genes.join(", ")}` } : {}),
    },
    findings,
    note: provenance(entry),
  });
  return null;
};

import type { Finding } from "@oncoline/core";
import type { Entry } from "../bundleEntries.js";
import { concept, display, hasCode, list, str, type Json } from "../json.js";

const GENE = ["48018-6"];
const PROTEIN = ["48005-3"];
const DNA = ["48004-6", "81290-9", "81252-9"];
const VARIATION = ["81252-9", "81300-6"];
const SOURCE_CLASS = ["48002-0"];

const components = (r: Json, codes: string[]) =>
  list(r.component).filter((c) => hasCode(concept(c.code), "loinc", codes));

/** Gene symbols of the gene-studied components (`HGNC:26144 PALB2` → `PALB2`), every coding. */
export const genesStudied = (r: Json): string[] =>
  components(r, GENE).flatMap((c) =>
    list(concept(c.valueCodeableConcept)?.coding).flatMap((x) => {
      const d = str(x.display) ?? str(x.code);
      return d ? [d.replace(/^HGNC:/, "")] : [];
    }),
  );

/**
 * A GenomicVariant observation → a finding: gene(s) studied (two genes → a fusion, the first the
 * 5′ partner), the protein change from the variation text (`(p.Tyr1183Ter)`) or the HGVS, and
 * present / absent from the value. Somatic / germline and the variant's own date (when it is read
 * with a report) go into the finding's note.
 */
export function variantFinding(entry: Entry, date?: string): Finding | null {
  const r = entry.resource;
  const genes = genesStudied(r);
  if (genes.length === 0) return null;
  const text = (codes: string[]) =>
    components(r, codes)
      .map((c) => display(concept(c.valueCodeableConcept)) ?? str(c.valueString))
      .find(Boolean);
  const variation = text(VARIATION) ?? text(PROTEIN) ?? text(DNA) ?? "";
  const protein =
    /\((p\.[^)]+)\)/.exec(variation)?.[1] ?? (/^p\./.test(variation) ? variation : undefined);
  const value = concept(r.valueCodeableConcept);
  const absent =
    hasCode(value, "loinc", ["LA9634-2"]) ||
    /absent|negative|not detected/i.test(display(value) ?? "");
  const source = text(SOURCE_CLASS);
  const fusion = genes.length >= 2;
  return {
    gene: fusion ? genes[1]! : genes[0]!,
    type: fusion ? "fusion" : "mutation",
    ...(fusion ? { partner: genes[0]! } : {}),
    ...((protein ?? variation) ? { variant: protein ?? variation } : {}),
    status: absent ? "not-detected" : "detected",
    note: [source, date ? `observed ${date}` : "", `FHIR ${entry.label}`]
      .filter(Boolean)
      .join("; "),
  };
}

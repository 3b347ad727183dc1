import { concept, claims, display, extensions, list } from "../json.js";
import type { ResourceHandler } from "./handler.js";
import { provenance } from "../patientDraft.js";
import { toId } from "../../toId.js";

const CANCER =
  /neoplasm|carcinoma|cancer|tumou?r|lymphoma|leuka?emia|sarcoma|melanoma|glioma|blastoma|myeloma|malignan/i;
const ONSET = ["onsetDateTime", "onsetPeriod.start", "onsetString"] as const;

/**
 * Condition → a diagnosis when it is a cancer (mCODE primary-cancer-condition profile, an ICD-10
 * C code, or cancer words in its SNOMED display): site from bodySite, histology from the
 * histology-morphology-behavior extension, stage from `stage.summary`. A secondary cancer
 * condition adds its site to the primary's metastatic sites and a dated note.
 */
export const condition: ResourceHandler = (entry, draft, ctx) => {
  const r = entry.resource;
  const code = concept(r.code);
  const words = display(code) ?? "";
  const icdC = list(code?.coding).some(
    (c) => /icd-?10/i.test(String(c.system)) && /^C/i.test(String(c.code)),
  );
  const secondary = claims(r, "secondary-cancer-condition") || /secondary|metasta/i.test(words);
  if (!claims(r, "cancer-condition") && !icdC && !CANCER.test(words))
    return "not a cancer condition";
  const onset = ctx.firstDate(entry, ONSET);
  const site = list(r.bodySite)
    .map((b) => display(b))
    .find(Boolean);
  if (secondary && draft.diagnoses.length > 0) {
    const primary = draft.diagnoses[0]!;
    primary.metastaticSites = [...(primary.metastaticSites ?? []), site ?? words];
    if (!onset) ctx.undated(entry, ONSET.join(", "));
    draft.notes.push({
      about: primary.id,
      kind: "other",
      text: provenance(
        entry,
        `Secondary cancer: ${words}${site ? ` (${site})` : ""}${onset ? `, onset ${onset.date}` : ", no date"}`,
      ),
    });
    return null;
  }
  if (!onset) ctx.undated(entry, ONSET.join(", "));
  const histology = extensions(r, "histology-morphology-behavior")
    .map((e) => display(concept(e.valueCodeableConcept)))
    .find(Boolean);
  const stage = list(r.stage).find((s) => display(concept(s.summary)));
  const summary = display(concept(stage?.summary));
  const system = display(concept(stage?.type));
  const recorded = ctx.date(entry, "recordedDate", r.recordedDate);
  draft.diagnoses.push({
    id: draft.ids.take(toId(`dx-${entry.id}`)),
    source: entry.label,
    primarySite: site || words || "site not stated",
    ...(onset ? { date: onset.date } : {}),
    ...(histology ? { histology } : {}),
    ...(summary ? { stage: { value: stageValue(summary), ...(system ? { system } : {}) } } : {}),
    note: provenance(
      entry,
      [words, recorded && !onset ? `recorded ${recorded}` : ""].filter(Boolean).join("; "),
    ),
  });
  return null;
};

/** `American Joint Committee on Cancer stage IIIC` → `IIIC`; other words stay as they are. */
export const stageValue = (words: string): string =>
  /\bstage\s+([0IV]+[A-D]?\d?)\b/i.exec(words)?.[1] ?? words;

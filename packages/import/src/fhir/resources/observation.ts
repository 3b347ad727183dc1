import type { EventOf } from "@oncoline/core";
import type { Entry } from "../bundleEntries.js";
import type { FhirContext } from "../fhirContext.js";
import { concept, display, extensions, hasCode, isObject, list, num, refOf, str } from "../json.js";
import { provenance, type PatientDraft } from "../patientDraft.js";
import { stageValue } from "./condition.js";
import { labOrMarker } from "./labOrMarker.js";
import { variantFinding } from "./findings.js";
import type { ResourceHandler } from "./handler.js";
import { observationKind, type ObservationKind } from "./observationKinds.js";

const EFFECTIVE = ["effectiveDateTime", "effectivePeriod.start", "effectiveInstant"] as const;

/** Observation → by its kind (profile, else LOINC/SNOMED code); other observations are counted. */
export const observation: ResourceHandler = (entry, draft, ctx) => {
  const kind = observationKind(entry.resource);
  if (!kind) return "observation of a kind not imported (vital signs, social history…)";
  const when = ctx.firstDate(entry, EFFECTIVE);
  const result = BY_KIND[kind](entry, draft, ctx, when?.date);
  if (
    result === null &&
    !when &&
    kind !== "region-studied" &&
    !draft.reportResults.has(entry.label)
  )
    ctx.undated(entry, EFFECTIVE.join(", "));
  return result;
};

type KindHandler = (
  entry: Entry,
  draft: PatientDraft,
  ctx: FhirContext,
  date: string | undefined,
) => string | null;

/** Disease-status values (SNOMED) in words; worsened is progression. */
const STATUS: Array<[string, string]> = [
  ["268910001", "improved"],
  ["359746009", "stable"],
  ["271299001", "worsened"],
  ["709137006", "undetermined"],
  ["260415000", "not detected (no evidence of disease)"],
];
const EVIDENCE: Array<[string, EventOf<"progression">["basis"]]> = [
  ["363679005", "radiographic"],
  ["252416005", "pathologic"],
  ["711015009", "clinical"],
  ["386344002", "marker"],
  ["5880005", "clinical"],
];

const BY_KIND: Record<ObservationKind, KindHandler> = {
  "disease-status"(entry, draft, _ctx, date) {
    const r = entry.resource;
    const value = concept(r.valueCodeableConcept);
    const words =
      STATUS.find(([c]) => hasCode(value, "snomed", [c]))?.[1] ?? display(value) ?? "not stated";
    const evidence = extensions(r, "evidence-type").map((e) => concept(e.valueCodeableConcept));
    const basis =
      EVIDENCE.find(([c]) => evidence.some((cc) => hasCode(cc, "snomed", [c])))?.[1] ?? "unknown";
    const evidenceWords = evidence
      .map((cc) => display(cc))
      .filter(Boolean)
      .join(", ");
    const criteria = `cancer disease status${evidenceWords ? `, evidence: ${evidenceWords}` : ""}`;
    if (words === "worsened") {
      draft.events.push({
        kind: "progression",
        id: draft.idFor(entry),
        label: "condition worsened",
        basis,
        ...(date ? { date } : {}),
        note: provenance(entry, criteria),
      });
    } else
      draft.events.push({
        kind: "clinical",
        id: draft.idFor(entry),
        category: "other",
        term: `Disease status: ${words}`,
        ...(date ? { start: date } : {}),
        note: provenance(entry, criteria),
      });
    return null;
  },
  "stage-group"(entry, draft, ctx, date) {
    const words = display(concept(entry.resource.valueCodeableConcept));
    if (!words) return "stage group without a value";
    const dx = draft.diagnosisFor(refOf(list(entry.resource.focus)[0]), ctx.resolve);
    const type = display(concept(entry.resource.code)) ?? "stage group";
    const text = `${type}: ${stageValue(words)}${date ? ` (${date})` : ""} [FHIR ${entry.label}]`;
    if (!dx) return (draft.notes.push({ kind: "other", text }), null);
    const system = display(concept(entry.resource.method));
    dx.stage ??= { value: stageValue(words), ...(system ? { system } : {}) };
    dx.note = dx.note ? `${dx.note}; ${text}` : text;
    return null;
  },
  "tnm-category"(entry, draft, ctx) {
    const words = display(concept(entry.resource.valueCodeableConcept));
    const category = words
      ? /\b([cpy]{0,2}[TNM][0-4a-dxis]*\w*)$/i.exec(words.replace(/\s*category$/i, ""))?.[1]
      : undefined;
    if (!category) return "TNM category without a value";
    const dx = draft.diagnosisFor(refOf(list(entry.resource.focus)[0]), ctx.resolve);
    if (!dx?.stage)
      return (
        draft.notes.push({ kind: "other", text: provenance(entry, `TNM category ${category}`) }),
        null
      );
    dx.stage.tnm = dx.stage.tnm ? `${dx.stage.tnm}${category}` : category;
    return null;
  },
  "performance-status"(entry, draft, _ctx, date) {
    const scale = hasCode(concept(entry.resource.code), "loinc", ["89243-0"])
      ? "Karnofsky"
      : "ECOG";
    const value =
      num(entry.resource.valueInteger) ??
      display(concept(entry.resource.valueCodeableConcept)) ??
      "not stated";
    draft.notes.push({
      kind: "other",
      text: provenance(
        entry,
        `${scale} performance status ${value}${date ? ` on ${date}` : " (no date)"}`,
      ),
    });
    return null;
  },
  "genomic-variant"(entry, draft, _ctx, date) {
    if (draft.reportResults.has(entry.label)) return null; // read with its report
    const finding = variantFinding(entry);
    if (!finding) return "genomic variant without a gene studied";
    draft.events.push({
      kind: "molecular",
      id: draft.idFor(entry),
      ...(date ? { sampleDate: date } : {}),
      sample: { type: "unknown" },
      method: {
        type: /sequenc/i.test(display(concept(entry.resource.method)) ?? "") ? "NGS" : "other",
      },
      findings: [finding],
      note: provenance(entry),
    });
    return null;
  },
  "region-studied": (entry, draft) =>
    draft.reportResults.has(entry.label) ? null : "region studied outside a genomics report",
  "tumor-size"(entry, draft, _ctx, date) {
    const sizes = list(entry.resource.component).flatMap((c) => {
      const q = isObject(c.valueQuantity) ? c.valueQuantity : undefined;
      const v = num(q?.value);
      return v === undefined ? [] : [`${v} ${str(q?.unit) ?? str(q?.code) ?? ""}`.trim()];
    });
    draft.events.push({
      kind: "clinical",
      id: draft.idFor(entry),
      category: "other",
      term: `Tumor size ${sizes.join(" × ") || "not stated"}`,
      ...(date ? { start: date } : {}),
      note: provenance(entry, display(concept(entry.resource.method))),
    });
    return null;
  },
  "tumor-marker": (entry, draft, _ctx, date) => labOrMarker(entry, draft, date, true),
  lab: (entry, draft, _ctx, date) => labOrMarker(entry, draft, date, false),
};

import { claims, concept, hasCode, isObject, list, type Json } from "../json.js";

/** What an Observation is to Oncoline, decided by mCODE profile, else by LOINC/SNOMED code. */
export const OBSERVATION_KINDS = [
  "disease-status",
  "stage-group",
  "tnm-category",
  "performance-status",
  "genomic-variant",
  "region-studied",
  "tumor-size",
  "tumor-marker",
  "lab",
] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

const code = (r: Json) => concept(r.code);
const category = (r: Json, c: string) =>
  list(r.category).some((cc) => list(cc.coding).some((x) => x.code === c));

/** How each kind is recognized (STU1–STU4 profiles, then codes); the compiler keeps it complete. */
const RECOGNIZE: Record<ObservationKind, (r: Json) => boolean> = {
  // STU2+ 97509-4 "Cancer disease progression"; STU1 88040-1 "Response to cancer treatment".
  "disease-status": (r) =>
    claims(r, "cancer-disease-status") || hasCode(code(r), "loinc", ["97509-4", "88040-1"]),
  "stage-group": (r) =>
    claims(r, "stage-group") ||
    hasCode(code(r), "loinc", ["21908-9", "21902-2"]) ||
    hasCode(code(r), "snomed", ["399537006", "399588009", "399390009"]),
  "tnm-category": (r) =>
    claims(
      r,
      "tnm-primary-tumor",
      "tnm-regional-nodes",
      "tnm-distant-metastases",
      "tnm-clinical",
      "tnm-pathological",
    ) ||
    hasCode(code(r), "loinc", ["21905-5", "21906-3", "21907-1", "21899-0", "21900-6", "21901-4"]) ||
    hasCode(code(r), "snomed", [
      "399504009",
      "399534004",
      "399387003",
      "384625004",
      "371494008",
      "371497001",
    ]),
  "performance-status": (r) =>
    claims(r, "ecog-performance-status", "karnofsky") ||
    hasCode(code(r), "loinc", ["89247-1", "89243-0"]),
  "genomic-variant": (r) =>
    claims(r, "genomic-variant", "variant") || hasCode(code(r), "loinc", ["69548-6"]),
  "region-studied": (r) => claims(r, "region-studied") || hasCode(code(r), "loinc", ["53041-0"]),
  "tumor-size": (r) => claims(r, "tumor-size") || hasCode(code(r), "loinc", ["21889-1"]),
  "tumor-marker": (r) => claims(r, "tumor-marker"),
  lab: (r) =>
    category(r, "laboratory") && (isObject(r.valueQuantity) || isObject(r.valueCodeableConcept)),
};

/** The first kind that recognizes the observation, in the order above, or null. */
export const observationKind = (r: Json): ObservationKind | null =>
  OBSERVATION_KINDS.find((k) => RECOGNIZE[k](r)) ?? null;

import type { CodeableConcept, Coding, Extension, Reference } from "fhir/r4";

/** Loose JSON of a resource as it arrived: every field must be checked before use. */
export type Json = Record<string, unknown>;

export const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** A string field, or undefined when absent or of another type. */
export const str = (x: unknown): string | undefined =>
  typeof x === "string" && x.trim() !== "" ? x : undefined;

/** A finite number field, or undefined. */
export const num = (x: unknown): number | undefined =>
  typeof x === "number" && Number.isFinite(x) ? x : undefined;

/** The objects of an array field (non-objects dropped); a single object counts as one. */
export const list = (x: unknown): Json[] =>
  Array.isArray(x) ? x.filter(isObject) : isObject(x) ? [x] : [];

/** A field as a CodeableConcept, when it is an object. */
export const concept = (x: unknown): CodeableConcept | undefined =>
  isObject(x) ? (x as CodeableConcept) : undefined;

const codings = (cc: CodeableConcept | undefined): Coding[] => list(cc?.coding) as Coding[];

/** Whether the concept carries one of `codes` in a system whose URL contains `system`. */
export function hasCode(
  cc: CodeableConcept | undefined,
  system: "loinc" | "snomed" | "hl7",
  codes: readonly string[],
): boolean {
  return codings(cc).some(
    (c) =>
      typeof c.system === "string" && c.system.includes(system) && codes.includes(String(c.code)),
  );
}

const SEMANTIC_TAG =
  /\s*\((disorder|finding|procedure|qualifier value|body structure|morphologic abnormality|regime\/therapy|observable entity|substance|product|situation|event|specimen|tumor staging|physical object|cell structure)\)\s*$/i;

/** `Primary malignant neoplasm of breast (disorder)` → `Primary malignant neoplasm of breast` (SNOMED tags only). */
export const stripSemanticTag = (s: string): string => s.replace(SEMANTIC_TAG, "").trim();

/** A concept's words: its text, else its first coding's display, else its first code. */
export function display(cc: CodeableConcept | undefined): string | undefined {
  if (!cc) return undefined;
  const text =
    str(cc.text) ??
    codings(cc)
      .map((c) => str(c.display))
      .find(Boolean);
  if (text) return stripSemanticTag(text);
  return codings(cc)
    .map((c) => str(c.code))
    .find(Boolean);
}

/** The profiles a resource claims, lower-cased. */
export const profiles = (r: Json): string[] =>
  (isObject(r.meta) && Array.isArray(r.meta.profile) ? r.meta.profile : [])
    .filter((p): p is string => typeof p === "string")
    .map((p) => p.toLowerCase());

/** Whether a profile URL contains one of the fragments (`cancer-disease-status`). */
export const claims = (r: Json, ...fragments: string[]): boolean =>
  profiles(r).some((p) => fragments.some((f) => p.includes(f)));

/** The extensions whose URL ends with (or contains) `name`. */
export const extensions = (r: Json, name: string): Extension[] =>
  (list(r.extension) as unknown as Extension[]).filter(
    (e) => typeof e.url === "string" && e.url.includes(name),
  );

/** A field as a Reference's `reference` string. */
export const refOf = (x: unknown): string | undefined =>
  isObject(x) ? str((x as Reference).reference) : undefined;

import { parseCohort, type Cohort, type SwimmerInput, type ValidationIssue } from "@oncoline/core";

/** True for a cohort document (`kind: "cohort"`) or an already parsed `Cohort`. */
export function isCohortLike(input: unknown): boolean {
  if (typeof input !== "object" || input === null) return false;
  const o = input as Record<string, unknown>;
  return (
    o["kind"] === "cohort" ||
    (Array.isArray(o["rows"]) && Array.isArray(o["columns"]) && Array.isArray(o["patients"]))
  );
}

/** A swimmer's input from a parsed cohort, a timeline list, or any JSON value (validated). */
export function toSwimmerInput(
  input: unknown,
):
  | { ok: true; value: SwimmerInput; title: string | null }
  | { ok: false; issues: ValidationIssue[] } {
  if (Array.isArray(input)) return { ok: true, value: input as SwimmerInput, title: null };
  const o = input as Record<string, unknown> | null;
  if (
    o &&
    Array.isArray(o["rows"]) &&
    Array.isArray(o["columns"]) &&
    Array.isArray(o["patients"])
  ) {
    const c = input as Cohort;
    return { ok: true, value: c, title: c.document.title ?? null };
  }
  const parsed = parseCohort(input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value, title: parsed.value.document.title ?? null };
}

import type { Timeline } from "../model/normalized.js";
import type { CohortRow } from "../validate/parseCohort.js";

type Field = string | number | boolean | null;

/** Sortable, groupable facts of a patient timeline (`sex`, `age`, `driver`, `site`, `stage`). */
export function timelineFields(t: Timeline): Record<string, Field> {
  const p = t.document.patient;
  const dx = t.diagnoses[0];
  const driver = dx?.drivers?.find((f) => f.status !== "not-detected");
  return {
    id: t.document.id,
    label: p.label,
    sex: p.sex ?? null,
    age: p.ageAtDiagnosis ?? p.ageAtPresentation ?? null,
    site: dx?.primarySite ?? null,
    histology: dx?.histology ?? null,
    stage: dx?.stage?.value ?? dx?.stage?.tnm ?? null,
    driver: driver ? (driver.partner ? `${driver.partner}-${driver.gene}` : driver.gene) : null,
  };
}

/** A table row's cells as fields: lists read as `a, b`, sequences as `a + b → c`. */
export function tableFields(row: CohortRow): Record<string, Field> {
  const out: Record<string, Field> = { id: row.id };
  for (const [k, v] of Object.entries(row.values))
    out[k] =
      v === null || !Array.isArray(v)
        ? v
        : v.length === 0
          ? ""
          : v.every((x) => typeof x === "string")
            ? (v as string[]).join(", ")
            : (v as string[][]).map((r) => r.join(" + ")).join(" → ");
  return out;
}

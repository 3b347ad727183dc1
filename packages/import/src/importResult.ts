import type { CohortDocument } from "@oncoline/core";
import type { ImportIssue } from "./importIssue.js";

/**
 * What every importer returns; importers never throw. `value` is always a cohort document that
 * passes `parseCohort` (patients whose rows had errors are still imported without the bad rows);
 * `ok` is false when there are `issues` (errors), and then a careful caller writes nothing.
 */
export interface ImportResult {
  ok: boolean;
  /** The imported cohort: one patient timeline per patient found. */
  value: CohortDocument;
  /** Errors, each with its file and line/column or path. */
  issues: ImportIssue[];
  /** What was kept as text, left out or guessed, with where. */
  warnings: ImportIssue[];
}

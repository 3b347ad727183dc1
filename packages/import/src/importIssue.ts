/** Where a problem is: a file and a line and column (TSV/CSV), or a JSON path (FHIR, JSON forms). */
export interface Where {
  /** The input's name, e.g. `data_timeline_treatment.txt` or `bundle.json`. */
  file: string;
  /** 1-based line of a text table. */
  line?: number;
  /** 1-based field number on that line (the nth tab- or comma-separated value). */
  column?: number;
  /** The column's header name, when the input is a table. */
  field?: string;
  /** A FHIRPath-like path: `MedicationRequest/mr-1.dosageInstruction[0].timing`, or `[3].eventType`. */
  path?: string;
}

/** One problem found while importing, with where it is. */
export interface ImportIssue extends Where {
  /** What is wrong, in words a clinician or data manager understands. */
  message: string;
  /** Errors make the import fail (`ok: false`); warnings say what was kept, guessed or left out. */
  severity: "error" | "warning";
}

/**
 * `data_timeline_treatment.txt:4:2 (START_DATE): 'abc' is not a whole number of days` or
 * `bundle.json: Observation/ecog.effectiveDateTime: …`.
 */
export function formatImportIssue(issue: ImportIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.column !== undefined) where += `:${issue.column}`;
  if (issue.field !== undefined) where += ` (${issue.field})`;
  if (issue.path !== undefined && issue.path !== "") where += `: ${issue.path}`;
  return `${where}: ${issue.severity === "warning" ? "warning: " : ""}${issue.message}`;
}

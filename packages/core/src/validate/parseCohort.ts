import { CohortDocument, type Cell, type CohortColumn } from "../model/cohort.js";
import type { Timeline } from "../model/normalized.js";
import { formatPath, IssueList } from "./issue.js";
import type { ParseResult } from "./parseTimeline.js";
import { checkPublished, parseTimeline, withInputChecks } from "./parseTimeline.js";
import { fromZodIssues } from "./zodIssues.js";

/** A table cell after validation: `null` when the source gives no value. */
export type CohortValue = number | string | boolean | string[] | string[][] | null;

/** A validated cohort row: every column present, missing values `null`, notes kept. */
export interface CohortRow {
  id: string;
  values: Record<string, CohortValue>;
  notes: Record<string, string>;
}

/** A validated cohort: patient timelines and/or a typed table. */
export interface Cohort {
  document: CohortDocument;
  patients: Timeline[];
  columns: CohortColumn[];
  rows: CohortRow[];
}

const RESPONSES = new Set(["CR", "PR", "SD", "PD", "NE"]);

function checkCell(col: CohortColumn, v: CohortValue): string | null {
  if (v === null) return null;
  const isList = (x: unknown): x is string[] =>
    Array.isArray(x) && x.every((s) => typeof s === "string");
  switch (col.type) {
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? null : "expected a number or null";
    case "string":
      return typeof v === "string" ? null : "expected a string or null";
    case "boolean":
      return typeof v === "boolean" ? null : "expected true, false or null";
    case "response":
      return typeof v === "string" && RESPONSES.has(v)
        ? null
        : "expected CR, PR, SD, PD, NE or null";
    case "list":
      return isList(v) ? null : "expected a list of strings or null";
    case "sequence":
      return Array.isArray(v) && v.every(isList)
        ? null
        : "expected a list of regimens (lists of strings) or null";
  }
}

/**
 * Validate a cohort document: a list of patient timelines, a compact literature table, or both.
 * Table cells are checked against their column's type; absent and `null` cells stay `null`
 * (missing is never zero). Never throws; input over `INPUT_LIMITS` is refused first.
 */
export function parseCohort(input: unknown): ParseResult<Cohort> {
  try {
    return withInputChecks(input, parseUnsafe);
  } catch (err) {
    return {
      ok: false,
      issues: [{ path: "", message: `internal error: ${String(err)}`, severity: "error" }],
    };
  }
}

function parseUnsafe(input: unknown): ParseResult<Cohort> {
  const parsed = CohortDocument.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
  const doc = parsed.data;
  const issues = new IssueList();
  checkPublished(doc.source, issues);
  if (doc.patients === undefined && doc.table === undefined)
    issues.error("", "a cohort needs 'patients', 'table' or both");
  const patients = parsePatients(doc, issues);
  const columns = doc.table?.columns ?? [];
  const keys = columnKeys(columns, issues);
  const rawRows = rawTableRows(input);
  const rowIds = new Set<string>();
  const rows: CohortRow[] = (doc.table?.rows ?? []).map((row, i) => {
    if (rowIds.has(row.id)) issues.error(`table.rows[${i}].id`, `duplicate row id '${row.id}'`);
    rowIds.add(row.id);
    return tableRow(row, i, rawRows?.[i]?.cells, columns, keys, issues);
  });
  if (issues.hasErrors) return { ok: false, issues: issues.items };
  return { ok: true, value: { document: doc, patients, columns, rows }, warnings: issues.items };
}

/** A table row as written in the document. */
type DocRow = NonNullable<CohortDocument["table"]>["rows"][number];

/** Stage: each patient timeline validated, its issues under `patients[i]`. */
function parsePatients(doc: CohortDocument, issues: IssueList): Timeline[] {
  const patients: Timeline[] = [];
  doc.patients?.forEach((p, i) => {
    const r = parseTimeline(p);
    if (r.ok) patients.push(r.value);
    for (const issue of r.ok ? r.warnings : r.issues)
      issues.items.push({
        ...issue,
        path: `patients[${i}]${issue.path ? `.${issue.path}` : ""}`,
      });
  });
  return patients;
}

/** Stage: the declared column keys (a duplicate is an error). */
function columnKeys(columns: readonly CohortColumn[], issues: IssueList): Set<string> {
  const keys = new Set<string>();
  columns.forEach((c, i) => {
    if (keys.has(c.key)) issues.error(`table.columns[${i}].key`, `duplicate column '${c.key}'`);
    keys.add(c.key);
  });
  return keys;
}

/**
 * Stage: one table row's values and notes, every column present; cells of undeclared columns and
 * of the wrong type are errors. `written` is the row's cells as written in the input.
 */
function tableRow(
  row: DocRow,
  i: number,
  written: unknown,
  columns: readonly CohortColumn[],
  keys: ReadonlySet<string>,
  issues: IssueList,
): CohortRow {
  const values: Record<string, CohortValue> = {};
  const notes: Record<string, string> = {};
  // The cell names as written: a "__proto__" key from JSON.parse is an own property of the
  // input, but the schema's output object cannot hold it, so it would vanish unreported.
  const names =
    typeof written === "object" && written !== null ? Object.keys(written) : Object.keys(row.cells);
  for (const key of names)
    if (!keys.has(key))
      issues.error(
        formatPath(["table", "rows", i, "cells", key]),
        `no column '${key}' is declared`,
      );
  for (const col of columns) {
    // Own cells only: a column named like a built-in (`toString`) must not read Object.prototype.
    const cell: Cell | undefined = Object.hasOwn(row.cells, col.key)
      ? row.cells[col.key]
      : undefined;
    const isNoted = cell !== null && typeof cell === "object" && !Array.isArray(cell);
    const value: CohortValue = cell === undefined ? null : isNoted ? cell.value : cell;
    if (isNoted) notes[col.key] = cell.note;
    const problem = checkCell(col, value);
    if (problem)
      issues.error(
        formatPath(["table", "rows", i, "cells", col.key]),
        `${problem} (column '${col.label}')`,
      );
    values[col.key] = value;
  }
  return { id: row.id, values, notes };
}

/** The table rows of the input as written, before the schema copied them. */
function rawTableRows(input: unknown): Array<{ cells?: unknown } | undefined> | null {
  const table = (input as { table?: { rows?: unknown } }).table;
  return Array.isArray(table?.rows) ? (table.rows as Array<{ cells?: unknown }>) : null;
}

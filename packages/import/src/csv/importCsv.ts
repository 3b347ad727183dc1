import {
  SCHEMA_VERSION,
  type DateInput,
  type Diagnosis,
  type TimelineDocumentInput,
  type TimelineEvent,
} from "@oncoline/core";
import type { NamedText } from "../namedText.js";
import { finishCohort } from "../finishCohort.js";
import type { ImportResult } from "../importResult.js";
import { IssueCollector } from "../issueCollector.js";
import { limitsOf, type ImportLimits } from "../limits.js";
import { readJson } from "../readJson.js";
import { readTable, type Table } from "../readTable.js";
import { IdPool, toId } from "../toId.js";
import { csvDate } from "./csvDate.js";
import { CSV_KIND_READERS } from "./csvKinds.js";
import { CSV_KINDS, CsvMapping, type CsvKind } from "./csvMapping.js";
import { CsvRow, type Role } from "./csvRow.js";

/** Options of `importCsv`. */
export interface CsvOptions {
  /** Size, row and issue limits (defaults: 32 MiB, 200,000 rows, 200 issues). */
  limits?: Partial<ImportLimits>;
}

interface PatientRows {
  diagnoses: Diagnosis[];
  events: TimelineEvent[];
  merged: Map<string, TimelineEvent>;
  ids: IdPool;
}

/**
 * Import a long table (one row per event: REDCap and spreadsheet exports) with a mapping file
 * (JSON, see `csv-mapping.schema.json`) that names the columns and the words of the kind column.
 * Unmapped columns are kept in each event's note. Never throws.
 */
export function importCsv(
  table: NamedText,
  mapping: NamedText,
  options: CsvOptions = {},
): ImportResult {
  const limits = limitsOf(options.limits);
  const collector = new IssueCollector(limits.maxIssues);
  const fallbackSource = { citation: `CSV table ${table.name}`, kind: "other" as const };
  const nothing = () =>
    finishCohort(toId(table.name), fallbackSource, [], [], collector, table.name);
  try {
    const m = readMapping(mapping, limits, collector);
    if (!m) return nothing();
    const t = readMappedTable(table, m, limits, collector);
    if (!t) return nothing();
    const patients = readPatients(t, m, collector);
    const source = m.source ? { citation: m.source, kind: "other" as const } : fallbackSource;
    return finishCohort(
      toId(table.name.replace(/\.[a-z]+$/i, "")),
      source,
      timelines(patients, source),
      [],
      collector,
      table.name,
    );
  } catch (err) {
    collector.error({ file: table.name }, `internal error (please report it): ${String(err)}`);
    return finishCohort("csv-import", fallbackSource, [], [], collector, table.name);
  }
}

/** The mapping file, checked against its schema (problems are errors at their JSON path). */
function readMapping(
  mapping: NamedText,
  limits: ImportLimits,
  collector: IssueCollector,
): CsvMapping | undefined {
  const json = readJson(mapping.name, mapping.text, limits, collector);
  const parsed = json === undefined ? null : CsvMapping.safeParse(json);
  if (parsed && !parsed.success)
    for (const i of parsed.error.issues)
      collector.error({ file: mapping.name, path: i.path.map(String).join(".") }, i.message);
  return parsed?.success ? parsed.data : undefined;
}

/** The table, read with the mapping's delimiter; null when it cannot be read or lacks a key column. */
function readMappedTable(
  table: NamedText,
  m: CsvMapping,
  limits: ImportLimits,
  collector: IssueCollector,
): Table | null {
  const delimiter = m.delimiter ?? (/\.tsv$/i.test(table.name) ? "\t" : ",");
  const t = readTable(table.name, table.text, { delimiter, quoteChar: '"' }, limits, collector);
  if (!t) return null;
  const missing = Object.entries(m.columns).filter(([, name]) => !t.header.includes(name));
  for (const [role, name] of missing)
    collector.error(
      { file: table.name, line: t.headerLine },
      `column '${name}' (mapped as ${role}) is not in the header (${t.header.join(", ")})`,
    );
  return missing.some(([role]) => role === "patient" || role === "kind" || role === "start")
    ? null
    : t;
}

/** Every data row, read into its patient's diagnoses and events (rows in error are left out). */
function readPatients(
  t: Table,
  m: CsvMapping,
  collector: IssueCollector,
): Map<string, PatientRows> {
  const patients = new Map<string, PatientRows>();
  for (const { line, cells } of t.rows) {
    const row = new CsvRow(t.file, line, t.header, cells, m.columns, collector);
    const fields = checkRow(row, m);
    if (!fields) continue;
    const p: PatientRows = patients.get(fields.patient) ?? {
      diagnoses: [],
      events: [],
      merged: new Map(),
      ids: new IdPool(),
    };
    patients.set(fields.patient, p);
    addRow(p, row, fields);
  }
  return patients;
}

/** A row's checked key cells. */
interface RowFields {
  patient: string;
  kind: CsvKind;
  word: string;
  start: DateInput | undefined;
  end: DateInput | undefined;
}

/** The word of the kind column as a kind: the mapping's words first, then the kinds' own names. */
const kindOf = (m: CsvMapping, word: string): CsvKind | undefined =>
  m.kinds?.[word] ??
  m.kinds?.[word.toLowerCase()] ??
  CSV_KINDS.find((k) => k === word.toLowerCase());

/** A row's patient, kind and dates, each problem an error at its cell; undefined leaves the row out. */
function checkRow(row: CsvRow, m: CsvMapping): RowFields | undefined {
  const { collector } = row;
  const patient = row.get("patient");
  const word = row.get("kind") ?? "";
  const kind = kindOf(m, word);
  if (!patient) collector.error(row.at("patient"), "no patient id; row left out");
  if (!kind)
    collector.error(
      row.at("kind"),
      `'${word}' is not a kind the mapping knows (${[...CSV_KINDS, ...Object.keys(m.kinds ?? {})].join(", ")}); row left out`,
    );
  const start = date(row, "start", m.dateFormat ?? "ISO");
  const end = date(row, "end", m.dateFormat ?? "ISO");
  if (start.ok && end.ok && endsBeforeStart(start.value, end.value)) {
    collector.error(
      row.at("end"),
      `ends ${end.value}, before it starts ${start.value}; row left out`,
    );
    return undefined;
  }
  if (!patient || !kind || !start.ok || !end.ok) return undefined;
  return { patient, kind, word, start: start.value, end: end.value };
}

/** Both dates are whole days and the end is before the start. */
const endsBeforeStart = (start: DateInput | undefined, end: DateInput | undefined): end is string =>
  typeof start === "string" &&
  typeof end === "string" &&
  start.length === 10 &&
  end.length === 10 &&
  end < start;

/** A checked row into its patient: a diagnosis, a new event, or more values of a merged lab. */
function addRow(p: PatientRows, row: CsvRow, { kind, start, end, word }: RowFields): void {
  const result = CSV_KIND_READERS[kind](row, { start, end, word });
  if (!result) return;
  const rest = row.rest();
  if ("diagnosis" in result) {
    p.diagnoses.push({
      id: p.ids.take(`dx-L${row.line}`),
      ...result.diagnosis,
      ...(rest ? { note: rest } : {}),
    });
    return;
  }
  const { event, mergeKey } = result;
  const existing = mergeKey ? p.merged.get(mergeKey) : undefined;
  if (existing?.kind === "lab" && event.kind === "lab") {
    existing.values.push(...event.values);
    return;
  }
  if (rest) event.note = event.note ? `${event.note}; ${rest}` : rest;
  event.id = p.ids.take(`${kind}-L${row.line}`);
  if (mergeKey) p.merged.set(mergeKey, event);
  p.events.push(event);
}

/** One timeline document per patient, in the order their first rows came. */
function timelines(
  patients: Map<string, PatientRows>,
  source: TimelineDocumentInput["source"],
): TimelineDocumentInput[] {
  return [...patients].map(([id, p]) => ({
    schemaVersion: SCHEMA_VERSION,
    id: toId(id, "patient"),
    source,
    patient: { label: id },
    ...(p.diagnoses.length > 0 ? { diagnoses: p.diagnoses } : {}),
    events: p.events,
  }));
}

function date(
  row: CsvRow,
  role: Role,
  format: string,
): { ok: true; value: DateInput | undefined } | { ok: false } {
  const text = row.get(role);
  if (text === undefined) return { ok: true, value: undefined };
  const d = csvDate(text, format);
  if ("edtf" in d) return { ok: true, value: d.edtf };
  row.collector.error(row.at(role), `${d.problem}; row left out`);
  return { ok: false };
}

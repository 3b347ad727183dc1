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
import { readTable } from "../readTable.js";
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
  try {
    const json = readJson(mapping.name, mapping.text, limits, collector);
    const parsed = json === undefined ? null : CsvMapping.safeParse(json);
    if (parsed && !parsed.success)
      for (const i of parsed.error.issues)
        collector.error({ file: mapping.name, path: i.path.map(String).join(".") }, i.message);
    if (!parsed?.success)
      return finishCohort(toId(table.name), fallbackSource, [], [], collector, table.name);
    const m = parsed.data;
    const delimiter = m.delimiter ?? (/\.tsv$/i.test(table.name) ? "\t" : ",");
    const t = readTable(table.name, table.text, { delimiter, quoteChar: '"' }, limits, collector);
    if (!t) return finishCohort(toId(table.name), fallbackSource, [], [], collector, table.name);
    const missing = Object.entries(m.columns).filter(([, name]) => !t.header.includes(name));
    for (const [role, name] of missing)
      collector.error(
        { file: table.name, line: t.headerLine },
        `column '${name}' (mapped as ${role}) is not in the header (${t.header.join(", ")})`,
      );
    if (missing.some(([role]) => role === "patient" || role === "kind" || role === "start"))
      return finishCohort(toId(table.name), fallbackSource, [], [], collector, table.name);

    const kindOf = (word: string): CsvKind | undefined =>
      m.kinds?.[word] ??
      m.kinds?.[word.toLowerCase()] ??
      CSV_KINDS.find((k) => k === word.toLowerCase());
    const patients = new Map<string, PatientRows>();
    for (const { line, cells } of t.rows) {
      const row = new CsvRow(table.name, line, t.header, cells, m.columns, collector);
      const patient = row.get("patient");
      const word = row.get("kind") ?? "";
      const kind = kindOf(word);
      if (!patient) collector.error(row.at("patient"), "no patient id; row left out");
      if (!kind)
        collector.error(
          row.at("kind"),
          `'${word}' is not a kind the mapping knows (${[...CSV_KINDS, ...Object.keys(m.kinds ?? {})].join(", ")}); row left out`,
        );
      const start = date(row, "start", m.dateFormat ?? "ISO");
      const end = date(row, "end", m.dateFormat ?? "ISO");
      if (
        start.ok &&
        end.ok &&
        typeof start.value === "string" &&
        typeof end.value === "string" &&
        start.value.length === 10 &&
        end.value.length === 10 &&
        end.value < start.value
      ) {
        collector.error(
          row.at("end"),
          `ends ${end.value}, before it starts ${start.value}; row left out`,
        );
        continue;
      }
      if (!patient || !kind || !start.ok || !end.ok) continue;
      const p: PatientRows = patients.get(patient) ?? {
        diagnoses: [],
        events: [],
        merged: new Map(),
        ids: new IdPool(),
      };
      patients.set(patient, p);
      const result = CSV_KIND_READERS[kind](row, { start: start.value, end: end.value, word });
      if (!result) continue;
      const rest = row.rest();
      if ("diagnosis" in result) {
        p.diagnoses.push({
          id: p.ids.take(`dx-L${line}`),
          ...result.diagnosis,
          ...(rest ? { note: rest } : {}),
        });
        continue;
      }
      const { event, mergeKey } = result;
      const existing = mergeKey ? p.merged.get(mergeKey) : undefined;
      if (existing?.kind === "lab" && event.kind === "lab") {
        existing.values.push(...event.values);
        continue;
      }
      if (rest) event.note = event.note ? `${event.note}; ${rest}` : rest;
      event.id = p.ids.take(`${kind}-L${line}`);
      if (mergeKey) p.merged.set(mergeKey, event);
      p.events.push(event);
    }
    const source = m.source ? { citation: m.source, kind: "other" as const } : fallbackSource;
    const docs: TimelineDocumentInput[] = [...patients].map(([id, p]) => ({
      schemaVersion: SCHEMA_VERSION,
      id: toId(id, "patient"),
      source,
      patient: { label: id },
      ...(p.diagnoses.length > 0 ? { diagnoses: p.diagnoses } : {}),
      events: p.events,
    }));
    return finishCohort(
      toId(table.name.replace(/\.[a-z]+$/i, "")),
      source,
      docs,
      [],
      collector,
      table.name,
    );
  } catch (err) {
    collector.error({ file: table.name }, `internal error (please report it): ${String(err)}`);
    return finishCohort("csv-import", fallbackSource, [], [], collector, table.name);
  }
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

import type { IssueCollector } from "../issueCollector.js";
import type { Table, TableRow } from "../readTable.js";
import { parseDayCount } from "./dayDate.js";
import { checkKeys, REQUIRED_COLUMNS, type TimelineRow } from "./timelineRow.js";

/**
 * The rows of one timeline data file. A missing required column is an error on the header line;
 * a row with a bad day (blank, not a whole number, too far, stop before start) is reported at its
 * cell and left out. A file without STOP_DATE (the legacy layout) is read as point events.
 */
export function rowsFromTable(
  table: Table,
  order: number,
  collector: IssueCollector,
): TimelineRow[] {
  if (!checkHeader(table, collector)) return [];
  const rows: TimelineRow[] = [];
  for (const row of table.rows) {
    const read = readRow(table, row, order, collector);
    if (read) rows.push(read);
  }
  return rows;
}

/** False (an error) when a required column is missing; a missing STOP_DATE alone is a warning. */
function checkHeader({ file, header, headerLine }: Table, collector: IssueCollector): boolean {
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  const headerAt = { file, line: headerLine };
  if (missing.includes("STOP_DATE") && missing.length === 1)
    collector.warn(headerAt, "no STOP_DATE column (legacy layout): every event is a point in time");
  else if (missing.length > 0) {
    collector.error(
      headerAt,
      `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (header: ${header.join(", ")})`,
    );
    return false;
  }
  return true;
}

/** One data row as a timeline row, or undefined when a key cell is in error (reported at it). */
function readRow(
  { file, header }: Table,
  { line, cells }: TableRow,
  order: number,
  collector: IssueCollector,
): TimelineRow | undefined {
  const col = (name: string) => header.indexOf(name);
  const at = (name: string) => {
    const i = col(name);
    return i < 0 ? { file, line } : { file, line, column: i + 1, field: name };
  };
  const cell = (name: string) => cells[col(name)] ?? "";
  const stopText = col("STOP_DATE") < 0 ? "" : cell("STOP_DATE");
  const keys = checkKeys(
    {
      patient: cell("PATIENT_ID"),
      eventType: cell("EVENT_TYPE").toUpperCase(),
      start: parseDayCount(cell("START_DATE")),
      stop: stopText === "" ? null : parseDayCount(stopText),
    },
    {
      noPatient: () => collector.error(at("PATIENT_ID"), "PATIENT_ID is blank; row left out"),
      noEventType: () => collector.error(at("EVENT_TYPE"), "EVENT_TYPE is blank; row left out"),
      badStart: (p) => collector.error(at("START_DATE"), `START_DATE ${p}; row left out`),
      badStop: (p) => collector.error(at("STOP_DATE"), `STOP_DATE ${p}; row left out`),
      stopBeforeStart: (stop, start) =>
        collector.error(
          at("STOP_DATE"),
          `STOP_DATE day ${stop} is before START_DATE day ${start}; row left out`,
        ),
    },
  );
  if (!keys) return undefined;
  return {
    ...keys,
    attributes: attributesOf(header, cells),
    where: { file, line },
    at,
    order: order + line,
  };
}

const REQUIRED = new Set<string>(REQUIRED_COLUMNS);

/** The non-blank cells of the named columns other than the required ones, in column order. */
function attributesOf(header: string[], cells: string[]): Map<string, string> {
  const attributes = new Map<string, string>();
  header.forEach((name, i) => {
    const v = cells[i] ?? "";
    if (!REQUIRED.has(name) && v !== "" && name !== "") attributes.set(name, v);
  });
  return attributes;
}

import type { IssueCollector } from "../issueCollector.js";
import type { Table } from "../readTable.js";
import { parseDayCount } from "./dayDate.js";
import { REQUIRED_COLUMNS, type TimelineRow } from "./timelineRow.js";

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
  const { file, header } = table;
  const col = (name: string) => header.indexOf(name);
  const missing = REQUIRED_COLUMNS.filter((c) => col(c) < 0);
  const headerAt = { file, line: table.headerLine };
  if (missing.includes("STOP_DATE") && missing.length === 1)
    collector.warn(headerAt, "no STOP_DATE column (legacy layout): every event is a point in time");
  else if (missing.length > 0) {
    collector.error(
      headerAt,
      `missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (header: ${header.join(", ")})`,
    );
    return [];
  }
  const required = new Set<string>(REQUIRED_COLUMNS);
  const rows: TimelineRow[] = [];
  for (const { line, cells } of table.rows) {
    const at = (name: string) => {
      const i = col(name);
      return i < 0 ? { file, line } : { file, line, column: i + 1, field: name };
    };
    const cell = (name: string) => cells[col(name)] ?? "";
    const patient = cell("PATIENT_ID");
    const eventType = cell("EVENT_TYPE").toUpperCase();
    if (patient === "") collector.error(at("PATIENT_ID"), "PATIENT_ID is blank; row left out");
    if (eventType === "") collector.error(at("EVENT_TYPE"), "EVENT_TYPE is blank; row left out");
    const start = parseDayCount(cell("START_DATE"));
    if (typeof start === "string")
      collector.error(at("START_DATE"), `START_DATE ${start}; row left out`);
    const stopText = col("STOP_DATE") < 0 ? "" : cell("STOP_DATE");
    const stop = stopText === "" ? null : parseDayCount(stopText);
    if (typeof stop === "string")
      collector.error(at("STOP_DATE"), `STOP_DATE ${stop}; row left out`);
    if (typeof start === "number" && typeof stop === "number" && stop < start)
      collector.error(
        at("STOP_DATE"),
        `STOP_DATE day ${stop} is before START_DATE day ${start}; row left out`,
      );
    if (patient === "" || eventType === "" || typeof start !== "number" || typeof stop === "string")
      continue;
    if (stop !== null && stop < start) continue;
    const attributes = new Map<string, string>();
    header.forEach((name, i) => {
      const v = cells[i] ?? "";
      if (!required.has(name) && v !== "" && name !== "") attributes.set(name, v);
    });
    rows.push({
      patient,
      eventType,
      start,
      stop,
      attributes,
      where: { file, line },
      at,
      order: order + line,
    });
  }
  return rows;
}

import type { Where } from "../importIssue.js";
import type { IssueCollector } from "../issueCollector.js";
import { parseDayCount } from "./dayDate.js";
import { checkKeys, type TimelineRow } from "./timelineRow.js";

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * The rows of cBioPortal's REST `ClinicalEvent` JSON (`[{ patientId, eventType,
 * startNumberOfDaysSinceDiagnosis, endNumberOfDaysSinceDiagnosis, attributes: [{ key, value }] }]`).
 * Problems are reported with their JSON path: `[3].startNumberOfDaysSinceDiagnosis`.
 */
export function rowsFromClinicalEvents(
  file: string,
  json: unknown,
  order: number,
  maxRecords: number,
  collector: IssueCollector,
): TimelineRow[] {
  if (!Array.isArray(json)) {
    collector.error({ file, path: "" }, "expected an array of ClinicalEvent objects");
    return [];
  }
  const rows: TimelineRow[] = [];
  for (const [i, item] of json.entries()) {
    if (i >= maxRecords) {
      collector.error(
        { file, path: `[${i}]` },
        `more than ${maxRecords} events; the rest are not read`,
      );
      break;
    }
    const row = readEvent(file, i, item, collector);
    if (row) rows.push({ ...row, order: order + i });
  }
  return rows;
}

/** Event `i` as a timeline row (without its order), or undefined when it is in error (reported). */
function readEvent(
  file: string,
  i: number,
  item: unknown,
  collector: IssueCollector,
): Omit<TimelineRow, "order"> | undefined {
  const where = { file, path: `[${i}]` };
  const at = (name: string) => ({ file, path: `[${i}].${name}` });
  if (!isObject(item)) {
    collector.error(where, "expected a ClinicalEvent object");
    return undefined;
  }
  const keys = checkKeys(
    {
      patient: typeof item.patientId === "string" ? item.patientId.trim() : "",
      eventType: typeof item.eventType === "string" ? item.eventType.trim().toUpperCase() : "",
      start: day(item.startNumberOfDaysSinceDiagnosis),
      stop:
        item.endNumberOfDaysSinceDiagnosis == null ? null : day(item.endNumberOfDaysSinceDiagnosis),
    },
    {
      noPatient: () => collector.error(at("patientId"), "patientId is missing; event left out"),
      noEventType: () => collector.error(at("eventType"), "eventType is missing; event left out"),
      badStart: (p) =>
        collector.error(at("startNumberOfDaysSinceDiagnosis"), `${p}; event left out`),
      badStop: (p) => collector.error(at("endNumberOfDaysSinceDiagnosis"), `${p}; event left out`),
      stopBeforeStart: (stop, start) =>
        collector.error(
          at("endNumberOfDaysSinceDiagnosis"),
          `ends on day ${stop}, before its start on day ${start}; event left out`,
        ),
    },
  );
  if (!keys) return undefined;
  const { attributes, attrPath } = readAttributes(item.attributes, i, at, collector);
  return {
    ...keys,
    attributes,
    where,
    at: (name) => ({ file, path: attrPath.get(name) ?? `[${i}]` }),
  };
}

/** The event's `{ key, value }` attributes by key, with each value's JSON path; blanks dropped. */
function readAttributes(
  raw: unknown,
  i: number,
  at: (name: string) => Where,
  collector: IssueCollector,
): { attributes: Map<string, string>; attrPath: Map<string, string> } {
  const attributes = new Map<string, string>();
  const attrPath = new Map<string, string>();
  const list = Array.isArray(raw) ? raw : [];
  if (raw !== undefined && !Array.isArray(raw))
    collector.warn(at("attributes"), "attributes is not an array; ignored");
  list.forEach((a: unknown, j) => {
    if (
      isObject(a) &&
      typeof a.key === "string" &&
      a.value != null &&
      String(a.value).trim() !== ""
    ) {
      attributes.set(a.key, String(a.value).trim());
      attrPath.set(a.key, `[${i}].attributes[${j}].value`);
    } else if (!isObject(a) || typeof a.key !== "string")
      collector.warn(at(`attributes[${j}]`), "an attribute needs a string key; ignored");
  });
  return { attributes, attrPath };
}

function day(x: unknown): number | string {
  if (typeof x === "number") return parseDayCount(String(x));
  if (typeof x === "string") return parseDayCount(x.trim());
  return `expected a number of days, got ${x === null ? "null" : typeof x}`;
}

import type { IssueCollector } from "../issueCollector.js";
import { parseDayCount } from "./dayDate.js";
import type { TimelineRow } from "./timelineRow.js";

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
    const where = { file, path: `[${i}]` };
    const at = (name: string) => ({ file, path: `[${i}].${name}` });
    if (!isObject(item)) {
      collector.error(where, "expected a ClinicalEvent object");
      continue;
    }
    const patient = typeof item.patientId === "string" ? item.patientId.trim() : "";
    const eventType = typeof item.eventType === "string" ? item.eventType.trim().toUpperCase() : "";
    if (patient === "") collector.error(at("patientId"), "patientId is missing; event left out");
    if (eventType === "") collector.error(at("eventType"), "eventType is missing; event left out");
    const start = day(item.startNumberOfDaysSinceDiagnosis);
    if (typeof start === "string")
      collector.error(at("startNumberOfDaysSinceDiagnosis"), `${start}; event left out`);
    const stop =
      item.endNumberOfDaysSinceDiagnosis == null ? null : day(item.endNumberOfDaysSinceDiagnosis);
    if (typeof stop === "string")
      collector.error(at("endNumberOfDaysSinceDiagnosis"), `${stop}; event left out`);
    if (typeof start === "number" && typeof stop === "number" && stop < start)
      collector.error(
        at("endNumberOfDaysSinceDiagnosis"),
        `ends on day ${stop}, before its start on day ${start}; event left out`,
      );
    if (patient === "" || eventType === "" || typeof start !== "number" || typeof stop === "string")
      continue;
    if (stop !== null && stop < start) continue;
    const attributes = new Map<string, string>();
    const attrPath = new Map<string, string>();
    const list = Array.isArray(item.attributes) ? item.attributes : [];
    if (item.attributes !== undefined && !Array.isArray(item.attributes))
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
    rows.push({
      patient,
      eventType,
      start,
      stop,
      attributes,
      where,
      at: (name) => ({ file, path: attrPath.get(name) ?? `[${i}]` }),
      order: order + i,
    });
  }
  return rows;
}

function day(x: unknown): number | string {
  if (typeof x === "number") return parseDayCount(String(x));
  if (typeof x === "string") return parseDayCount(x.trim());
  return `expected a number of days, got ${x === null ? "null" : typeof x}`;
}

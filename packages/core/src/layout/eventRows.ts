import type { Timeline } from "../model/normalized.js";
import { describeDiagnosis, describeEvent, eventNamer } from "./describeEvent.js";
import { formatSpan, formatWhen } from "./format.js";

/** One row of the accessible event table. */
export interface EventRow {
  id: string;
  kind: string;
  when: string;
  description: string;
}

/** Every diagnosis and event as a table row, in the order the source tells them. */
export function eventRows(t: Timeline): EventRow[] {
  const nameOf = eventNamer(t.events);
  return [
    ...t.diagnoses.map((d) => ({
      id: d.id,
      kind: "diagnosis",
      when: formatWhen(d.span.start),
      description: describeDiagnosis(d, false),
    })),
    ...t.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      when: formatSpan(e),
      description: describeEvent(e, nameOf),
    })),
  ];
}

import type { Timeline } from "../model/normalized.js";
import { describeEvent, formatWhen } from "./describeEvent.js";

/** One row of the accessible event table. */
export interface EventRow {
  id: string;
  kind: string;
  when: string;
  description: string;
}

/** Every diagnosis and event as a table row, in the order the source tells them. */
export function eventRows(t: Timeline): EventRow[] {
  return [
    ...t.diagnoses.map((d) => ({
      id: d.id,
      kind: "diagnosis",
      when: formatWhen(d.span.start),
      description: `Diagnosis: ${d.primarySite}${d.histology ? `, ${d.histology}` : ""}${d.stage ? `, stage ${d.stage.value}${d.stage.tnm ? ` (${d.stage.tnm})` : ""}` : ""}.`,
    })),
    ...t.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      when:
        e.span.start === e.span.end
          ? formatWhen(e.span.start)
          : `${formatWhen(e.span.start)} to ${e.span.ongoing ? "ongoing" : formatWhen(e.span.end)}`,
      description: describeEvent(e),
    })),
  ];
}

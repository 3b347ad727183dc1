import { SCHEMA_VERSION, type TimelineDocumentInput, type TimelineEvent } from "@oncoline/core";
import type { IssueCollector } from "../issueCollector.js";
import { IdPool, toId } from "../toId.js";
import { DAY_ZERO } from "./dayDate.js";
import { specFor } from "./eventTypes/index.js";
import { RowReader } from "./rowReader.js";
import type { TimelineRow } from "./timelineRow.js";

type Source = TimelineDocumentInput["source"];

/** What every imported patient shares. */
export interface PatientContext {
  source: Source;
  /** Shown as the day-0 diagnosis' site. */
  primarySite: string;
  studyId: string | undefined;
}

/**
 * One patient's timeline from their rows: a day-0 diagnosis without a calendar date (cBioPortal
 * gives none) and one event per row (lab values and sample rows merged), in day order. Columns
 * no mapper reads are kept in the event's `note` as `KEY: value`.
 */
export function patientTimeline(
  patient: string,
  rows: TimelineRow[],
  context: PatientContext,
  collector: IssueCollector,
): TimelineDocumentInput {
  const ids = new IdPool();
  ids.take(DAY_ZERO);
  const byKey = new Map<string, TimelineEvent>();
  const placed: Array<{ event: TimelineEvent; day: number; order: number }> = [];
  for (const row of [...rows].sort((a, b) => a.order - b.order)) {
    const spec = specFor(row.eventType);
    const reader = new RowReader(row, collector);
    const draft = spec.toEvent(reader);
    if (!draft) continue;
    const rest = reader.rest();
    const { event } = draft;
    if (rest) event.note = event.note ? `${event.note}; ${rest}` : rest;
    const existing = draft.mergeKey ? byKey.get(draft.mergeKey) : undefined;
    if (existing && spec.merge) {
      spec.merge(existing, event);
      continue;
    }
    event.id = ids.take(`${draft.idStem}-L${lineOf(row)}`);
    if (draft.mergeKey) byKey.set(draft.mergeKey, event);
    placed.push({ event, day: row.start, order: row.order });
  }
  placed.sort((a, b) => a.day - b.day || a.order - b.order);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: toId(patient, "patient"),
    title: context.studyId ? `${patient} (${context.studyId})` : patient,
    source: context.source,
    patient: { label: patient },
    diagnoses: [
      {
        id: DAY_ZERO,
        primarySite: context.primarySite,
        note: "Day 0 of the cBioPortal timeline (the date of diagnosis); its calendar date is not in the files.",
      },
    ],
    events: placed.map((p) => p.event),
  };
}

/** The row's line, or its index for JSON rows (`[3]` → 3). */
function lineOf(row: TimelineRow): string {
  if (row.where.line !== undefined) return String(row.where.line);
  return /\[(\d+)\]/.exec(row.where.path ?? "")?.[1] ?? String(row.order);
}

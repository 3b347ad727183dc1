import type { Diagnosis, TimelineDocumentInput, TimelineEvent } from "@oncoline/core";
import { IdPool, toId } from "../toId.js";
import type { Entry } from "./bundleEntries.js";
import type { MedicationCourse } from "./medicationCourse.js";

type Note = NonNullable<TimelineDocumentInput["notes"]>[number];

/** One patient's timeline while its resources are read. */
export class PatientDraft {
  readonly ids = new IdPool();
  readonly diagnoses: Array<Diagnosis & { source: string }> = [];
  readonly events: TimelineEvent[] = [];
  readonly notes: Note[] = [];
  readonly courses: MedicationCourse[] = [];
  /** Lab series by code, so each code is one series. */
  readonly labs = new Map<string, TimelineEvent>();
  /** Observations a genomics report lists as results: read with the report, not alone. */
  readonly reportResults = new Set<string>();

  constructor(readonly patient: Entry) {}

  /** A fresh event id from the resource's own id. */
  idFor(entry: Entry): string {
    return this.ids.take(toId(entry.id, "resource"));
  }

  /** The diagnosis a resource's focus or reason names, else the first one. */
  diagnosisFor(ref: string | undefined, resolve: (r: string | undefined) => Entry | undefined) {
    const target = resolve(ref);
    return this.diagnoses.find((d) => d.source === target?.label) ?? this.diagnoses[0];
  }
}

/** `FHIR Observation/x`: where an event came from, appended to its note. */
export const provenance = (entry: Entry, note?: string): string =>
  note ? `${note} [FHIR ${entry.label}]` : `[FHIR ${entry.label}]`;

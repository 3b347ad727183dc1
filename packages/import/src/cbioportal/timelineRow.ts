import type { Where } from "../importIssue.js";

/** The four columns every cBioPortal timeline file has (STOP_DATE may be missing in old files). */
export const REQUIRED_COLUMNS = ["PATIENT_ID", "START_DATE", "STOP_DATE", "EVENT_TYPE"] as const;

/**
 * One clinical event as cBioPortal stores it, from a timeline file row or a REST `ClinicalEvent`:
 * patient, event type, start and stop day (days from the patient's day 0) and free attributes.
 */
export interface TimelineRow {
  patient: string;
  /** Upper-cased, e.g. `TREATMENT`, `LAB_TEST`, `SAMPLE ACQUISITION`. */
  eventType: string;
  start: number;
  stop: number | null;
  /** Attribute values by name, in column order, without the required columns; blanks dropped. */
  attributes: Map<string, string>;
  /** Where the row is (file and line, or path), for issues about the whole row. */
  where: Where;
  /** Where one attribute or day column is. */
  at(name: string): Where;
  /** Position among all rows of the import, for a stable order. */
  order: number;
}

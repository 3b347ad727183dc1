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

/** A row's key cells as read: a day is a number, or the problem with it; a blank stop is null. */
export interface RawKeys {
  patient: string;
  eventType: string;
  start: number | string;
  stop: number | string | null;
}

/** How one input format reports each problem of the key cells (the place and words are its own). */
export interface KeyProblems {
  noPatient(): void;
  noEventType(): void;
  badStart(problem: string): void;
  badStop(problem: string): void;
  stopBeforeStart(stop: number, start: number): void;
}

/**
 * The key cells of a row that can be read, or undefined when the row is left out: every problem
 * is reported, in the order patient, event type, start, stop, stop before start.
 */
export function checkKeys(
  { patient, eventType, start, stop }: RawKeys,
  problems: KeyProblems,
): Pick<TimelineRow, "patient" | "eventType" | "start" | "stop"> | undefined {
  if (patient === "") problems.noPatient();
  if (eventType === "") problems.noEventType();
  if (typeof start === "string") problems.badStart(start);
  if (typeof stop === "string") problems.badStop(stop);
  if (typeof start === "number" && typeof stop === "number" && stop < start)
    problems.stopBeforeStart(stop, start);
  if (patient === "" || eventType === "" || typeof start !== "number" || typeof stop === "string")
    return undefined;
  if (stop !== null && stop < start) return undefined;
  return { patient, eventType, start, stop };
}

/** The calendar's day 0 (1970-01-01) as a time point: calendar dates are constraints against it. */
export const ORIGIN = "$origin";

/** Why a constraint exists; structural ones come from the model, not from a sentence. */
export type ConstraintKind =
  | "date"
  | "offset"
  | "after"
  | "before"
  | "duration"
  | "cycles"
  | "course"
  | "inside"
  | "stopped-by"
  | "ongoing"
  | "published"
  | "cutoff"
  | "death"
  | "last";

/**
 * One statement of the source as a constraint between two time points (slot keys, or `ORIGIN`
 * for the calendar): `to − from` lies in `[min, max]` days; `null` is open on that side.
 */
export interface Constraint {
  from: string;
  to: string;
  min: number | null;
  max: number | null;
  kind: ConstraintKind;
  /**
   * Where `to` is drawn from `from` when nothing else decides (days): a count of cycles of a
   * stated length is about that many cycles long, though only the last cycle's start is certain.
   */
  about?: number;
  /** The slot whose statement this is (`events[7] (biopsy-2).date`), for messages. */
  path: string;
  /** What the source said, in a few words (`"after the relapse"`, `2019-03`, `3 months after bleed`). */
  says: string;
}

/** Every time point of a timeline and every constraint between them: plain, serializable data. */
export interface TemporalNetwork {
  constraints: Constraint[];
  /**
   * The events are told in an order every statement allows (each no earlier than the one listed
   * before it, lab series aside): drawing positions keep that order, and a line of therapy told
   * after another may be numbered after it. Absent when the list contradicts a stated date.
   */
  toldInOrder?: true;
}

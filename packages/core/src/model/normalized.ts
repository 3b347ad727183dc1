import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { TemporalNetwork } from "../dates/network.js";
import type { TimelineEvent } from "./event.js";
import type { Diagnosis, TimelineDocument } from "./timeline.js";

/** Where an event lies: resolved start and end (equal for point events). */
export interface Span {
  start: ResolvedDate;
  end: ResolvedDate;
  /** A therapy still given at the data cut-off. */
  ongoing: boolean;
  /** A moment (one date: a scan, a bleed) rather than a course with a start and an end. */
  moment: boolean;
  /**
   * A course's length in days as all statements allow together (`[min, max]`, max `null` when
   * open): a stated duration keeps its length wherever the course may lie. `null` for moments.
   */
  length: [number, number | null] | null;
}

/** An event with its dates resolved. `dates` holds every dated field by its path inside the event. */
export type NormalizedEvent = TimelineEvent & {
  /** Position in the document's `events`, which is the order for undated timelines. */
  index: number;
  span: Span;
  dates: Record<string, ResolvedDate>;
};

/** A diagnosis with its date resolved. */
export type NormalizedDiagnosis = Diagnosis & { span: Span };

/** A validated timeline with every date resolved to honest bounds. Plain, serializable data. */
export interface Timeline {
  document: TimelineDocument;
  events: NormalizedEvent[];
  diagnoses: NormalizedDiagnosis[];
  dataCutoff: ResolvedDate | null;
  /** True when no event carries any calendar or relative date (draw in event order). */
  undated: boolean;
  /** Every stated and implied constraint between the dates, as solved (metrics query it). */
  network: TemporalNetwork;
}

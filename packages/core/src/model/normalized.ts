import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { TimelineEvent } from "./event.js";
import type { Diagnosis, TimelineDocument } from "./timeline.js";

/** Where an event lies: resolved start and end (equal for point events). */
export interface Span {
  start: ResolvedDate;
  end: ResolvedDate;
  /** A therapy still given at the data cut-off. */
  ongoing: boolean;
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
}

import type { TimelineEvent } from "@oncoline/core";
import type { RowReader } from "./rowReader.js";

/** What a row becomes: an event (its id is given later) and how to find rows to merge with it. */
export interface Draft {
  event: TimelineEvent;
  /** Start of the id, e.g. `treatment` → `treatment-L4`. */
  idStem: string;
  /** Rows with the same key (one lab test, one sample) become one event. */
  mergeKey?: string;
}

/** How one cBioPortal event type becomes Oncoline events. */
export interface EventTypeSpec {
  /** The event a row describes, or null when it cannot be one (the reason is reported). */
  toEvent(row: RowReader): Draft | null;
  /** Fold a later row's event into the first one with the same merge key. */
  merge?(into: TimelineEvent, next: TimelineEvent): void;
}

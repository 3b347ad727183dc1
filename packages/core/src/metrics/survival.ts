import type { Timeline } from "../model/normalized.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import { intervalBetween, type FuzzyInterval } from "./interval.js";

/** Overall survival from the first diagnosis to death, or follow-up to the last contact (censored). */
export interface Survival {
  status: "dead" | "alive-at-last-follow-up" | "unknown";
  interval: FuzzyInterval | null;
  /** Id of the death or last-follow-up event, or `dataCutoff`. */
  endpointId: string | null;
  /**
   * The death, when one is recorded: its date and stated cause, even when no interval can be
   * computed; no date when only an adverse event's fatal outcome says so.
   */
  death?: { at?: ResolvedDate; cause?: string };
}

/** Overall survival (or censored follow-up) from the first diagnosis. */
export function overallSurvival(timeline: Timeline): Survival {
  const dx = timeline.diagnoses[0];
  const death = timeline.events.find((e) => e.kind === "outcome" && e.status === "death");
  const fu = timeline.events
    .filter((e) => e.kind === "outcome" && e.status === "last-follow-up")
    .at(-1);
  const died =
    death?.kind === "outcome"
      ? { death: { at: death.span.start, ...(death.cause ? { cause: death.cause } : {}) } }
      : {};
  // No death recorded, but an adverse event was fatal: the patient died, on a day not stated.
  const fatal = death
    ? undefined
    : timeline.events.find((e) => e.kind === "adverse-event" && e.outcome === "fatal");
  if (fatal?.kind === "adverse-event")
    return {
      status: "dead",
      interval: null,
      endpointId: fatal.id,
      death: { cause: fatal.term },
    };
  if (!dx)
    return {
      status: death ? "dead" : "unknown",
      interval: null,
      endpointId: death?.id ?? null,
      ...died,
    };
  if (death)
    return {
      status: "dead",
      interval: intervalBetween(dx.span.start, death.span.start, false, timeline.network),
      endpointId: death.id,
      ...died,
    };
  if (fu)
    return {
      status: "alive-at-last-follow-up",
      interval: intervalBetween(dx.span.start, fu.span.start, true, timeline.network),
      endpointId: fu.id,
    };
  if (timeline.dataCutoff)
    return {
      status: "alive-at-last-follow-up",
      interval: intervalBetween(dx.span.start, timeline.dataCutoff, true, timeline.network),
      endpointId: "dataCutoff",
    };
  return { status: "unknown", interval: null, endpointId: null };
}

import type { NormalizedEvent, Timeline } from "../model/normalized.js";
import { bestResponse, type BestResponse } from "./bestResponse.js";
import { chronological } from "./compareDates.js";
import { intervalBetween, type FuzzyInterval } from "./interval.js";

/** Derived figures for one therapy. */
export interface TherapyMetrics {
  therapyId: string;
  /** Start to end; to the data cut-off (censored) when ongoing. `null` when not on one time line. */
  timeOnTreatment: FuzzyInterval | null;
  /** Start to the first progression, resistance or PD call on this therapy; `null` if none recorded. */
  timeToProgression: FuzzyInterval | null;
  /** Id of the event that marked progression. */
  progressionEventId: string | null;
  /** Start to each resistance event detected on this therapy. */
  timeToResistance: Array<{ resistanceId: string; interval: FuzzyInterval | null }>;
  bestResponse: BestResponse | null;
}

/** Derived figures for every therapy of a timeline, in document order. */
export function therapyMetrics(timeline: Timeline): TherapyMetrics[] {
  const { events } = timeline;
  return events
    .filter((e): e is Extract<NormalizedEvent, { kind: "therapy" }> => e.kind === "therapy")
    .map((t) => {
      const start = t.span.start;
      const marks = chronological(
        events.filter(
          (e) =>
            ((e.kind === "progression" || e.kind === "resistance") && e.therapy === t.id) ||
            (e.kind === "imaging" && e.evaluates === t.id && e.responses?.some((r) => r.value === "PD")),
        ),
        (e) => e.span.start,
      );
      const first = marks[0];
      return {
        therapyId: t.id,
        timeOnTreatment: intervalBetween(start, t.span.end, t.span.ongoing),
        timeToProgression: first ? intervalBetween(start, first.span.start) : null,
        progressionEventId: first?.id ?? null,
        timeToResistance: events
          .filter((e) => e.kind === "resistance" && e.therapy === t.id)
          .map((r) => ({ resistanceId: r.id, interval: intervalBetween(start, r.span.start) })),
        bestResponse: bestResponse(events, t.id),
      };
    });
}

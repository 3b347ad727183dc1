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
      // Progression and resistance events are the clinician's call; imaging PD counts only when
      // no such call exists for this therapy.
      const calls = events.filter(
        (e) => (e.kind === "progression" || e.kind === "resistance") && e.therapy === t.id,
      );
      const pd = events.filter(
        (e) =>
          e.kind === "imaging" &&
          e.evaluates === t.id &&
          e.responses?.some((r) => r.value === "PD"),
      );
      const marks = calls.length > 0 ? calls : pd;
      const first = chronological(marks, (e) => e.span.start)[0];
      return {
        therapyId: t.id,
        timeOnTreatment: intervalBetween(start, t.span.end, t.span.ongoing),
        timeToProgression: firstOf(marks.map((e) => intervalBetween(start, e.span.start))),
        progressionEventId: first?.id ?? null,
        timeToResistance: events
          .filter((e) => e.kind === "resistance" && e.therapy === t.id)
          .map((r) => ({ resistanceId: r.id, interval: intervalBetween(start, r.span.start) })),
        bestResponse: bestResponse(events, t.id),
      };
    });
}

/** The fuzzy minimum of several intervals: the first of several uncertain events. */
export function firstOf(intervals: ReadonlyArray<FuzzyInterval | null>): FuzzyInterval | null {
  const known = intervals.filter((i): i is FuzzyInterval => i !== null);
  if (known.length === 0) return null;
  const mins = known.map((i) => i.minDays);
  const maxs = known.map((i) => i.maxDays).filter((m): m is number => m !== null);
  return {
    minDays: mins.includes(null) ? null : Math.min(...(mins as number[])),
    maxDays: maxs.length ? Math.min(...maxs) : null,
    censored: false,
  };
}

import type { NormalizedEvent, Timeline } from "../model/normalized.js";
import { bestResponse, type BestResponse } from "./bestResponse.js";
import { chronological } from "./compareDates.js";
import { intervalBetween, type FuzzyInterval } from "./interval.js";
import { offsetBetween } from "../dates/offsetBetween.js";

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
  /**
   * The radiotherapy course it was given with, when no assessment evaluates the therapy itself
   * but one evaluates that course (a complete response after chemoradiation): its calls count
   * for the therapy.
   */
  givenWith?: string;
}

/** Derived figures for every therapy of a timeline, in document order. */
export function therapyMetrics(timeline: Timeline): TherapyMetrics[] {
  // Index the events that point at a therapy once, so this stays linear in the number of events.
  const calls = new Map<string, NormalizedEvent[]>();
  const pd = new Map<string, NormalizedEvent[]>();
  const evaluations = new Map<string, NormalizedEvent[]>();
  // Appended in place: copying the list on every push was quadratic in the events per therapy.
  const push = (m: Map<string, NormalizedEvent[]>, k: string, e: NormalizedEvent) => {
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  };
  for (const e of timeline.events) {
    if ((e.kind === "progression" || e.kind === "resistance") && e.therapy !== undefined)
      push(calls, e.therapy, e);
    if ((e.kind === "imaging" || e.kind === "response") && e.evaluates !== undefined) {
      push(evaluations, e.evaluates, e);
      if (e.responses?.some((r) => r.value === "PD")) push(pd, e.evaluates, e);
    }
  }
  // Radiotherapy courses some assessment evaluates, in told order (few).
  const assessedRt = timeline.events.filter(
    (e) => e.kind === "radiotherapy" && evaluations.has(e.id),
  );
  return timeline.events
    .filter((e): e is Extract<NormalizedEvent, { kind: "therapy" }> => e.kind === "therapy")
    .map((t) => {
      const own = evaluations.get(t.id);
      const with_ = own ? undefined : givenDuring(timeline, assessedRt, t);
      const start = t.span.start;
      // Progression and resistance events are the clinician's call; imaging PD counts only when
      // no such call exists for this therapy.
      const marks = calls.get(t.id) ?? pd.get(t.id) ?? [];
      const first = chronological(marks, (e) => e.span.start)[0];
      const onTreatment = intervalBetween(start, t.span.end, t.span.ongoing, timeline.network);
      return {
        therapyId: t.id,
        timeOnTreatment: onTreatment,
        // No progression while still on treatment: progression-free for at least that long.
        timeToProgression:
          marks.length === 0
            ? t.span.ongoing && onTreatment && onTreatment.minDays !== null
              ? { minDays: onTreatment.minDays, maxDays: null, censored: true }
              : null
            : firstOf(
                marks.map((e) => intervalBetween(start, e.span.start, false, timeline.network)),
              ),
        progressionEventId: first?.id ?? null,
        timeToResistance: (calls.get(t.id) ?? [])
          .filter((e) => e.kind === "resistance")
          .map((r) => ({
            resistanceId: r.id,
            interval: intervalBetween(start, r.span.start, false, timeline.network),
          })),
        bestResponse: with_
          ? bestResponse(evaluations.get(with_) ?? [], with_)
          : bestResponse(own ?? [], t.id),
        ...(with_ ? { givenWith: with_ } : {}),
      };
    });
}

/** Radiotherapy courses looked at per therapy: bounded cost. */
const RT_LOOKED_AT = 4;

/**
 * The assessed radiotherapy course `t` was given during, by what the source states: `t` starts
 * no earlier than the course's start and no later than its end (concurrent chemoradiation).
 */
function givenDuring(
  timeline: Timeline,
  courses: readonly NormalizedEvent[],
  t: Extract<NormalizedEvent, { kind: "therapy" }>,
): string | undefined {
  if (courses.length === 0 || t.intent === "palliative" || t.intent === "maintenance")
    return undefined;
  for (const r of courses.slice(0, RT_LOOKED_AT)) {
    const fromStart = offsetBetween(timeline.network, r.span.start, t.span.start);
    const toEnd = offsetBetween(timeline.network, t.span.start, r.span.end);
    if (fromStart?.[0] != null && fromStart[0] >= 0 && toEnd?.[0] != null && toEnd[0] >= 0)
      return r.id;
  }
  return undefined;
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

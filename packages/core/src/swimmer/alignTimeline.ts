import { named } from "../layout/colorKey.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import { barColorKey } from "../layout/barMarks.js";
import { shortLabel } from "../layout/describeEvent.js";
import { linesOfTherapy } from "../metrics/linesOfTherapy.js";
import { overallSurvival } from "../metrics/survival.js";
import type { ResponseCode } from "../model/common.js";
import type { NormalizedEvent, Timeline } from "../model/normalized.js";
import { describeAnchor, findAnchor, type FoundAnchor } from "./anchor.js";
import { anchorOrigin, dayMid, dayRangeFrom, spanBetween } from "./dayRange.js";
import { timelineFields } from "./fields.js";
import type {
  AlignedBand,
  AlignedEnd,
  AlignedEvent,
  AlignedRow,
  AlignedSegment,
  DayRange,
  SwimmerAnchor,
} from "./types.js";

type Therapy = Extract<NormalizedEvent, { kind: "therapy" }>;
const RANK: Record<ResponseCode, number> = { CR: 4, PR: 3, SD: 2, PD: 1, NE: 0 };
const MONTH = 30.436875;

const fmtDays = (r: DayRange): string => {
  const m = (d: number) => (d / MONTH).toFixed(1);
  if (r.lo !== null && r.hi !== null)
    return Math.abs(r.hi - r.lo) < 1 ? `month ${m(r.lo)}` : `months ${m(r.lo)}–${m(r.hi)}`;
  return r.lo !== null ? `after month ${m(r.lo)}` : `before month ${m(r.hi!)}`;
};

/** One patient timeline aligned on the anchor: segments, bands, glyphs and end in days from it. */
export function alignTimeline(t: Timeline, anchor: SwimmerAnchor, durableDays: number): AlignedRow {
  const id = t.document.id;
  const label = t.document.patient.label;
  const fields = timelineFields(t);
  const lines = linesOfTherapy(t).length;
  const found = findAnchor(t, anchor);
  const base: TimelineRowBase = {
    id,
    label,
    source: "timeline" as const,
    fields,
    lines,
    after: null,
  };
  const origin = found ? anchorOrigin(found.date) : null;
  if (!found || origin === null)
    return unalignedRow(
      base,
      found ? `${describeAnchor(anchor)} has no date` : `no ${describeAnchor(anchor)}`,
    );
  return alignedRow(t, base, found, origin, durableDays);
}

/** The fields of a timeline row shared by aligned and unaligned rows. */
type TimelineRowBase = Pick<AlignedRow, "id" | "label" | "source" | "fields" | "lines" | "after">;

/** A row with no dated anchor: listed with the reason (`note`), nothing drawn. */
function unalignedRow(base: TimelineRowBase, note: string): AlignedRow {
  return {
    ...base,
    aligned: false,
    note,
    segments: [],
    bands: [],
    events: [],
    end: null,
    anchorRange: null,
    duration: null,
    censored: false,
    response: null,
    survival: null,
    durable: false,
    durableRun: null,
    bestChange: null,
  };
}

/** A row aligned on its anchor's day (`origin`): every mark and metric in days from it. */
function alignedRow(
  t: Timeline,
  base: TimelineRowBase,
  found: FoundAnchor,
  origin: number,
  durableDays: number,
): AlignedRow {
  const fields = base.fields;
  const at = (d: ResolvedDate) => dayRangeFrom(found.date, origin, d);
  const self = at(found.date);
  const anchorRange = self && (self.lo !== self.hi || self.lo === null) ? self : null;
  const end = rowEnd(t, at);
  const segments = therapySegments(t, at, end);
  const bands = responseBands(t, at);
  const events = pointEvents(t, at);
  const duration = alignedDuration(t, found.therapyIds, at, end);
  const best = bestOf(
    t.events.flatMap((e) =>
      e.kind === "imaging" && at(e.span.start)
        ? (e.responses ?? []).flatMap((r) => (r.value ? [r.value] : []))
        : [],
    ),
  );
  const survival = overallSurvival(t).interval;
  const durableRun = longestResponse(bands, durableDays);
  const bestChange = lowestChange(t, at);
  fields["duration"] = duration ? dayMid(duration) : null;
  fields["bestChange"] = bestChange;
  fields["response"] = best;
  return {
    ...base,
    aligned: true,
    note: null,
    segments,
    bands,
    events,
    end: capAtDeath(end, segments),
    anchorRange,
    duration,
    censored:
      found.therapyIds.length > 0
        ? t.events.some((e) => found.therapyIds.includes(e.id) && e.span.ongoing)
        : end?.kind === "ongoing" || end?.kind === "censored",
    response: best,
    survival: survival ? { lo: survival.minDays, hi: survival.maxDays } : null,
    durable: durableRun !== null,
    durableRun,
    bestChange,
  };
}

/** The lowest stated % change of the target lesions of a scan on or after day 0 (the anchor). */
function lowestChange(t: Timeline, at: (d: ResolvedDate) => DayRange | null): number | null {
  let best: number | null = null;
  for (const e of t.events) {
    if (e.kind !== "imaging" || e.targetSumChangePct === undefined) continue;
    const day = at(e.span.start);
    // On or after the anchor: the scan's latest possible day is not before day 0.
    if (!day || (day.hi ?? day.lo ?? -1) < 0) continue;
    if (best === null || e.targetSumChangePct < best) best = e.targetSumChangePct;
  }
  return best;
}

/**
 * The longest response that lasts at least `minDays` (certainly: the shortest reading of its
 * dates): a run of CR/PR periods where each starts where the previous one ended (the calls of one
 * therapy, assessment after assessment). Null when none does.
 */
function longestResponse(bands: readonly AlignedBand[], minDays: number): AlignedRow["durableRun"] {
  // A period ends where the next call on its therapy starts (the same DayRange object), so runs
  // chain by identity even when another therapy's calls come in between.
  const runs: Array<{ first: AlignedBand; last: AlignedBand }> = [];
  const openAt = new Map<DayRange, { first: AlignedBand; last: AlignedBand }>();
  for (const b of bands) {
    if (b.code !== "CR" && b.code !== "PR") continue;
    const run = openAt.get(b.start);
    if (run) {
      openAt.delete(b.start);
      run.last = b;
      openAt.set(b.end, run);
    } else {
      const fresh = { first: b, last: b };
      runs.push(fresh);
      openAt.set(b.end, fresh);
    }
  }
  let best: AlignedRow["durableRun"] = null;
  let bestDays = -1;
  for (const { first, last } of runs) {
    const days = spanBetween(first.start, last.end).lo ?? 0;
    if (days >= minDays && days > bestDays) {
      bestDays = days;
      best = { eventId: first.eventId, start: first.start, end: last.end };
    }
  }
  return best;
}

function bestOf(codes: readonly ResponseCode[]): ResponseCode | null {
  let best: ResponseCode | null = null;
  for (const c of codes) if (best === null || RANK[c] > RANK[best]) best = c;
  return best;
}

function therapySegments(
  t: Timeline,
  at: (d: ResolvedDate) => DayRange | null,
  rowEnd: AlignedEnd | null,
): AlignedSegment[] {
  const out: AlignedSegment[] = [];
  for (const e of t.events) {
    if (e.kind !== "therapy" || e.intent === "supportive") continue;
    const start = at(e.span.start);
    if (!start) continue;
    const stated = at(e.span.end) ?? { lo: start.lo, hi: null };
    // Still given at the last follow-up: the course runs to the row's end (the arrow).
    const end = e.span.ongoing && stated.hi === null && rowEnd ? rowEnd.at : stated;
    const name = shortLabel(e);
    out.push({
      id: e.id,
      eventId: e.id,
      start,
      end,
      colorKey: barColorKey(e),
      label: name,
      ongoing: e.span.ongoing,
      openEnd: end.hi === null && !e.span.ongoing,
      description: `${name}: ${fmtDays(start)} to ${e.span.ongoing ? "ongoing" : end.hi === null ? "end not stated" : fmtDays(end)}${e.stopReason ? ` (stopped: ${e.stopReason})` : ""}`,
    });
  }
  return out;
}

function responseBands(t: Timeline, at: (d: ResolvedDate) => DayRange | null): AlignedBand[] {
  const therapies = new Map(
    t.events.filter((e): e is Therapy => e.kind === "therapy").map((e) => [e.id, e]),
  );
  const calls = t.events
    // A call stated only in words has no category to draw as a band.
    .filter(
      (e) =>
        e.kind === "imaging" &&
        e.evaluates !== undefined &&
        !!e.responses?.some((r) => r.value !== undefined),
    )
    .map((e) => {
      const overall = (e as Extract<NormalizedEvent, { kind: "imaging" }>).responses!;
      const code =
        bestOf(
          overall.filter((r) => r.scope === undefined).flatMap((r) => (r.value ? [r.value] : [])),
        ) ?? bestOf(overall.flatMap((r) => (r.value ? [r.value] : [])))!;
      return {
        e: e as Extract<NormalizedEvent, { kind: "imaging" }>,
        code,
        start: at(e.span.start),
      };
    })
    .filter((c): c is typeof c & { start: DayRange } => c.start !== null)
    .sort((a, b) => (dayMid(a.start) ?? 0) - (dayMid(b.start) ?? 0));
  return calls.flatMap((c, i) => {
    // A PD call ends a response; it is a glyph, not a period.
    if (c.code === "PD" || c.code === "NE") return [];
    const therapy = therapies.get(c.e.evaluates!);
    const next = calls.slice(i + 1).find((n) => n.e.evaluates === c.e.evaluates);
    const end = next?.start ?? (therapy ? at(therapy.span.end) : null) ?? c.start;
    return [
      {
        id: `${c.e.id}#band`,
        eventId: c.e.id,
        code: c.code,
        start: c.start,
        end,
        description: `${c.code} on ${therapy ? shortLabel(therapy) : c.e.evaluates}: ${fmtDays(c.start)}${next ? ` until the next assessment` : ""}`,
      },
    ];
  });
}

const GLYPH_OF = { progression: "PD", resistance: "resistance" } as const;

function pointEvents(t: Timeline, at: (d: ResolvedDate) => DayRange | null): AlignedEvent[] {
  const out: AlignedEvent[] = [];
  for (const e of t.events) {
    const day = at(e.span.start);
    if (!day) continue;
    if (e.kind === "imaging" && e.responses?.some((r) => r.value !== undefined)) {
      const code = bestOf(e.responses.flatMap((r) => (r.value ? [r.value] : [])))!;
      out.push({
        id: e.id,
        eventId: e.id,
        at: day,
        glyph: code,
        colorKey: { kind: "response", code },
        description: `${code} (${shortLabel(e)}), ${fmtDays(day)}`,
      });
    } else if (e.kind === "progression" || e.kind === "resistance") {
      const glyph = GLYPH_OF[e.kind];
      out.push({
        id: e.id,
        eventId: e.id,
        at: day,
        glyph,
        colorKey: e.kind === "progression" ? { kind: "response", code: "PD" } : named("resistance"),
        description: `${shortLabel(e)}, ${fmtDays(day)}`,
      });
    }
  }
  return out;
}

function rowEnd(t: Timeline, at: (d: ResolvedDate) => DayRange | null): AlignedEnd | null {
  const death = t.events.find((e) => e.kind === "outcome" && e.status === "death");
  if (death) {
    const day = at(death.span.start);
    if (day)
      return {
        kind: "death",
        at: day,
        label: "Death",
        glyph: "death",
        description: `Death, ${fmtDays(day)}`,
      };
  }
  const ongoing = t.events.some((e) => e.kind === "therapy" && e.span.ongoing);
  const fu = t.events.filter((e) => e.kind === "outcome" && e.status === "last-follow-up").at(-1);
  const last = fu ? at(fu.span.start) : t.dataCutoff ? at(t.dataCutoff) : null;
  if (last) {
    const kind = ongoing ? "ongoing" : "censored";
    const label = ongoing ? "On treatment at last follow-up" : "Alive at last follow-up (censored)";
    return { kind, at: last, label, glyph: null, description: `${label}, ${fmtDays(last)}` };
  }
  return null;
}

/** Days on the aligned therapy (anchored line or class), else from the anchor to the row end. */
function alignedDuration(
  t: Timeline,
  therapyIds: readonly string[],
  at: (d: ResolvedDate) => DayRange | null,
  end: AlignedEnd | null,
): DayRange | null {
  const zero = { lo: 0, hi: 0 };
  if (therapyIds.length === 0) return end ? spanBetween(zero, end.at) : null;
  const ends = t.events
    .filter((e) => therapyIds.includes(e.id))
    .map((e) => at(e.span.end))
    .filter((r): r is DayRange => r !== null);
  if (ends.length === 0) return null;
  const lo = ends.some((r) => r.lo === null) ? null : Math.max(...ends.map((r) => r.lo!));
  const hi = ends.some((r) => r.hi === null) ? null : Math.max(...ends.map((r) => r.hi!));
  return spanBetween(zero, { lo, hi });
}

/** Nothing runs after death: open or late course ends are cut at the death's latest day. */
function capAtDeath(end: AlignedEnd | null, segments: AlignedSegment[]): AlignedEnd | null {
  const limit = end?.kind === "death" ? end.at.hi : null;
  if (limit === null || limit === undefined) return end;
  for (const s of segments) {
    if (s.end.hi === null || s.end.hi > limit)
      s.end = { lo: Math.min(s.end.lo ?? limit, limit), hi: limit };
    s.openEnd = false;
  }
  return end;
}

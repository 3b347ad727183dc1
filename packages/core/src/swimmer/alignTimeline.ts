import { isSupportive } from "../metrics/supportive.js";
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
type Imaging = Extract<NormalizedEvent, { kind: "imaging" }>;
/** An event that makes response calls: imaging, or a response assessed without it. */
type Call = Extract<NormalizedEvent, { kind: "imaging" | "response" }>;
const RANK: Record<ResponseCode, number> = { CR: 4, PR: 3, SD: 2, PD: 1, NE: 0 };
const MONTH = 30.436875;

const fmtDays = (r: DayRange): string => {
  const m = (d: number) => (d / MONTH).toFixed(1);
  if (r.lo !== null && r.hi !== null)
    return Math.abs(r.hi - r.lo) < 1 ? `month ${m(r.lo)}` : `months ${m(r.lo)}–${m(r.hi)}`;
  return r.lo !== null ? `after month ${m(r.lo)}` : `before month ${m(r.hi!)}`;
};

/** Which derived metrics a caller needs: each costs a pass over the history (null when skipped). */
export interface DerivedNeeds {
  lines: boolean;
  survival: boolean;
}

const ALL_DERIVED: DerivedNeeds = { lines: true, survival: true };

/**
 * One patient timeline aligned on the anchor: segments, bands, glyphs and end in days from it.
 * `needs` skips lines of therapy or survival when nothing reads them (they are then null).
 */
export function alignTimeline(
  t: Timeline,
  anchor: SwimmerAnchor,
  durableDays: number,
  needs: DerivedNeeds = ALL_DERIVED,
): AlignedRow {
  const id = t.document.id;
  const label = t.document.patient.label;
  const fields = timelineFields(t);
  const lines = needs.lines ? linesOfTherapy(t).length : null;
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
  return alignedRow(t, base, found, origin, durableDays, needs.survival);
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

/** The events of a history an aligned row reads, sorted out in one pass. */
interface Sorted {
  therapies: Therapy[];
  /** Imaging and other assessments with at least one response value. */
  calls: Call[];
  /** Imaging with a stated target-lesion change. */
  changes: Imaging[];
  /** Response calls, progression and resistance, in history order (the row's glyphs). */
  points: NormalizedEvent[];
  death: NormalizedEvent | undefined;
  lastFollowUp: NormalizedEvent | undefined;
  ongoing: boolean;
}

function sortEvents(t: Timeline): Sorted {
  const out: Sorted = {
    therapies: [],
    calls: [],
    changes: [],
    points: [],
    death: undefined,
    lastFollowUp: undefined,
    ongoing: false,
  };
  for (const e of t.events) {
    switch (e.kind) {
      case "therapy":
        out.therapies.push(e);
        if (e.span.ongoing) out.ongoing = true;
        break;
      case "imaging":
        if (e.targetSumChangePct !== undefined) out.changes.push(e);
        if (hasValue(e)) {
          out.calls.push(e);
          out.points.push(e);
        }
        break;
      case "response":
        if (hasValue(e)) {
          out.calls.push(e);
          out.points.push(e);
        }
        break;
      case "progression":
      case "resistance":
        out.points.push(e);
        break;
      case "outcome":
        if (e.status === "death") out.death ??= e;
        else if (e.status === "last-follow-up") out.lastFollowUp = e;
        break;
    }
  }
  return out;
}

const hasValue = (e: Call): boolean => {
  if (!e.responses) return false;
  for (const r of e.responses) if (r.value !== undefined) return true;
  return false;
};

/** A row aligned on its anchor's day (`origin`): every mark and metric in days from it. */
function alignedRow(
  t: Timeline,
  base: TimelineRowBase,
  found: FoundAnchor,
  origin: number,
  durableDays: number,
  withSurvival: boolean,
): AlignedRow {
  const fields = base.fields;
  const anchorDate = found.date;
  const at = (d: ResolvedDate) => dayRangeFrom(anchorDate, origin, d);
  const ev = sortEvents(t);
  const self = at(anchorDate);
  const anchorRange = self && (self.lo !== self.hi || self.lo === null) ? self : null;
  const end = rowEnd(t, ev, at);
  const segments = therapySegments(ev, at, end);
  const bands = responseBands(ev, at);
  const events = pointEvents(ev, at);
  const duration = alignedDuration(ev, found.therapyIds, at, end);
  let best: ResponseCode | null = null;
  for (const e of ev.calls) {
    if (!onFrame(anchorDate, e.span.start)) continue;
    for (const r of e.responses!)
      if (r.value && (best === null || RANK[r.value] > RANK[best])) best = r.value;
  }
  const survival = withSurvival ? overallSurvival(t).interval : null;
  const durableRun = longestResponse(bands, durableDays);
  const bestChange = lowestChange(ev, at);
  fields["duration"] = duration ? dayMid(duration) : null;
  fields["bestChange"] = bestChange;
  fields["response"] = best;
  return {
    id: base.id,
    label: base.label,
    source: base.source,
    fields,
    lines: base.lines,
    after: base.after,
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
        ? ev.therapies.some((e) => e.span.ongoing && found.therapyIds.includes(e.id))
        : end?.kind === "ongoing" || end?.kind === "censored",
    response: best,
    survival: survival ? { lo: survival.minDays, hi: survival.maxDays } : null,
    durable: durableRun !== null,
    durableRun,
    bestChange,
  };
}

/** `dayRangeFrom(anchor, …, d) !== null` without building the range. */
function onFrame(anchor: ResolvedDate, d: ResolvedDate): boolean {
  if (anchor.frame !== d.frame) return false;
  if (d.precision === "unknown" && d.key !== d.frame) return false;
  return d.earliest !== null || d.latest !== null;
}

/** The lowest stated % change of the target lesions of a scan on or after day 0 (the anchor). */
function lowestChange(ev: Sorted, at: (d: ResolvedDate) => DayRange | null): number | null {
  let best: number | null = null;
  for (const e of ev.changes) {
    if (e.targetSumChangePct === undefined) continue;
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

function therapySegments(
  ev: Sorted,
  at: (d: ResolvedDate) => DayRange | null,
  rowEnd: AlignedEnd | null,
): AlignedSegment[] {
  const out: AlignedSegment[] = [];
  for (const e of ev.therapies) {
    if (isSupportive(e)) continue;
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

/** The best response value of an imaging event that has one. */
function bestValue(e: Call): ResponseCode {
  let code: ResponseCode | null = null;
  for (const r of e.responses!)
    if (r.value && (code === null || RANK[r.value] > RANK[code])) code = r.value;
  return code!;
}

/** The best of an imaging event's response values: overall-scope ones, else any. */
function callCode(e: Call): ResponseCode {
  let overall: ResponseCode | null = null;
  let any: ResponseCode | null = null;
  for (const r of e.responses!) {
    if (!r.value) continue;
    if (any === null || RANK[r.value] > RANK[any]) any = r.value;
    if (r.scope === undefined && (overall === null || RANK[r.value] > RANK[overall]))
      overall = r.value;
  }
  return (overall ?? any)!;
}

function responseBands(ev: Sorted, at: (d: ResolvedDate) => DayRange | null): AlignedBand[] {
  // A call stated only in words has no category to draw as a band.
  const calls: Array<{ e: Call; code: ResponseCode; start: DayRange; mid: number }> = [];
  for (const e of ev.calls) {
    if (e.evaluates === undefined) continue;
    const start = at(e.span.start);
    if (start !== null) calls.push({ e, code: callCode(e), start, mid: dayMid(start) ?? 0 });
  }
  if (calls.length === 0) return [];
  calls.sort((a, b) => a.mid - b.mid);
  let therapies: Map<string, Therapy> | undefined;
  const out: AlignedBand[] = [];
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i]!;
    // A PD call ends a response; it is a glyph, not a period.
    if (c.code === "PD" || c.code === "NE") continue;
    therapies ??= new Map(ev.therapies.map((e) => [e.id, e]));
    const therapy = therapies.get(c.e.evaluates!);
    let next: (typeof calls)[number] | undefined;
    for (let j = i + 1; j < calls.length; j++)
      if (calls[j]!.e.evaluates === c.e.evaluates) {
        next = calls[j];
        break;
      }
    const end = next?.start ?? (therapy ? at(therapy.span.end) : null) ?? c.start;
    out.push({
      id: `${c.e.id}#band`,
      eventId: c.e.id,
      code: c.code,
      start: c.start,
      end,
      description: `${c.code} on ${therapy ? shortLabel(therapy) : c.e.evaluates}: ${fmtDays(c.start)}${next ? ` until the next assessment` : ""}`,
    });
  }
  return out;
}

const GLYPH_OF = { progression: "PD", resistance: "resistance" } as const;

function pointEvents(ev: Sorted, at: (d: ResolvedDate) => DayRange | null): AlignedEvent[] {
  const out: AlignedEvent[] = [];
  for (const e of ev.points) {
    const day = at(e.span.start);
    if (!day) continue;
    if (e.kind === "imaging" || e.kind === "response") {
      const code = bestValue(e);
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

function rowEnd(
  t: Timeline,
  ev: Sorted,
  at: (d: ResolvedDate) => DayRange | null,
): AlignedEnd | null {
  const death = ev.death;
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
  const ongoing = ev.ongoing;
  const fu = ev.lastFollowUp;
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
  ev: Sorted,
  therapyIds: readonly string[],
  at: (d: ResolvedDate) => DayRange | null,
  end: AlignedEnd | null,
): DayRange | null {
  const zero = { lo: 0, hi: 0 };
  if (therapyIds.length === 0) return end ? spanBetween(zero, end.at) : null;
  const ends = ev.therapies
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

import type { NormalizedEvent, Span } from "../model/normalized.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import { shortLabel } from "./describeEvent.js";
import { aside, formatDose, formatRx, modificationText } from "./format.js";
import { kindSpec } from "../kinds/registry.js";
import { makeDraft, UNPLACED_BOUNDS, type Draft, type DraftContext } from "./draft.js";
import { footprintWithLabel, placeLabelOrAbove } from "./placeLabel.js";
import { OPEN_FADE_PX, placeDate, type PlacedDate } from "./placeDate.js";
import type { TimeAxis } from "./timeAxis.js";
import type { ColorKey } from "./colorKey.js";
import type { BarMark, BarTick, LaneKind, XRange } from "./types.js";

const MIN_BAR_PX = 3;

/**
 * The length in days a course keeps wherever it lies, when statements fix it more tightly than its
 * start and end windows alone do ("for one month", "stopped at the progression"); else null.
 */
function statedLength(span: Span): number | null {
  const len = span.length;
  // No least length: what bounds it is where the course lies ("between the surgery and the
  // relapse 11 months after diagnosis"), not a length the source states. Drawn at half that bound
  // it would be a length made up.
  if (len === null || len[1] === null || len[0] === 0) return null;
  const { start, end } = span;
  const loose = end.latest === null || start.earliest === null ? null : end.latest - start.earliest;
  if (loose !== null && len[1] >= loose - 1) return null;
  return (len[0] + len[1]) / 2;
}

/** Colour key of a course: the first agent's drug class, or the radiotherapy technique. */
export function barColorKey(e: NormalizedEvent): ColorKey {
  return kindSpec(e).colorKey(e);
}

/**
 * Spread marks that share the same uncertain range and drawing position in order across the
 * range, each keeping its whisker. Marks the network already placed apart keep their places: a
 * hold drawn after the fistula that caused it stays there, not at a third of a four-year window.
 */
function spreadInOrder(places: Array<PlacedDate | null>): Array<PlacedDate | null> {
  const groups = new Map<string, number[]>();
  places.forEach((p, i) => {
    if (!p?.range) return;
    const k = `${p.range.x0.toFixed(2)}:${p.range.x1.toFixed(2)}:${p.x.toFixed(1)}`;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const out = [...places];
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    idx.forEach((i, k) => {
      const p = out[i]!;
      out[i] = {
        ...p,
        x: p.range!.x0 + ((k + 1) / (idx.length + 1)) * (p.range!.x1 - p.range!.x0),
      };
    });
  }
  return out;
}

/**
 * Where a change inside a course may be drawn: inside the bar, and no earlier than what is stated
 * before it (a doxorubicin stop "after the toxicity", a hold after the pain) nor later than what
 * is stated after it, as those are drawn. Its whisker keeps to the same stretch.
 */
function placeInside(
  d: ResolvedDate | undefined,
  axis: TimeAxis,
  x0: number,
  x1: number,
  ctx: DraftContext,
): PlacedDate | null {
  const p = d ? placeDate(d, axis) : null;
  if (!p || !d) return null;
  let lo = x0;
  let hi = x1;
  if (d.key !== undefined) {
    const pxPerDay = axis.x(1001) - axis.x(1000);
    for (const { date, min } of ctx.statedBefore(d.key)) {
      const q = placeDate(date, axis);
      if (q) lo = Math.max(lo, Math.min(x1, q.x + min * pxPerDay));
    }
    for (const { date } of ctx.statedAfter(d.key)) {
      const q = placeDate(date, axis);
      if (q) hi = Math.min(hi, Math.max(lo, q.x));
    }
  }
  // A change lies inside its course: clamp its range to the bar and to the stated order.
  const range: XRange | null = p.range
    ? {
        x0: Math.max(lo, p.range.x0),
        x1: Math.max(Math.max(lo, p.range.x0), Math.min(hi, p.range.x1)),
      }
    : null;
  const x = range && p.openRight ? (range.x0 + range.x1) / 2 : Math.min(hi, Math.max(lo, p.x));
  return { ...p, x, range };
}

function therapyTicks(
  e: Extract<NormalizedEvent, { kind: "therapy" }>,
  axis: TimeAxis,
  x0: number,
  x1: number,
  ctx: DraftContext,
): BarTick[] {
  const mods = e.modifications ?? [];
  const places = spreadInOrder(
    mods.map((_, i) => placeInside(e.dates[`modifications[${i}]`], axis, x0, x1, ctx)),
  );
  return mods.flatMap((m, i) => {
    const p = places[i];
    if (!p) return [];
    const label = modificationText(m);
    return [
      {
        x: p.x,
        range: p.range,
        type: m.type,
        ...(m.agent ? { agent: m.agent } : {}),
        ...(m.date ? {} : { undated: true as const }),
        label,
        // A change the source gives no day for says so (its diamond is hollow, its whisker the
        // whole course): the drawn place is not a date.
        description: `${label}${m.reason ? aside(m.reason) : ""}${m.date ? "" : ", date not stated"}`,
      },
    ];
  });
}

function radiotherapyTicks(
  e: Extract<NormalizedEvent, { kind: "radiotherapy" }>,
  axis: TimeAxis,
  x0: number,
  x1: number,
  ctx: DraftContext,
): BarTick[] {
  let prev = formatRx(e.totalDoseGy, e.fractions, e.doseUnit);
  return (e.doseChanges ?? []).flatMap((c, i) => {
    const p = placeInside(e.dates[`doseChanges[${i}]`], axis, x0, x1, ctx);
    const next = formatRx(c.totalDoseGy, c.fractions, e.doseUnit);
    const label = `${prev ? `${prev} → ` : ""}${next}`;
    prev = next;
    if (!p) return [];
    const range = p.range;
    const x = range ? (range.x0 + range.x1) / 2 : p.x;
    return [
      {
        x,
        range,
        type: "dose-escalation",
        label,
        description: `prescription changed: ${label}${c.reason ? aside(c.reason) : ""}`,
      },
    ];
  });
}

/** The chart label of a course: its label or regimen, with the final dose after any change. */
function barText(e: NormalizedEvent, ctx: DraftContext): string {
  const base = shortLabel(e, ctx.lineLabels.get(e.id));
  if (e.kind !== "therapy") return base;
  const lastDose = [...(e.modifications ?? [])].reverse().find((m) => m.dose !== undefined);
  return lastDose ? `${base} → ${formatDose(lastDose)}` : base;
}

/** Where a course's bar lies on its line; stage by stage refined by `barDraft`. */
interface BarGeometry {
  x: number;
  x2: number;
  startRange: XRange | null;
  endRange: XRange | null;
  openEnd: boolean;
  placement: XRange | null;
  /** The stated length in days, or null (see `statedLength`). */
  tight: number | null;
}

/** The bar from its placed start and end: an end the source does not state fades out with a "?". */
function barExtent(
  e: NormalizedEvent,
  s: PlacedDate,
  en: PlacedDate | null,
  ongoing: boolean,
): BarGeometry {
  const start = s.range ?? { x0: s.x, x1: s.x };
  const x = s.openLeft ? start.x0 : (s.range?.x0 ?? s.x);
  const g: BarGeometry = {
    x,
    x2: 0,
    startRange: s.range,
    endRange: null,
    openEnd: false,
    placement: null,
    tight: statedLength(e.span),
  };
  // An end the source does not state fades out with a "?", however the network bounds it: from
  // the earliest day it may lie on, or, when nothing bounds it below (a course whose start, too,
  // is known only by order), from where the course is drawn to start, not from wherever the
  // order happened to draw its end (GEMOX, then pembrolizumab, then dabrafenib + trametinib, each
  // drawn solid to the last follow-up two years on).
  if (!en || ((en.openRight || e.span.end.unstated === true) && !ongoing)) {
    fadeOutFrom(
      g,
      en?.range && !en.openLeft
        ? en.range.x0
        : en?.openLeft
          ? Math.max(x, s.x)
          : Math.max(x, start.x1),
    );
  } else if (ongoing) {
    // Still given when the source was written: the bar runs to the latest date that can be, or,
    // with no latest date, as far as the stated order draws it.
    g.x2 = en.openRight ? en.x : (en.range?.x1 ?? en.x);
  } else {
    g.x2 = en.range?.x1 ?? en.x;
    g.endRange = en.range;
  }
  return g;
}

/**
 * A stated length, or no certain part at all: the bar goes where the date network puts it (stated
 * order kept, a stated length kept) and a whisker shows everywhere it may lie.
 */
function placeByNetwork(
  g: BarGeometry,
  s: PlacedDate,
  en: PlacedDate | null,
  ongoing: boolean,
  axis: TimeAxis,
  endUnstated: boolean,
  minDays: number,
  endTied = false,
  startPushed = false,
): void {
  const sRange = s.range;
  const uncertainAll = (g.startRange?.x1 ?? g.x) >= (g.endRange?.x0 ?? g.x2);
  if (ongoing && sRange && !s.openLeft && uncertainAll) {
    // Still given, started somewhere in a wide window: from where the order puts the start.
    g.placement = { x0: sRange.x0, x1: g.x2 };
    g.x = Math.min(s.x, g.x2);
    g.startRange = null;
  } else if (
    !ongoing &&
    en &&
    !en.openRight &&
    !s.openLeft &&
    // A start window, or a known start with an end that may lie anywhere from it (stopped at a
    // progression known only by order): the end is drawn where the progression is.
    (sRange || (uncertainAll && en.range)) &&
    (g.tight !== null || uncertainAll)
  ) {
    const pxPerDay = axis.x(1001) - axis.x(1000);
    g.placement = { x0: sRange?.x0 ?? s.x, x1: en.range?.x1 ?? en.x };
    g.x = s.x;
    // A stated length from the drawn start, kept inside the end's own window: the network's
    // positions satisfy both, so the clamp keeps the length within what was stated.
    // An end stated as the day of another event (stopped at the relapse) is drawn where that
    // event is, which the network placed honouring the length too.
    g.x2 =
      g.tight === null || endTied
        ? Math.max(s.x, en.x)
        : clampTo(s.x + g.tight * pxPerDay, en.range ?? { x0: en.x, x1: en.x });
    g.startRange = null;
    g.endRange = null;
    if (g.tight === null && endUnstated) {
      // No end stated and no length: the drawn end would be a place the order chose, read as a
      // length ("three adjuvant cycles" over eight years). The course runs its least stated length
      // (13 cycles of 14 days: 168 days) from its start, then fades out with its "?"; the whisker
      // still spans everywhere it may lie.
      fadeOutFrom(g, s.x + Math.max(0, minDays) * pxPerDay);
    }
  } else if (
    sRange &&
    (!en || en.openRight) &&
    (s.openRight || (!ongoing && !s.openLeft && startPushed))
  ) {
    // Known only as after a stated date, with nothing stated later ("then nivolumab", no end), or
    // inside a window that the stated order places it in ("consolidation after the remission",
    // both before the transplant) with an end open above (not stated, or only "after the
    // radiotherapy began"): drawn where the stated order puts it rather than over its whole
    // window, with a whisker over it; a stated length is kept, an unstated end still fades out
    // with its "?".
    const pxPerDay = axis.x(1001) - axis.x(1000);
    // An end the source does not state is no place to draw to: the course fades out from its
    // start, as any course with an unstated end does.
    const drawnEnd =
      endUnstated && !ongoing ? s.x + Math.max(0, minDays) * pxPerDay : Math.max(s.x, en?.x ?? s.x);
    // A stated length from the drawn start, kept within where the end may be drawn (the network's
    // positions satisfy both).
    const end =
      g.tight === null || !en?.range || endTied
        ? drawnEnd
        : Math.max(s.x, clampTo(s.x + g.tight * pxPerDay, en.range));
    g.x = s.x;
    g.startRange = null;
    // An end tied to a stated event (stopped by the progression told after it) is closed there.
    if (!ongoing && (!en || endUnstated)) fadeOutFrom(g, end);
    else {
      g.x2 = end;
      g.endRange = null;
      g.openEnd = false;
    }
    g.placement = { x0: sRange.x0, x1: g.x2 };
  } else if (s.openLeft && en && en.openLeft && !ongoing && (endTied || !endUnstated)) {
    // Known only as before a stated date, both ends ("irinotecan + nedaplatin, stopped at the
    // relapse", all before pembrolizumab; chemoradiotherapy ended before gefitinib, all before the
    // biopsy): drawn where the stated order puts it, with a whisker up to the latest day it may
    // lie on, rather than as one outline over all of that (which ran past its own relapse, and
    // under the four lines that followed it).
    const pxPerDay = axis.x(1001) - axis.x(1000);
    g.placement = { x0: s.x, x1: Math.max(en.range?.x1 ?? en.x, en.x) };
    g.x = s.x;
    g.x2 = g.tight === null ? Math.max(s.x, en.x) : Math.max(s.x, s.x + g.tight * pxPerDay);
    g.startRange = null;
    g.endRange = null;
    g.openEnd = false;
    if (g.tight === null && endUnstated) fadeOutFrom(g, s.x + Math.max(0, minDays) * pxPerDay);
  }
  // A single-day course still needs a visible width.
  if (g.x2 - g.x < MIN_BAR_PX) g.x2 = g.x + MIN_BAR_PX;
}

/**
 * An unstated end still lies after what is stated to end before it: radiotherapy whose end is not
 * given runs at least to where the temozolomide given inside it is drawn to end, so concurrent
 * chemoradiation never reads as one course after the other. A course with neither end nor length
 * stated also reaches the assessments that evaluate it (ripretinib, then a partial response on it
 * six months later), and the progressions stated to have happened on it: the source reads it as
 * still given then, and a bar that fades out months before its own response reads as stopped.
 */
function reachInside(g: BarGeometry, e: NormalizedEvent, axis: TimeAxis, ctx: DraftContext): void {
  const key = e.span.end.key;
  if (key === undefined) return;
  const pxPerDay = axis.x(1001) - axis.x(1000);
  let floor = -Infinity;
  for (const { date, min } of ctx.statedBefore(key)) {
    const p = placeDate(date, axis);
    if (p) floor = Math.max(floor, p.x + min * pxPerDay);
  }
  if ((e.span.length?.[0] ?? 0) === 0) {
    const { earliest, latest } = e.span.start;
    const byOrder = g.placement !== null && (earliest === null || earliest !== latest);
    for (const { date, on } of ctx.evaluatedAt(e.id)) {
      // An assessment stated to follow the course's end ("CR after six courses") is no sign of
      // the course still given then.
      if (date.key !== undefined && ctx.statedBefore(date.key).some((b) => b.date.key === key))
        continue;
      const p = placeDate(date, axis);
      // A window's earliest point: the course is not drawn past where the assessment may lie.
      // A course itself placed by the stated order reaches where that order draws a progression
      // stated on it: ibrutinib "after the relapse", progressing four months in, is not drawn
      // stopped before it.
      if (p) floor = Math.max(floor, byOrder && on ? p.x : (p.range?.x0 ?? p.x));
    }
  }
  const from = g.endRange?.x0 ?? g.x2;
  if (floor > from) fadeOutFrom(g, floor);
}

/**
 * An unstated end fades out no further than what is stated to follow it: the rib resection "after
 * the sixth cycle" is not drawn under the course's fade, as if given during it, nor the response
 * "at the end of therapy" before the course seems to stop. The fade (and, were the order to put it
 * there, the solid part) stops at the earliest such mark.
 */
function stopBeforeAfter(
  g: BarGeometry,
  e: NormalizedEvent,
  axis: TimeAxis,
  ctx: DraftContext,
): void {
  const key = e.span.end.key;
  if (key === undefined) return;
  let ceiling = Infinity;
  for (const { date } of ctx.statedAfter(key)) {
    const p = placeDate(date, axis);
    if (p) ceiling = Math.min(ceiling, p.x);
  }
  if (ceiling >= g.x2) return;
  const x1 = Math.max(g.x + MIN_BAR_PX, ceiling);
  g.x2 = x1;
  g.endRange = { x0: Math.min(g.endRange?.x0 ?? x1, x1), x1 };
  // A whisker drawn back to the start's bound ends with the bar, not where its fade would have:
  // that end was a length in pixels, capped at a place that moved with the figure's width.
  if (g.placement && g.placement.x1 > x1) g.placement = { ...g.placement, x1 };
}

/**
 * Whether an event stated before the course's start is drawn inside the start's window: the told
 * order, not the calendar, puts the start there (consolidation "after the remission").
 */
function startPushed(
  e: NormalizedEvent,
  s: PlacedDate,
  axis: TimeAxis,
  ctx: DraftContext,
): boolean {
  const key = e.span.start.key;
  if (key === undefined || !s.range) return false;
  return ctx.statedBefore(key).some((b) => {
    if (b.date.key === undefined) return false;
    const p = placeDate(b.date, axis);
    return p !== null && p.x > s.range!.x0 + 0.5;
  });
}

/** Whether the course's end is stated to be the day of another event (stopped at a progression). */
function endTied(e: NormalizedEvent, ctx: DraftContext): boolean {
  const key = e.span.end.key;
  if (key === undefined) return false;
  const after = ctx.statedAfter(key);
  if (!after.length) return false;
  return ctx
    .statedBefore(key)
    .some(
      (b) =>
        b.min === 0 && b.date.key !== undefined && after.some((a) => a.date.key === b.date.key),
    );
}

/**
 * A start open on the left fades in from no earlier than where what is stated before it is drawn:
 * pembrolizumab "then", after the doxorubicin course's end, does not fade in under that course
 * as if the two were given together.
 */
function startAfterBefore(
  g: BarGeometry,
  e: NormalizedEvent,
  axis: TimeAxis,
  ctx: DraftContext,
): void {
  const key = e.span.start.key;
  const r = g.startRange;
  if (key === undefined || !r) return;
  const pxPerDay = axis.x(1001) - axis.x(1000);
  let floor = -Infinity;
  for (const { date, min } of ctx.statedBefore(key)) {
    const p = placeDate(date, axis);
    if (p) floor = Math.max(floor, p.x + min * pxPerDay);
  }
  if (floor <= r.x0) return;
  const x0 = Math.min(floor, r.x1);
  g.startRange = { x0, x1: r.x1 };
  if (g.x < x0) g.x = x0;
  // The end never before the moved start: an end that fades out fades from it.
  if (g.x2 < g.x + MIN_BAR_PX) {
    if (g.openEnd) fadeOutFrom(g, g.x);
    else g.x2 = g.x + MIN_BAR_PX;
  }
  if (g.endRange && g.endRange.x0 < g.x) g.endRange = { x0: g.x, x1: Math.max(g.x, g.endRange.x1) };
}

/** An end the source does not state: the course fades out from `x`, then its "?". */
function fadeOutFrom(g: BarGeometry, x: number): void {
  g.x2 = x + OPEN_FADE_PX;
  g.endRange = { x0: x, x1: g.x2 };
  g.openEnd = true;
}

const clampTo = (x: number, r: XRange): number => Math.min(r.x1, Math.max(r.x0, x));

/** The course's ticks: a therapy's administrations, a radiotherapy's fractions; none otherwise. */
function barTicks(
  e: NormalizedEvent,
  axis: TimeAxis,
  x: number,
  x2: number,
  ctx: DraftContext,
): BarTick[] {
  return e.kind === "therapy"
    ? therapyTicks(e, axis, x, x2, ctx)
    : e.kind === "radiotherapy"
      ? radiotherapyTicks(e, axis, x, x2, ctx)
      : [];
}

/** The bar mark itself; its label, row and geometry in y are set by the caller and by layout. */
function barMark(
  e: NormalizedEvent,
  lane: LaneKind,
  g: BarGeometry,
  s: PlacedDate,
  en: PlacedDate | null,
  parts: { ticks: BarTick[]; solid: XRange; vague: boolean },
): BarMark {
  const { x, x2, openEnd } = g;
  const ongoing = e.span.ongoing;
  return {
    type: "bar",
    id: e.id,
    eventId: e.id,
    kind: e.kind,
    lane,
    row: 0,
    label: null,
    description: "", // written once the mark is known to be drawn (layoutTimeline)
    uncertain: s.uncertain || !!en?.uncertain || openEnd,
    colorKey: barColorKey(e),
    bounds: UNPLACED_BOUNDS,
    x,
    x2,
    y: 0,
    height: 0,
    solid: parts.vague ? null : parts.solid,
    startRange: g.startRange,
    endRange: g.endRange,
    openEnd,
    openStart: s.openLeft,
    ongoing,
    stopReason: e.kind === "therapy" ? (e.stopReason ?? null) : null,
    ticks: parts.ticks,
    vague: parts.vague,
    placement: g.placement,
  };
}

/** Build the bar of a course (therapy, radiotherapy, or an event with an end), or null if unplaceable. */
export function barDraft(
  e: NormalizedEvent,
  lane: LaneKind,
  axis: TimeAxis,
  ctx: DraftContext,
  cutoffX: number | null,
): Draft | null {
  const s = placeDate(e.span.start, axis);
  if (!s) return null;
  const ongoing = e.span.ongoing;
  let en = placeDate(e.span.end, axis);
  if (ongoing && en === null && cutoffX !== null)
    en = { x: cutoffX, range: null, openLeft: false, openRight: false, uncertain: false };
  const g = barExtent(e, s, en, ongoing);
  const endUnstated = e.span.end.unstated === true;
  placeByNetwork(
    g,
    s,
    en,
    ongoing,
    axis,
    endUnstated,
    e.span.length?.[0] ?? 0,
    endTied(e, ctx),
    startPushed(e, s, axis, ctx),
  );
  if (endUnstated && !ongoing && g.openEnd) reachInside(g, e, axis, ctx);
  // An end in a window, too, lies before what is stated to follow it: ruxolitinib stopped "after
  // the progression" of early 2021, within a window to the report's date, is not drawn given
  // past the withdrawal syndrome and the death stated after its stop.
  if (!ongoing && (g.openEnd || g.endRange)) stopBeforeAfter(g, e, axis, ctx);
  if (s.openLeft && g.startRange) startAfterBefore(g, e, axis, ctx);
  // What follows the bar's end: the ongoing arrow, or the "?" of an end the source does not state.
  const tail = ongoing ? 8 : g.openEnd ? Math.ceil(ctx.fontSize * 0.8) : 0;
  // A fade is a length in pixels: near the plot's right edge it stops there, "?" inside the figure.
  const limit = ctx.plotX1 - tail;
  if (g.openEnd && g.x2 > limit && limit >= g.x + MIN_BAR_PX) {
    g.x2 = limit;
    if (g.endRange) g.endRange = { x0: Math.min(g.endRange.x0, limit), x1: limit };
  }
  const { x, x2, placement } = g;
  const ticks = barTicks(e, axis, x, x2, ctx);
  const solid = { x0: g.startRange?.x1 ?? x, x1: g.endRange?.x0 ?? x2 };
  // Placed by order alone, the course stays an outline: none of it is certain.
  const vague = solid.x1 <= solid.x0 || (placement !== null && g.tight === null);
  // Everything the course draws on its line: a label beside it starts past all of it.
  const lineX0 = Math.min(x, placement?.x0 ?? x, ...ticks.map((t) => t.range?.x0 ?? t.x));
  const lineX1 = Math.max(x2 + tail, placement?.x1 ?? x2);
  const { label, above } = placeLabelOrAbove(barText(e, ctx), {
    x0: lineX0,
    x1: lineX1,
    // A vague course is drawn as a light outline over its whole possible extent: text fits
    // inside, unless the dashed placement line shows through it.
    inside: vague ? (placement ? null : { x0: x, x1: x2 }) : solid,
    breaks: ticks.map((t) => t.x),
    // A placement whisker past the bar: the label sits over it, beside the bar's end (or before
    // its start), rather than past the whisker's far end.
    ...(placement && (placement.x1 > x2 + tail || placement.x0 < x)
      ? {
          over: [
            { x0: x2 + tail, x1: placement.x1 },
            { x0: placement.x0, x1: x, end: true },
          ],
          overFirst: true,
        }
      : {}),
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  });
  const mark = barMark(e, lane, g, s, en, { ticks, solid, vague });
  const held = e.kind === "therapy" ? heldStretches(e, ticks) : [];
  if (held.length) mark.held = held;
  mark.label = label;
  const fp = footprintWithLabel(lineX0, lineX1, label, above);
  return makeDraft(mark, lane, fp, above ? 2 : 1, e.index, above);
}

/**
 * The stretches a whole course was paused: each hold with the first resume drawn after it. Only
 * holds and resumes of the whole course (no agent named, or the course's only agent) with a stated
 * date count: a drug held within a combination, or a change with no date, pauses nothing drawn.
 */
function heldStretches(
  e: Extract<NormalizedEvent, { kind: "therapy" }>,
  ticks: readonly BarTick[],
): XRange[] {
  const only = e.agents.length === 1 ? e.agents[0]!.name : undefined;
  const whole = ticks
    .filter(
      (t) =>
        (t.type === "hold" || t.type === "resume") &&
        (t.agent === undefined || t.agent === only) &&
        !t.undated,
    )
    .sort((a, b) => a.x - b.x);
  const out: XRange[] = [];
  let from: number | null = null;
  for (const t of whole)
    if (t.type === "hold") from ??= t.x;
    else if (from !== null) {
      if (t.x > from + 1) out.push({ x0: from, x1: t.x });
      from = null;
    }
  return out;
}

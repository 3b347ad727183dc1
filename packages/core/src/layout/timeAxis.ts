import { kindSpec } from "../kinds/registry.js";
import { niceTicks, utcTicks } from "./ticks.js";
import { DAYS_PER_YEAR, formatDay, UNIT_DAYS } from "../dates/calendarDay.js";
import { offsetsFrom } from "../dates/offsetBetween.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { Timeline } from "../model/normalized.js";
import { eventName } from "./describeEvent.js";
import { drawDay } from "./placeDate.js";
import type { AxisBreak, AxisDescriptor, AxisFallback, Tick } from "./types.js";

const MS_PER_DAY = 86_400_000;
export type AxisUnit = keyof typeof UNIT_DAYS;

/** How the x axis counts time. */
export interface AxisOptions {
  /** `calendar` (default when dates are known) or `relative` to an anchor. */
  mode?: "calendar" | "relative";
  /** Event or diagnosis id the relative axis counts from; default the first diagnosis, else the first therapy. */
  anchor?: string;
  /** Which edge of the anchor; default `start`. */
  anchorEdge?: "start" | "end";
  /** Unit of a relative axis; chosen from the span when absent. */
  unit?: AxisUnit;
  /** Visible range in the axis's own values (days, or days from the anchor): zoom and pan. */
  domain?: [number, number];
  /** BCP 47 locale for tick labels; default `en-GB`. */
  locale?: string;
  /**
   * Compress long stretches where nothing is dated to the month (years known only roughly) into a
   * marked break, so the dated part gets the width: `auto` (default) or `none`. A zoomed axis
   * (`domain`) never breaks.
   */
  breaks?: "auto" | "none";
}

/** Where a date falls on the axis, in axis values; `null` when it is not on this axis's frame. */
export interface AxisPlace {
  lo: number | null;
  hi: number | null;
  /**
   * The date's drawing position (`ResolvedDate.at`) in axis days, when the axis is no translation
   * of its frame (counting from a vague anchor); else it follows from `lo` or `hi`.
   */
  at?: number;
}

/** The x scale the marks are placed with. */
export interface TimeAxis {
  descriptor: AxisDescriptor;
  ticks: Tick[];
  /** Axis value → px. */
  x(value: number): number;
  /** A resolved date in axis values, or null when it lives in another frame. */
  place(d: ResolvedDate): AxisPlace | null;
  /**
   * A window in the axis's own terms ("between day 10 and day 20"), where the calendar's words
   * would not match what is drawn (an axis counting from an anchor dated only to the year); absent
   * where the calendar's words are the ones to print.
   */
  windowText?(d: ResolvedDate): string | null;
}

/** Whether the event is drawn as a moment (a glyph), not a course with a start and an end. */
function isMoment(t: Timeline, id: string): boolean {
  const e = t.events.find((x) => x.id === id);
  return e !== undefined && kindSpec(e).drawnAs(e as never) === "point";
}

/** The event or diagnosis with this id. */
const findDated = (t: Timeline, id: string) =>
  t.events.find((e) => e.id === id) ?? t.diagnoses.find((d) => d.id === id);

const labelOf = (t: Timeline, id: string): string => {
  const e = t.events.find((x) => x.id === id);
  if (e) return eventName(e);
  return t.diagnoses.some((d) => d.id === id) ? "diagnosis" : id;
};

/** Pick the frame with the most dated starts; the calendar wins whenever it has any. */
export function mainFrame(t: Timeline): string | null | undefined {
  // One pass. An undated start roots a frame of its own; it only wins when others share it (n > 1).
  const counts = new Map<string | null, number>();
  for (const e of t.events)
    counts.set(e.span.start.frame, (counts.get(e.span.start.frame) ?? 0) + 1);
  for (const d of t.diagnoses)
    counts.set(d.span.start.frame, (counts.get(d.span.start.frame) ?? 0) + 1);
  if (counts.has(null)) return null;
  let best: string | undefined;
  let n = 0;
  for (const [f, c] of counts) if (f !== null && c > n) [best, n] = [f, c];
  return n > 1 ? best : undefined;
}

/** Build the x axis for a timeline: calendar, relative to an anchor, or (undated) event sequence. */
export function buildTimeAxis(
  t: Timeline,
  opts: AxisOptions,
  range: [number, number],
  count: number,
): TimeAxis {
  const frame = mainFrame(t);
  if (frame === undefined) return sequenceAxis(t, range, axisFallback(t, opts, frame, null));
  // No mode asked for, and the report counts in days from an event it dates only to the year:
  // count from that event, where its days are exact, rather than spread each across the year.
  const hub = frame === null && opts.mode === undefined ? vagueHub(t) : null;
  const asked = hub ? { ...opts, anchor: hub.id, anchorEdge: hub.edge } : opts;
  const relative = frame !== null || asked.mode === "relative" || hub !== null;
  const { anchor, origin, date } = axisAnchor(t, asked, frame, relative);
  const mode = relative && anchor ? "relative" : "calendar";
  const fallback = axisFallback(t, opts, frame, anchor);
  let note = anchorNote(opts, frame, anchor);
  if (hub && anchor)
    note = `Time is counted from the ${hub.edge} of ${anchor.label}, which the source dates only to a window wider than a month: the dates it states from it are exact here.`;
  // An anchor dated only to the year (wider than a month): count from it through the network.
  const vague =
    date?.key !== undefined &&
    (date.frame === null
      ? (calendarWidth(date) ?? 0) > MAX_CERTAIN_DAYS
      : date.latest! - date.earliest! > MAX_CERTAIN_DAYS);
  const place = vague ? anchorPlacer(t, date) : framePlacer(frame, origin);
  const { domain, gaps, untimed } = domainAndGaps(t, opts, place);
  const axis = domainAxis({
    mode,
    domain,
    range,
    count,
    gaps,
    untimed,
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
    ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
  });
  const { x, ticks, breaks, unit } = axis;
  for (const text of axis.notes) note = note ? `${note} ${text}` : text;
  const title =
    mode === "calendar"
      ? "Date"
      : relativeTitle(unit!, anchor!, frame, isMoment(t, anchor!.eventId));
  // Windows in labels read in the axis's unit when it counts from an event (not "month 90.0" on an
  // axis of years).
  const windowText =
    (vague || frame !== null) && unit ? relativeWindowText(place, unit) : undefined;
  return {
    ...(windowText ? { windowText } : {}),
    descriptor: {
      mode,
      domain,
      range,
      unit,
      title,
      anchor,
      frame,
      note,
      fallback,
      breaks,
      untimed: axis.untimed,
    },
    ticks,
    x,
    place,
  };
}

/** An axis over a domain of days: what `domainAxis` needs, with no `Timeline` in it. */
export interface DomainAxisOptions {
  /**
   * `calendar`: days since 1970-01-01, ticks on dates labelled in `locale`; `relative`: days from
   * an anchor, ticks in whole `unit`s.
   */
  mode: "calendar" | "relative";
  domain: [number, number];
  /** The px the domain spans. */
  range: [number, number];
  /** About how many ticks fit (the timeline asks for one per 80 to 100 px). */
  count: number;
  /** Stretches of the domain to compress into marked breaks of 40 px each, in order. */
  gaps?: ReadonlyArray<[number, number]>;
  /**
   * Stretches where marks are placed by stated order alone, past every stated date: no ticks
   * there, and a note says so.
   */
  untimed?: ReadonlyArray<[number, number]>;
  /** Relative axes: the unit the ticks count in; default from the span. */
  unit?: AxisUnit;
  /** Calendar axes: BCP 47 locale of the tick labels; default `en-GB`. */
  locale?: string;
}

/** The map, ticks and breaks of an axis over a domain, and what it wants said under the figure. */
export interface DomainAxis {
  /** Axis value → px: linear, or piece by piece around the breaks. */
  x(value: number): number;
  ticks: Tick[];
  breaks: AxisBreak[];
  /** The stretches with no ticks (`untimed` as asked, within the domain). */
  untimed: Array<[number, number]>;
  /** The unit of a relative axis; null on the calendar. */
  unit: AxisUnit | null;
  /**
   * Notes for under the figure: an unusable locale, where the axis is compressed, where it has no
   * time scale.
   */
  notes: string[];
}

/**
 * Build an axis from a domain alone (the timeline's axis is this plus its frame, anchor, padded
 * domain and empty stretches): placement is a linear map, or piecewise linear around breaks, and
 * d3 picks the ticks of each unbroken piece. A cohort or any other layout over days can use it.
 */
export function domainAxis(o: DomainAxisOptions): DomainAxis {
  const breaks = breakPixels(o.gaps ?? [], o.domain, o.range);
  const x = piecewise(o.domain, o.range, breaks);
  const scale = { domain: o.domain, range: o.range, breaks, x, count: o.count };
  const notes: string[] = [];
  let ticks: Tick[];
  let unit: AxisUnit | null = null;
  if (o.mode === "calendar") {
    const { locale, problem } = usableLocale(o.locale);
    if (problem) notes.push(problem);
    ticks = calendarAxisTicks(scale, locale);
  } else {
    unit = o.unit ?? defaultUnit(o.domain);
    ticks = relativeTicks(scale, unit);
  }
  const untimed = (o.untimed ?? [])
    .filter(([a, b]) => a < o.domain[1] && b > o.domain[0])
    .map(([a, b]): [number, number] => [Math.max(a, o.domain[0]), Math.min(b, o.domain[1])]);
  // A break where the axis has no time scale hides no months: the untimed note says it all.
  const dated = breaks.filter((b) => !untimed.some(([a, c]) => b.from >= a && b.to <= c));
  if (dated.length) notes.push(breaksNote(dated, o.mode, unit));
  if (untimed.length) {
    ticks = ticks.filter((tk) => !untimed.some(([a, b]) => tk.value >= a && tk.value < b));
    notes.push(untimedNote(untimed, o.domain, o.mode, unit));
  }
  return { x, ticks, breaks, untimed, unit, notes };
}

/** Anchor: a relative frame's root, or the requested / default anchor on the calendar. */
/** Offsets stated from one event before the axis counts from it by default. */
const MIN_HUB_OFFSETS = 3;

/**
 * The event edge most stated offsets count from ("day +1", "day +15"…, at least three), when its
 * own calendar date is wider than a month ("in 2019") and fewer than three events have calendar
 * dates of their own known to the month; null otherwise.
 */
function vagueHub(t: Timeline): Hub | null {
  // Once per timeline: a zoom lays the same timeline out again and again.
  let hub = hubs.get(t);
  if (hub === undefined) hubs.set(t, (hub = findHub(t)));
  return hub;
}

type Hub = { id: string; edge: "start" | "end" };
const hubs = new WeakMap<Timeline, Hub | null>();

function findHub(t: Timeline): Hub | null {
  const counts = new Map<string, number>();
  for (const c of t.network.constraints)
    if (c.kind === "offset") counts.set(c.from, (counts.get(c.from) ?? 0) + 1);
  let key: string | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [key, n] = [k, c];
  if (key === undefined || n < MIN_HUB_OFFSETS) return null;
  const dot = key.lastIndexOf(".");
  const [id, edge] = [key.slice(0, dot), key.slice(dot + 1)];
  if (edge !== "start" && edge !== "end") return null;
  const e = t.events.find((x) => x.id === id);
  const d = e ? e.span[edge] : t.diagnoses.find((x) => x.id === id)?.span.start;
  const wide = d !== undefined && (calendarWidth(d) ?? 0) > MAX_CERTAIN_DAYS;
  // A report that dates events of its own to the month or better ("transplant in September
  // 2019", "relapse in February 2021") reads on the calendar: counting from the vague event
  // would spread each of them across that event's window.
  return wide && calendarDated(t) < MIN_HUB_OFFSETS ? { id, edge } : null;
}

/** A calendar date's window in days; null in another frame or open on a side. */
const calendarWidth = (d: ResolvedDate): number | null =>
  d.frame === null && d.earliest !== null && d.latest !== null ? d.latest - d.earliest : null;

/** How many events and diagnoses start on a calendar date known to the month or better (up to 3). */
function calendarDated(t: Timeline): number {
  let n = 0;
  const known = (d: ResolvedDate) => (calendarWidth(d) ?? Infinity) <= MAX_CERTAIN_DAYS;
  for (const x of t.diagnoses) if (known(x.span.start) && ++n >= MIN_HUB_OFFSETS) return n;
  for (const x of t.events) if (known(x.span.start) && ++n >= MIN_HUB_OFFSETS) return n;
  return n;
}

function axisAnchor(
  t: Timeline,
  opts: AxisOptions,
  frame: string | null,
  relative: boolean,
): { anchor: AxisDescriptor["anchor"]; origin: number; date?: ResolvedDate } {
  if (frame !== null) {
    // An anchor asked for inside the frame ("count from the start of atezolizumab", dated 3 months
    // after a progression that roots the frame): counted from where it is drawn, through the
    // network's offsets when its window is wide (`anchorPlacer`), as a calendar anchor is.
    const ev = opts.anchor === undefined ? undefined : findDated(t, opts.anchor);
    const edge = opts.anchorEdge ?? "start";
    const d = ev ? (edge === "end" ? ev.span.end : ev.span.start) : undefined;
    if (ev && d && d.frame === frame && d.earliest !== null && d.latest !== null) {
      const mid = Math.round(d.at ?? (d.earliest + d.latest) / 2);
      return {
        anchor: { eventId: ev.id, edge, day: null, label: labelOf(t, ev.id) },
        origin: mid,
        date: d,
      };
    }
    const { id, edge: rootEdge } = frameRoot(t, frame);
    return { anchor: { eventId: id, edge: rootEdge, day: null, label: labelOf(t, id) }, origin: 0 };
  }
  if (!relative) return { anchor: null, origin: 0 };
  const id = opts.anchor ?? t.diagnoses[0]?.id ?? t.events.find((e) => e.kind === "therapy")?.id;
  const edge = opts.anchorEdge ?? "start";
  const ev = id === undefined ? undefined : findDated(t, id);
  const d = ev ? (edge === "end" ? ev.span.end : ev.span.start) : undefined;
  // Counted from where the anchor is drawn (a diagnosis "in March 2015" at the start of its
  // window), so its glyph sits on 0; a day-exact anchor has no other place.
  const mid =
    d && d.frame === null && d.earliest !== null && d.latest !== null
      ? Math.round(d.at ?? (d.earliest + d.latest) / 2)
      : null;
  if (id !== undefined && mid !== null)
    return {
      anchor: { eventId: id, edge, day: mid, label: labelOf(t, id) },
      origin: mid,
      date: d!,
    };
  return { anchor: null, origin: 0 };
}

/**
 * Counting from an anchor whose calendar date is wider than a month ("in 2019"): each date's
 * bounds from the anchor itself, as the network relates them ("day +15" is 15 days after it),
 * within the difference of the two calendar windows. Day 0 is the anchor. An anchor known to the
 * day or month is counted from its middle day (`framePlacer`), as before: the calendar windows
 * stay as narrow as stated.
 */
function anchorPlacer(t: Timeline, a: ResolvedDate) {
  const offsets = offsetsFrom(t.network, a.key!);
  const [aLo, aHi] = [a.earliest!, a.latest!];
  return (d: ResolvedDate): AxisPlace | null => {
    // The anchor's own frame only; a frame's undated root is its day 0 there.
    if (d.frame !== a.frame || (d.precision === "unknown" && d.key !== a.frame)) return null;
    let lo = d.earliest === null ? null : d.earliest - aHi;
    let hi = d.latest === null ? null : d.latest - aLo;
    const o = d.key === undefined ? undefined : offsets.get(d.key);
    if (o?.[0] != null) lo = lo === null ? o[0] : Math.max(lo, o[0]);
    if (o?.[1] != null) hi = hi === null ? o[1] : Math.min(hi, o[1]);
    // Bounded above by the report's date alone: open, as on the calendar (`framePlacer`).
    if (d.byReport) hi = null;
    // Drawing positions were chosen on the calendar: counted from the anchor's own.
    return d.at === undefined || a.at === undefined ? { lo, hi } : { lo, hi, at: d.at - a.at };
  };
}

/** Why the axis is not what was asked for (no anchor to count from, no calendar dates), or null. */
function anchorNote(
  opts: AxisOptions,
  frame: string | null,
  anchor: AxisDescriptor["anchor"],
): string | null {
  let note: string | null = null;
  if (frame === null && opts.mode === "relative" && !anchor)
    note = opts.anchor
      ? `Anchor '${opts.anchor}' is no event or diagnosis with a calendar date here; calendar dates are shown.`
      : "No diagnosis or therapy with a calendar date to count from; calendar dates are shown.";
  if (frame !== null && opts.mode === "calendar")
    note =
      "Calendar dates are not reported; time is counted from the event the source dates everything from.";
  return note;
}

/** A date's bounds in axis days (from `origin`), or null when it is not on the axis's frame. */
function framePlacer(frame: string | null, origin: number) {
  return (d: ResolvedDate): AxisPlace | null => {
    // An unknown date is placeable only as the origin of the frame it roots.
    if (d.frame !== frame || (d.precision === "unknown" && d.key !== frame)) return null;
    const lo = d.earliest === null ? null : d.earliest - origin;
    // Bounded above by the report's date alone: no time scale past the last stated date for it.
    const hi = d.latest === null || d.byReport ? null : d.latest - origin;
    // Unbounded both ways: only the told order's position places it (in the frame's days).
    return lo === null && hi === null && d.at !== undefined
      ? { lo, hi, at: d.at - origin }
      : { lo, hi };
  };
}

/**
 * The bounds of the dates seen so far, in axis values, and their drawing positions: a point known
 * only as "after" the last stated date is drawn past it (`placeInOrder`), where the axis has no
 * time scale.
 */
class Bounds {
  lo = Infinity;
  hi = -Infinity;
  /** The two lowest and the two highest drawing positions seen: all an edge stretch asks. */
  atLo = Infinity;
  atLo2 = Infinity;
  atHi = -Infinity;
  atHi2 = -Infinity;
  see(p: AxisPlace | null, at: number | null): void {
    if (p === null) return;
    if (p.lo !== null) {
      this.lo = Math.min(this.lo, p.lo);
      this.hi = Math.max(this.hi, p.lo);
    }
    if (p.hi !== null) {
      this.lo = Math.min(this.lo, p.hi);
      this.hi = Math.max(this.hi, p.hi);
    }
    // Distinct positions: a date seen twice (an event's date and its span's start) is one mark.
    if (at !== null && at !== this.atLo && at !== this.atHi) {
      if (at < this.atLo) [this.atLo, this.atLo2] = [at, this.atLo];
      else if (at < this.atLo2) this.atLo2 = at;
      if (at > this.atHi) [this.atHi, this.atHi2] = [at, this.atHi];
      else if (at > this.atHi2) this.atHi2 = at;
    }
  }
  /**
   * Whether two or more drawing positions lie inside a stretch that starts or ends at an edge of
   * the domain: the two lowest tell for a stretch from the start, the two highest for one to the
   * end.
   */
  twoWithin(from: number, to: number, domain: [number, number]): boolean {
    const inside = (v: number) => v > from && v < to;
    if (from === domain[0] && inside(this.atLo) && inside(this.atLo2)) return true;
    return to === domain[1] && inside(this.atHi) && inside(this.atHi2);
  }
  /** The drawing positions' reach past the stated bounds, before and after them (whole days). */
  untimed(): Array<[number, number]> {
    if (!Number.isFinite(this.lo)) return [];
    const out: Array<[number, number]> = [];
    if (this.atLo < this.lo) out.push([-Infinity, this.lo]);
    if (this.atHi > this.hi) out.push([this.hi + 1, Infinity]);
    return out;
  }
}

/**
 * The domain (asked for, else every finite bound on this frame, padded) and the stretches worth
 * compressing (none when a domain is asked for or breaks are off). With both to find, one pass
 * over the dates collects the bounds and the dated windows together.
 */
function domainAndGaps(
  t: Timeline,
  opts: AxisOptions,
  place: (d: ResolvedDate) => AxisPlace | null,
): { domain: [number, number]; gaps: Array<[number, number]>; untimed: Array<[number, number]> } {
  const bounds = new Bounds();
  const seen = (d: ResolvedDate) => {
    const p = place(d);
    bounds.see(p, p && drawDay(d, p));
    return p;
  };
  if (opts.domain) {
    // A zoomed window: its own domain, but still no ticks where only the order is stated.
    seeEveryDate(t, seen);
    return { domain: opts.domain, gaps: [], untimed: bounds.untimed() };
  }
  if (opts.breaks === "none") {
    seeEveryDate(t, seen);
    return { domain: padded(bounds), gaps: [], untimed: bounds.untimed() };
  }
  // certainWindows places every date paddedDomain would see: the spans, the dates, diagnoses, cut-off.
  const certain = certainWindows(t, seen);
  const domain = padded(bounds);
  return {
    domain,
    gaps: emptyStretches(certain, domain, bounds, untimedTail(t, place, bounds)),
    untimed: bounds.untimed(),
  };
}

/**
 * The last stated day, when marks past it are drawn by the told order alone and no course ends
 * there (a course's stated length must keep its scale); else Infinity.
 */
function untimedTail(t: Timeline, place: (d: ResolvedDate) => AxisPlace | null, b: Bounds): number {
  if (!(b.atHi > b.hi)) return Infinity;
  for (const e of t.events) {
    if (e.span.end.key === e.span.start.key) continue; // a point, not a course
    const p = place(e.span.end);
    if (p && (drawDay(e.span.end, p) ?? -Infinity) > b.hi) return Infinity;
  }
  return b.hi;
}

/** Every date of the timeline placed once: the events' dates and spans, diagnoses, the cut-off. */
function seeEveryDate(t: Timeline, see: (d: ResolvedDate) => unknown): void {
  for (const e of t.events) for (const d of Object.values(e.dates)) see(d);
  for (const e of t.events) {
    see(e.span.start);
    see(e.span.end);
  }
  for (const d of t.diagnoses) see(d.span.start);
  if (t.dataCutoff) see(t.dataCutoff);
}

/**
 * The domain from the dates' bounds and drawing positions: at least 30 days, padded by 4 % on
 * each side.
 */
function padded(b: Bounds): [number, number] {
  let { lo, hi } = b;
  if (!Number.isFinite(lo)) [lo, hi] = [0, 30];
  else [lo, hi] = [Math.min(lo, b.atLo), Math.max(hi, b.atHi)];
  if (hi - lo < 30) [lo, hi] = [lo - 15, hi + 15];
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

/** The axis's map and where it is broken, and about how many ticks it wants. */
interface AxisScale {
  domain: [number, number];
  range: [number, number];
  breaks: AxisBreak[];
  x: (v: number) => number;
  count: number;
}

/** Calendar ticks of each unbroken piece. */
function calendarAxisTicks(a: AxisScale, locale: string): Tick[] {
  return piecesOf(a.domain, a.breaks, a.range).flatMap(([d, n]) =>
    calendarTicks(d, Math.max(1, Math.round(a.count * n)), locale, a.x, clearOf(a.breaks)),
  );
}

/** The unit of a relative axis spanning `domain`, when none is asked for. */
function defaultUnit(domain: [number, number]): AxisUnit {
  const span = domain[1] - domain[0];
  return span <= 45 ? "day" : span <= 150 ? "week" : span <= 6 * DAYS_PER_YEAR ? "month" : "year";
}

/** Ticks of a relative axis in whole `unit`s of each unbroken piece. */
function relativeTicks(a: AxisScale, unit: AxisUnit): Tick[] {
  const u = UNIT_DAYS[unit];
  return piecesOf(a.domain, a.breaks, a.range).flatMap(([d, n]) =>
    niceTicks(d[0] / u, d[1] / u, Math.max(1, Math.round(a.count * n)))
      .map((v) => ({ x: a.x(v * u), value: v * u, label: String(Math.round(v * 100) / 100) }))
      .filter((tk) => clearOf(a.breaks)(tk.x)),
  );
}

/** "Months from start of FOLFOX", with a note when calendar dates are not reported. */
function relativeTitle(
  unit: AxisUnit,
  anchor: NonNullable<AxisDescriptor["anchor"]>,
  frame: string | null,
  moment: boolean,
) {
  const unitName = { day: "Days", week: "Weeks", month: "Months", year: "Years" }[unit];
  // A moment (a scan, a test) has no start and end: "Months from CR (imaging)".
  const what =
    anchor.edge === "end" && !moment
      ? `end of ${anchor.label}`
      : anchor.label === "diagnosis" || moment
        ? anchor.label
        : `start of ${anchor.label}`;
  return `${unitName} from ${what}${frame !== null ? " (calendar dates not reported)" : ""}`;
}

/**
 * A window as its bounds on a relative axis: in days on an axis of days or weeks (`between day 10
 * and day 20`), else in the axis's unit (`between month 1.2 and month 3.4`); null when a side is
 * open (the fade says so).
 */
function relativeWindowText(place: (d: ResolvedDate) => AxisPlace | null, unit: AxisUnit) {
  const days = UNIT_DAYS[unit];
  // Days read best up to a week's ticks (CAR-T reports count "day +15"), tenths beyond.
  const at = (v: number) =>
    unit === "day" || unit === "week" ? `day ${v}` : `${unit} ${(v / days).toFixed(1)}`;
  return (d: ResolvedDate): string | null => {
    const p = place(d);
    if (!p || p.lo === null || p.hi === null) return null;
    return p.lo === p.hi ? at(p.lo) : `between ${at(p.lo)} and ${at(p.hi)}`;
  };
}

/** The note that says where the axis has no time scale. */
function untimedNote(
  untimed: ReadonlyArray<[number, number]>,
  domain: [number, number],
  mode: string,
  unit: AxisUnit | null,
) {
  const at = (v: number) =>
    mode === "calendar" ? formatDay(v) : `${Math.round((v / UNIT_DAYS[unit!]) * 10) / 10} ${unit}s`;
  const said = untimed
    .map(([a, b]) => (a > domain[0] ? `after ${at(a - 1)}` : `before ${at(b)}`))
    .join(" and ");
  return `No dates are stated ${said}: the marks there keep the order the source states, on no time scale (no ticks).`;
}

/** The note that says where the axis is compressed. */
function breaksNote(breaks: AxisBreak[], mode: string, unit: AxisUnit | null) {
  const at = (v: number) =>
    mode === "calendar" ? formatMonth(v) : `${Math.round((v / UNIT_DAYS[unit!]) * 10) / 10}`;
  const said = breaks
    .map((b) => `${at(b.from)} to ${at(b.to)}${mode === "calendar" ? "" : ` ${unit}s`}`)
    .join(" and ");
  return `The time axis is compressed (//) from ${said}: nothing there is dated to the month.`;
}

/** A stretch of at least two years and 30 % of the axis is worth compressing. */
const MIN_BREAK_DAYS = 730;
const MIN_BREAK_SHARE = 0.3;
/** A date known to within this many days (a month) counts as dated. */
const MAX_CERTAIN_DAYS = 31;
/** Px a compressed stretch takes. */
const BREAK_PX = 40;

/**
 * Long stretches of the domain where nothing is dated to the month (wider windows may span
 * them): the candidates for a broken axis, in axis values, with a margin kept on each side.
 */
function emptyStretches(
  certain: Windows,
  domain: [number, number],
  drawn: Bounds,
  /** The last stated day, when marks are drawn past it by the told order alone (else Infinity). */
  lastStated: number,
): Array<[number, number]> {
  if (!certain.size) return [];
  const order = certain.order();
  const span = domain[1] - domain[0];
  const margin = Math.max(30, span * 0.03);
  const out: Array<[number, number]> = [];
  let edge = domain[0];
  const consider = (a: number) => {
    // Past the last stated day the axis has no time scale: a stretch there holding one mark
    // (a death told after the last dated event) is compressed however short, as its length in
    // days is only the told order's step.
    const untimed = a === domain[1] && lastStated < a;
    const from =
      edge === domain[0] ? edge : untimed ? Math.max(edge, lastStated) + margin : edge + margin;
    const to = a === domain[1] ? a : a - margin;
    if (untimed ? to - from < 90 : to - from < MIN_BREAK_DAYS || to - from < span * MIN_BREAK_SHARE)
      return;
    // At an edge of the axis, compressing a stretch gives its room to the dated side, but where
    // marks known only by their order are drawn there (a history told "then … then …" up to the
    // report), it would squeeze that order into 40 px: keep the stretch.
    if (drawn.twoWithin(from, to, domain)) return;
    out.push([from, to]);
  };
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    consider(certain.lo[i]!);
    edge = Math.max(edge, certain.hi[i]!);
  }
  consider(domain[1]);
  return out;
}

/**
 * Windows in axis values, as two flat lists (a 100,000-event timeline has some 300,000: no pair
 * object each), with their order by start, ties in the order they were added.
 */
class Windows {
  lo: number[] = [];
  hi: number[] = [];
  get size(): number {
    return this.lo.length;
  }
  /**
   * Add a window, unless it lies within window `within` (added before it): such a window sorts
   * after its container and changes nothing in the sweep (an event's dates within its span).
   */
  add(lo: number, hi: number, within = -1): void {
    if (within >= 0 && lo <= hi && lo >= this.lo[within]! && hi <= this.hi[within]!) return;
    this.lo.push(lo);
    this.hi.push(hi);
  }
  /** Indices by start, ties by index (a stable sort); whole-day starts sort without a comparator. */
  order(): ArrayLike<number> {
    const n = this.lo.length;
    const lo = this.lo;
    // A whole start (|lo| < 2^31) and an index (< 2^21) pack exactly into one double.
    const packable = n < 2 ** 21 && lo.every((v) => Number.isInteger(v) && Math.abs(v) < 2 ** 31);
    if (!packable) {
      const idx = Array.from({ length: n }, (_, i) => i);
      return idx.sort((a, b) => lo[a]! - lo[b]! || a - b);
    }
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = lo[i]! * 2 ** 21 + i;
    keys.sort();
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = keys[i]! - Math.floor(keys[i]! / 2 ** 21) * 2 ** 21;
    return out;
  }
}

/** Every window dated to the month or better (at most MAX_CERTAIN_DAYS), and long known courses. */
function certainWindows(t: Timeline, place: (d: ResolvedDate) => AxisPlace | null): Windows {
  const w = new Windows();
  for (const e of t.events) {
    const first = w.size;
    seeWindow(w, place, e.span.start, e.span.end);
    const span = w.size > first && w.lo[first]! <= w.hi[first]! ? first : -1;
    for (const d of Object.values(e.dates)) seeWindow(w, place, d, d, span);
    // A course known to last more than a month is drawn at that length somewhere in its window:
    // never squeeze it.
    const min = e.span.length?.[0] ?? 0;
    if (min > MAX_CERTAIN_DAYS) {
      const s = place(e.span.start);
      const f = place(e.span.end);
      // An open side reaches at least the stated length from the known one.
      const a = s?.lo ?? (f?.hi != null ? f.hi - min : null);
      const b = f?.hi ?? (s?.lo != null ? Math.max(s.lo + min, f?.lo ?? -Infinity) : null);
      if (a !== null && b !== null) w.add(a, b);
    }
  }
  for (const d of t.diagnoses) seeWindow(w, place, d.span.start, d.span.start);
  if (t.dataCutoff) seeWindow(w, place, t.dataCutoff, t.dataCutoff);
  return w;
}

/** The window from `a` to `b` when both are dated to the month, else whichever of them is. */
function seeWindow(
  w: Windows,
  place: (d: ResolvedDate) => AxisPlace | null,
  a: ResolvedDate,
  b: ResolvedDate,
  within = -1,
): void {
  const s = place(a);
  const sOk = s !== null && s.lo !== null && s.hi !== null && s.hi - s.lo <= MAX_CERTAIN_DAYS;
  const e = b === a ? s : place(b);
  const eOk = e !== null && e.lo !== null && e.hi !== null && e.hi - e.lo <= MAX_CERTAIN_DAYS;
  if (sOk && eOk) w.add(Math.min(s.lo!, e.lo!), Math.max(s.hi!, e.hi!), within);
  else if (sOk) w.add(s.lo!, s.hi!, within);
  else if (eOk) w.add(e.lo!, e.hi!, within);
}

/** Where each compressed stretch lies in px, the rest of the range shared at one scale. */
function breakPixels(
  gaps: ReadonlyArray<[number, number]>,
  domain: [number, number],
  range: [number, number],
): AxisBreak[] {
  if (!gaps.length) return [];
  const squeezed = gaps.reduce((s, [a, b]) => s + (b - a), 0);
  const k = (range[1] - range[0] - gaps.length * BREAK_PX) / (domain[1] - domain[0] - squeezed);
  const out: AxisBreak[] = [];
  let x = range[0];
  let v = domain[0];
  for (const [from, to] of gaps) {
    x += (from - v) * k;
    out.push({ from, to, x0: x, x1: x + BREAK_PX });
    x += BREAK_PX;
    v = to;
  }
  return out;
}

/** Axis value → px: linear, or linear piece by piece around the breaks. */
function piecewise(
  domain: [number, number],
  range: [number, number],
  breaks: readonly AxisBreak[],
): (v: number) => number {
  if (!breaks.length) {
    const k = (range[1] - range[0]) / (domain[1] - domain[0]);
    return (v) => range[0] + (v - domain[0]) * k;
  }
  const stops = axisStops(domain, range, breaks);
  return (v) => interpolate(stops, v);
}

/** The axis value at `px` (the inverse of the axis's x, breaks included): zoom maths. */
export function axisValueAt(axis: AxisDescriptor, px: number): number {
  const { domain, range, breaks } = axis;
  const stops = axisStops(domain, range, breaks).map(([v, x]): [number, number] => [x, v]);
  return interpolate(stops, px);
}

/** The [value, px] points the axis passes through: its two ends and both edges of every break. */
function axisStops(
  domain: [number, number],
  range: [number, number],
  breaks: readonly AxisBreak[],
): Array<[number, number]> {
  const stops: Array<[number, number]> = [[domain[0], range[0]]];
  for (const b of breaks) stops.push([b.from, b.x0], [b.to, b.x1]);
  stops.push([domain[1], range[1]]);
  return stops;
}

/** Linear between the two `[in, out]` stops around `v` (the first two or last two beyond the ends). */
function interpolate(stops: ReadonlyArray<[number, number]>, v: number): number {
  let i = 1;
  while (i < stops.length - 1 && v > stops[i]![0]) i++;
  const [a0, b0] = stops[i - 1]!;
  const [a1, b1] = stops[i]!;
  return a1 === a0 ? b0 : b0 + ((v - a0) * (b1 - b0)) / (a1 - a0);
}

/** The unbroken pieces of the domain, each with its share of the range's width (for tick counts). */
function piecesOf(
  domain: [number, number],
  breaks: readonly AxisBreak[],
  range: [number, number],
): Array<[[number, number], number]> {
  const width = range[1] - range[0];
  if (!breaks.length) return [[domain, 1]];
  const out: Array<[[number, number], number]> = [];
  let v = domain[0];
  let x = range[0];
  for (const b of breaks) {
    out.push([[v, b.from], (b.x0 - x) / width]);
    [v, x] = [b.to, b.x1];
  }
  out.push([[v, domain[1]], (range[1] - x) / width]);
  return out.filter(([[a, b]]) => b > a);
}

/** Px a tick keeps from a break mark, so its label does not touch it. */
const TICK_CLEARANCE = 24;
const clearOf =
  (breaks: readonly AxisBreak[]) =>
  (px: number): boolean =>
    !breaks.some((b) => px > b.x0 - TICK_CLEARANCE && px < b.x1 + TICK_CLEARANCE);

/** The tick label formats, by name. */
const DATE_FORMATS = {
  plain: {},
  year: { year: "numeric" },
  month: { month: "short" },
  monthYear: { month: "short", year: "numeric" },
  dayMonth: { day: "numeric", month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters made so far, by locale and format (a few at most in practice; bounded all the same). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 64;

/**
 * A UTC date formatter for `locale` (which throws as `Intl.DateTimeFormat` does when it is no
 * locale), made once: making one costs far more than formatting a date with it.
 */
function dateFormat(locale: string, name: keyof typeof DATE_FORMATS): Intl.DateTimeFormat {
  const key = `${name} ${locale}`;
  let f = formatters.get(key);
  if (f === undefined) {
    const options = name === "plain" ? undefined : { timeZone: "UTC", ...DATE_FORMATS[name] };
    f = new Intl.DateTimeFormat(locale, options);
    // The oldest goes first: a map iterates in insertion order.
    if (formatters.size >= MAX_FORMATTERS) formatters.delete(formatters.keys().next().value!);
    formatters.set(key, f);
  }
  return f;
}

/** "Oct 2019" for a calendar day number. */
function formatMonth(day: number): string {
  return dateFormat("en-GB", "monthYear").format(new Date(Math.round(day) * MS_PER_DAY));
}

/** The event edge whose slot roots a frame (found by its key, never by parsing the key). */
function frameRoot(t: Timeline, frame: string): { id: string; edge: "start" | "end" } {
  for (const e of [...t.events, ...t.diagnoses]) {
    if (e.span.start.key === frame) return { id: e.id, edge: "start" };
    if (e.span.end.key === frame) return { id: e.id, edge: "end" };
  }
  // A dated part (a dose change) roots the frame: count from its event.
  const owner = t.events.find((e) => Object.values(e.dates).some((d) => d.key === frame));
  return { id: owner?.id ?? frame, edge: "start" };
}

/**
 * Why the axis does not count from the anchor asked for (`axis.anchor` as an option), as data; null
 * when it does or when no anchor was asked for. `frame` is `mainFrame(t)`.
 */
function axisFallback(
  t: Timeline,
  opts: AxisOptions,
  frame: string | null | undefined,
  anchor: AxisDescriptor["anchor"],
): AxisFallback | null {
  const asked = opts.anchor;
  if (asked === undefined || anchor?.eventId === asked) return null;
  const known = t.events.some((e) => e.id === asked) || t.diagnoses.some((d) => d.id === asked);
  const [reason, message]: [AxisFallback["reason"], string] = !known
    ? ["anchor-missing", `no event or diagnosis has the id '${asked}'`]
    : frame === undefined
      ? ["undated-timeline", "the timeline has no dates"]
      : frame !== null
        ? ["relative-frame", relativeFrameMessage(t, frame)]
        : [
            "anchor-undated",
            `the ${opts.anchorEdge ?? "start"} of '${asked}' has no bounded calendar date`,
          ];
  return { reason, eventId: asked, message };
}

/**
 * Why an event of a history with no calendar dates cannot be day 0: its date, counted from the
 * event everything is dated from, is open on a side ("after the progression", nothing later), or
 * in no frame at all; an event with a bounded window there can be (see `axisAnchor`).
 */
function relativeFrameMessage(t: Timeline, frame: string): string {
  const root = frameRoot(t, frame);
  return `no calendar dates are reported, and its date, counted from the ${root.edge} of '${root.id}', has no bounded window to count from`;
}

/**
 * Whether (and why) a time axis cannot count from `anchor`: the same answer `layoutTimeline`
 * gives in `layout.axis.fallback`, without laying anything out.
 */
export function anchorFallback(
  t: Timeline,
  anchor: string,
  anchorEdge: "start" | "end" = "start",
): AxisFallback | null {
  return buildTimeAxis(t, { mode: "relative", anchor, anchorEdge }, [0, 1], 2).descriptor.fallback;
}

const DEFAULT_LOCALE = "en-GB";

/**
 * The locale to format tick labels in: the one asked for when it is a BCP 47 language tag, else
 * the default, with a sentence that says so (a bad option never throws; it is reported).
 */
function usableLocale(asked: string | undefined): { locale: string; problem: string | null } {
  if (asked === undefined) return { locale: DEFAULT_LOCALE, problem: null };
  try {
    const locale = Intl.getCanonicalLocales(asked)[0] ?? DEFAULT_LOCALE;
    dateFormat(locale, "plain");
    return { locale, problem: null };
  } catch {
    const shown = String(asked).slice(0, 40);
    return {
      locale: DEFAULT_LOCALE,
      problem: `Locale '${shown}' is not a language tag like en-GB; dates are shown in ${DEFAULT_LOCALE}.`,
    };
  }
}

function calendarTicks(
  domain: [number, number],
  count: number,
  locale: string,
  x: (v: number) => number,
  keep: (px: number) => boolean = () => true,
): Tick[] {
  const from = new Date(domain[0] * MS_PER_DAY);
  const to = new Date(domain[1] * MS_PER_DAY);
  // Ticks too near a break are left out before labelling: the first one kept names its year.
  const dates = utcTicks(from, to, count).filter((d) =>
    keep(x(Math.floor(d.getTime() / MS_PER_DAY))),
  );
  const yearly = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const monthly = dates.every((d) => d.getUTCDate() === 1);
  const year = dateFormat(locale, "year");
  const month = dateFormat(locale, "month");
  const monthYear = dateFormat(locale, "monthYear");
  const dayMonth = dateFormat(locale, "dayMonth");
  return dates.map((d, i) => {
    const value = Math.floor(d.getTime() / MS_PER_DAY);
    const label = yearly
      ? year.format(d)
      : monthly
        ? i === 0 || d.getUTCMonth() === 0
          ? monthYear.format(d)
          : month.format(d)
        : dayMonth.format(d);
    return { x: x(value), value, label };
  });
}

function sequenceAxis(
  t: Timeline,
  range: [number, number],
  fallback: AxisFallback | null,
): TimeAxis {
  const n = Math.max(1, t.events.length + t.diagnoses.length);
  const domain: [number, number] = [0, n];
  const scale = linearMap(domain, range);
  return {
    descriptor: {
      mode: "sequence",
      domain,
      range,
      unit: null,
      title: "Order of events as told (no dates given)",
      anchor: null,
      frame: null,
      note: null,
      fallback,
      breaks: [],
      untimed: [],
    },
    ticks: [],
    x: (v) => scale(v),
    // The orchestrator gives each event a synthetic date equal to its index.
    place: (d) => ({ lo: d.earliest, hi: d.latest }),
  };
}

/**
 * The linear map from `domain` to `range`, computed as d3's `scaleLinear` does (normalize, then
 * interpolate), so positions are the same to the last bit.
 */
function linearMap(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (v) => {
    const t = span ? (v - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}

import { scaleLinear, scaleUtc } from "d3-scale";
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from "../dates/calendarDay.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { Timeline } from "../model/normalized.js";
import { eventName } from "./describeEvent.js";
import type { AxisDescriptor, AxisFallback, Tick } from "./types.js";

const MS_PER_DAY = 86_400_000;
const UNIT_DAYS = { day: 1, week: 7, month: DAYS_PER_MONTH, year: DAYS_PER_YEAR } as const;
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
}

/** Where a date falls on the axis, in axis values; `null` when it is not on this axis's frame. */
export interface AxisPlace {
  lo: number | null;
  hi: number | null;
}

/** The x scale the marks are placed with. */
export interface TimeAxis {
  descriptor: AxisDescriptor;
  ticks: Tick[];
  /** Axis value → px. */
  x(value: number): number;
  /** A resolved date in axis values, or null when it lives in another frame. */
  place(d: ResolvedDate): AxisPlace | null;
}

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

  // Anchor: a relative frame's root, or the requested / default anchor on the calendar.
  let anchor: AxisDescriptor["anchor"] = null;
  let origin = 0;
  const relative = frame !== null || opts.mode === "relative";
  if (frame !== null) {
    const { id, edge } = frameRoot(t, frame);
    anchor = { eventId: id, edge, day: null, label: labelOf(t, id) };
  } else if (relative) {
    const id = opts.anchor ?? t.diagnoses[0]?.id ?? t.events.find((e) => e.kind === "therapy")?.id;
    const edge = opts.anchorEdge ?? "start";
    const ev = t.events.find((e) => e.id === id) ?? t.diagnoses.find((d) => d.id === id);
    const d = ev ? (edge === "end" ? ev.span.end : ev.span.start) : undefined;
    const mid =
      d && d.frame === null && d.earliest !== null && d.latest !== null
        ? Math.round((d.earliest + d.latest) / 2)
        : null;
    if (id !== undefined && mid !== null) {
      anchor = { eventId: id, edge, day: mid, label: labelOf(t, id) };
      origin = mid;
    }
  }
  const mode = relative && anchor ? "relative" : "calendar";
  const fallback = axisFallback(t, opts, frame, anchor);
  let note: string | null = null;
  if (frame === null && opts.mode === "relative" && !anchor)
    note = opts.anchor
      ? `Anchor '${opts.anchor}' is no event or diagnosis with a calendar date here; calendar dates are shown.`
      : "No diagnosis or therapy with a calendar date to count from; calendar dates are shown.";
  if (frame !== null && opts.mode === "calendar")
    note =
      "Calendar dates are not reported; time is counted from the event the source dates everything from.";

  const place = (d: ResolvedDate): AxisPlace | null => {
    // An unknown date is placeable only as the origin of the frame it roots.
    if (d.frame !== frame || (d.precision === "unknown" && d.key !== frame)) return null;
    return {
      lo: d.earliest === null ? null : d.earliest - origin,
      hi: d.latest === null ? null : d.latest - origin,
    };
  };

  // Domain: every finite bound on this frame, padded.
  let lo = Infinity;
  let hi = -Infinity;
  const see = (d: ResolvedDate) => {
    const p = place(d);
    for (const v of [p?.lo, p?.hi])
      if (v !== null && v !== undefined) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  };
  for (const e of t.events) for (const d of Object.values(e.dates)) see(d);
  for (const e of t.events) [e.span.start, e.span.end].forEach(see);
  for (const d of t.diagnoses) see(d.span.start);
  if (t.dataCutoff) see(t.dataCutoff);
  if (!Number.isFinite(lo)) [lo, hi] = [0, 30];
  if (hi - lo < 30) [lo, hi] = [lo - 15, hi + 15];
  const pad = (hi - lo) * 0.04;
  const domain: [number, number] = opts.domain ?? [lo - pad, hi + pad];
  // Placement is a plain linear map (it runs for every date of every mark); d3 picks the ticks.
  const k = (range[1] - range[0]) / (domain[1] - domain[0]);
  const x = (v: number) => range[0] + (v - domain[0]) * k;

  let ticks: Tick[];
  let unit: AxisUnit | null = null;
  let title: string;
  if (mode === "calendar") {
    const { locale, problem } = usableLocale(opts.locale);
    if (problem) note = note ? `${note} ${problem}` : problem;
    ticks = calendarTicks(domain, count, locale, x);
    title = "Date";
  } else {
    const span = domain[1] - domain[0];
    unit =
      opts.unit ??
      (span <= 45 ? "day" : span <= 150 ? "week" : span <= 6 * DAYS_PER_YEAR ? "month" : "year");
    const u = UNIT_DAYS[unit];
    ticks = scaleLinear()
      .domain([domain[0] / u, domain[1] / u])
      .ticks(count)
      .map((v) => ({ x: x(v * u), value: v * u, label: String(Math.round(v * 100) / 100) }));
    const unitName = { day: "Days", week: "Weeks", month: "Months", year: "Years" }[unit];
    const what =
      anchor!.edge === "end"
        ? `end of ${anchor!.label}`
        : anchor!.label === "diagnosis"
          ? "diagnosis"
          : `start of ${anchor!.label}`;
    title = `${unitName} from ${what}${frame !== null ? " (calendar dates not reported)" : ""}`;
  }
  return {
    descriptor: { mode, domain, range, unit, title, anchor, frame, note, fallback },
    ticks,
    x,
    place,
  };
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
        ? [
            "relative-frame",
            "its dates are stated relative to an event whose calendar date is not reported",
          ]
        : [
            "anchor-undated",
            `the ${opts.anchorEdge ?? "start"} of '${asked}' has no bounded calendar date`,
          ];
  return { reason, eventId: asked, message };
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
    new Intl.DateTimeFormat(locale);
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
): Tick[] {
  const s = scaleUtc().domain([new Date(domain[0] * MS_PER_DAY), new Date(domain[1] * MS_PER_DAY)]);
  const dates = s.ticks(count);
  const yearly = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const monthly = dates.every((d) => d.getUTCDate() === 1);
  const fmt = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...o });
  const year = fmt({ year: "numeric" });
  const month = fmt({ month: "short" });
  const monthYear = fmt({ month: "short", year: "numeric" });
  const dayMonth = fmt({ day: "numeric", month: "short" });
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
  const scale = scaleLinear().domain(domain).range(range);
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
    },
    ticks: [],
    x: (v) => scale(v),
    // The orchestrator gives each event a synthetic date equal to its index.
    place: (d) => ({ lo: d.earliest, hi: d.latest }),
  };
}

import type { Day } from "./calendarDay.js";
import { formatDay } from "./calendarDay.js";

/** How precisely the source stated a date. */
export type DatePrecision = "day" | "month" | "year" | "relative" | "bounded" | "unknown";

/**
 * A date resolved to calendar bounds. `frame` is `null` for the calendar; otherwise the key
 * (`"<id>.start"`) of an event edge whose own calendar date is unknown, and the bounds count days
 * from it (seed 002 states everything relative to the start of osimertinib).
 * `earliest`/`latest` are inclusive; `null` means open on that side.
 */
export interface ResolvedDate {
  frame: string | null;
  /**
   * The frame's root in words, for readers: `start of carboplatin + etoposide` where `frame` is
   * `ce-1.start` (set by `parseTimeline`; a Timeline built otherwise may lack it).
   */
  frameName?: string;
  earliest: Day | null;
  latest: Day | null;
  precision: DatePrecision;
  /** The source hedged (`~`, "about"). */
  approximate: boolean;
  /** The source doubted it (`?`). */
  uncertain: boolean;
  /** The source's own words, when given. */
  text?: string;
  /** The slot this date was resolved for (`"<id>.start"`, `"<id>.modifications[0]"`…). */
  key?: string;
  /** The source states no date here (an end not given, an ongoing therapy's end): drawn open. */
  unstated?: boolean;
  /**
   * The day 0 of its frame, with no date of its own, that other dates are stated from ("4 weeks
   * after the last dose" makes the last dose a root): exact on that frame's axis, never drawn open.
   */
  root?: boolean;
  /**
   * Its latest day is the report's publication only (no statement bounds it above: "then", with
   * nothing dated after it): drawn like a date open above, by the stated order past the last
   * stated date, where the axis has no time scale, rather than spread evenly up to the report.
   */
  byReport?: boolean;
  /**
   * Where a drawing puts this date inside its window (a day in its frame), chosen so that no
   * stated order is contradicted and dates known only by order spread in that order. A position
   * for marks, never a date: it is not printed.
   */
  at?: number;
}

/** True when the date is a single known calendar day. */
export function isExactDay(d: ResolvedDate): boolean {
  return d.frame === null && d.earliest !== null && d.earliest === d.latest;
}

/** The middle of the bounds, or the known side when one is open; `null` if both are open. */
export function midpoint(d: ResolvedDate): number | null {
  if (d.earliest !== null && d.latest !== null) return (d.earliest + d.latest) / 2;
  return d.earliest ?? d.latest;
}

/** Human-readable bounds: `2023-05-03`, `2024-02-01…2024-02-29`, `day 380…410 from osimertinib.start`. */
export function describeDate(d: ResolvedDate): string {
  const fmt = (x: Day | null) => (x === null ? "?" : d.frame === null ? formatDay(x) : `day ${x}`);
  // Month and year precision read as stated ("2024-02", "2019"), not as the range they span.
  const stated =
    d.frame === null && d.earliest !== null && (d.precision === "month" || d.precision === "year")
      ? formatDay(d.earliest).slice(0, d.precision === "month" ? 7 : 4)
      : null;
  // A window open on one side reads as its bound: "≥ 2021-05-17", not "2021-05-17…?".
  const core =
    stated ??
    (d.earliest === d.latest
      ? fmt(d.earliest)
      : d.latest === null && d.earliest !== null
        ? `≥ ${fmt(d.earliest)}`
        : d.earliest === null && d.latest !== null
          ? `≤ ${fmt(d.latest)}`
          : `${fmt(d.earliest)}…${fmt(d.latest)}`);
  const prefix = d.approximate ? "~" : "";
  return d.frame === null ? prefix + core : `${prefix}${core} from ${d.frameName ?? d.frame}`;
}

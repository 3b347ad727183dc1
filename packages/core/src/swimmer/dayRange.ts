import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { DayRange } from "./types.js";

/**
 * Where date `d` lies in days from `anchor`: as wide as both dates' bounds allow, tighter when `d`
 * was stated relative to the anchor. `null` when they are on different frames (not comparable).
 */
export function dayRangeFrom(anchor: ResolvedDate, d: ResolvedDate): DayRange | null {
  if (anchor.frame !== d.frame) return null;
  if (anchor.key !== undefined && d.key === anchor.key) return { lo: 0, hi: 0 };
  if (d.precision === "unknown" && d.key !== d.frame) return null;
  let lo = d.earliest === null || anchor.latest === null ? null : d.earliest - anchor.latest;
  let hi = d.latest === null || anchor.earliest === null ? null : d.latest - anchor.earliest;
  const stated = anchor.key === undefined ? undefined : d.chain?.[anchor.key];
  if (stated) {
    lo = lo === null ? stated[0] : Math.max(lo, stated[0]);
    hi = stated[1] === null ? hi : hi === null ? stated[1] : Math.min(hi, stated[1]);
  }
  if (lo === null && hi === null) return null;
  return { lo, hi };
}

/** The middle of a range, or its known side; `null` when both sides are open. */
export function dayMid(r: DayRange): number | null {
  if (r.lo !== null && r.hi !== null) return (r.lo + r.hi) / 2;
  return r.lo ?? r.hi;
}

/** Days from `a`'s middle to `b`'s: a duration as bounds allow (`lo` ≥ 0). */
export function spanBetween(a: DayRange, b: DayRange): DayRange {
  const lo = a.hi === null || b.lo === null ? null : Math.max(0, b.lo - a.hi);
  const hi = a.lo === null || b.hi === null ? null : Math.max(0, b.hi - a.lo);
  return { lo, hi };
}

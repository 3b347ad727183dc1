import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { DayRange } from "./types.js";

/** Day zero of a row: the middle of the anchor's bounds (its known side when one is open). */
export function anchorOrigin(anchor: ResolvedDate): number | null {
  if (anchor.earliest !== null && anchor.latest !== null)
    return Math.round((anchor.earliest + anchor.latest) / 2);
  return anchor.earliest ?? anchor.latest;
}

/**
 * Where date `d` lies in days from the row's origin (the anchor's middle, as the patient view's
 * relative axis counts): its own bounds, shifted. `null` when it is on another frame.
 */
export function dayRangeFrom(
  anchor: ResolvedDate,
  origin: number,
  d: ResolvedDate,
): DayRange | null {
  if (anchor.frame !== d.frame) return null;
  if (d.precision === "unknown" && d.key !== d.frame) return null;
  if (d.earliest === null && d.latest === null) return null;
  return {
    lo: d.earliest === null ? null : d.earliest - origin,
    hi: d.latest === null ? null : d.latest - origin,
  };
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

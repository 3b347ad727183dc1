import type { ResolvedDate } from "../dates/resolvedDate.js";
import { midpoint } from "../dates/resolvedDate.js";
import type { TemporalNetwork } from "../dates/network.js";
import { offsetBetween } from "../dates/offsetBetween.js";

/**
 * Sort key of a date within its frame: its earliest possible day (then its midpoint), so a course
 * known only to start after another event is never sorted before an event whose window opens
 * earlier; `null` when both sides are open.
 */
export function sortKey(d: ResolvedDate): number | null {
  const mid = midpoint(d);
  if (mid === null) return null;
  return d.earliest ?? mid;
}

/**
 * Orders items by date when they all share one frame and have a sort key, else keeps their
 * document order (an undated timeline keeps the order the source told it in).
 */
export function chronological<T extends { index: number }>(
  items: readonly T[],
  dateOf: (t: T) => ResolvedDate,
): T[] {
  const frames = new Set(items.map((t) => dateOf(t).frame));
  const comparable = frames.size <= 1 && items.every((t) => sortKey(dateOf(t)) !== null);
  const out = [...items];
  if (!comparable) return out.sort((a, b) => a.index - b.index);
  return out.sort((a, b) => sortKey(dateOf(a))! - sortKey(dateOf(b))! || a.index - b.index);
}

/** True when `a` and `b` are the same known day (same frame). Equal uncertain bounds prove nothing. */
export function sameDate(a: ResolvedDate, b: ResolvedDate): boolean {
  return (
    a.frame === b.frame &&
    a.earliest !== null &&
    a.earliest === a.latest &&
    a.earliest === b.earliest &&
    b.latest === a.latest
  );
}

/** True when `d` may fall on or before `limit` (same frame, or undecidable ⇒ true). */
export function mayBeOnOrBefore(d: ResolvedDate, limit: ResolvedDate): boolean {
  if (d.frame !== limit.frame) return true;
  if (d.earliest === null || limit.latest === null) return true;
  return d.earliest <= limit.latest;
}

/**
 * The fewest days `b` is known to lie after `a`, by the calendar or by what the source states
 * (the network), whichever says more; `null` when neither says anything. Negative: `b` may lie
 * up to that many days before `a`.
 */
export function leastGap(
  network: TemporalNetwork,
  a: ResolvedDate,
  b: ResolvedDate,
): number | null {
  const calendar =
    a.frame === b.frame && a.latest !== null && b.earliest !== null ? b.earliest - a.latest : null;
  const stated = offsetBetween(network, a, b)?.[0] ?? null;
  if (calendar === null) return stated;
  return stated === null ? calendar : Math.max(calendar, stated);
}

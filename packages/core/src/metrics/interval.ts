import { DAYS_PER_MONTH } from "../dates/calendarDay.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { TemporalNetwork } from "../dates/network.js";
import { offsetBetween } from "../dates/offsetBetween.js";

/**
 * A duration between two fuzzy dates, in days. `minDays`/`maxDays` are what the bounds allow;
 * `null` means unbounded on that side. `censored` marks a duration that runs to a cut-off or last
 * follow-up rather than to the event itself.
 */
export interface FuzzyInterval {
  minDays: number | null;
  maxDays: number | null;
  censored: boolean;
}

/**
 * The interval from `a` to `b`, or `null` when they are not on one time line (different frames).
 * With the timeline's `network`, it is the tightest the statements allow together (a stated
 * offset stays exact even when both dates are only bounded). Negative minima are clamped to 0:
 * these are durations of things in order.
 */
export function intervalBetween(
  a: ResolvedDate,
  b: ResolvedDate,
  censored = false,
  network: TemporalNetwork = { constraints: [] },
): FuzzyInterval | null {
  const r = offsetBetween(network, a, b);
  if (r === null) return null;
  const [min, max] = r;
  if (min === null && max === null) return null;
  return {
    minDays: min === null ? null : Math.max(0, min),
    maxDays: max === null ? null : Math.max(0, max),
    censored,
  };
}

/** True when `months` lies within the interval's bounds. */
export function intervalContainsMonths(i: FuzzyInterval, months: number): boolean {
  const d = months * DAYS_PER_MONTH;
  return (
    (i.minDays === null || i.minDays <= d + 0.5) && (i.maxDays === null || d - 0.5 <= i.maxDays)
  );
}

const mo = (days: number) => (days / DAYS_PER_MONTH).toFixed(1);

/** `4.2 mo (129 days)`, `12.5–13.5 mo`, `≥ 52.6 mo`, with `+` for censored durations. */
export function formatInterval(i: FuzzyInterval | null): string {
  if (i === null) return "not computable";
  const plus = i.censored ? "+" : "";
  if (i.minDays !== null && i.minDays === i.maxDays)
    return `${mo(i.minDays)}${plus} mo (${i.minDays} days)`;
  // Nothing bounds it but its own order: not a length anyone stated.
  if (i.maxDays === null && !i.minDays) return `not stated${i.censored ? " (ongoing)" : ""}`;
  // Censored, the "+" already says "at least" ("29.0+ mo", not "≥ 29.0+ mo").
  if (i.maxDays === null)
    return i.censored ? `${mo(i.minDays ?? 0)}+ mo` : `≥ ${mo(i.minDays ?? 0)} mo`;
  if (i.minDays === null) return `≤ ${mo(i.maxDays)}${plus} mo`;
  return `${mo(i.minDays)}–${mo(i.maxDays)}${plus} mo`;
}

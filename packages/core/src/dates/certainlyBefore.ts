import type { ResolvedDate } from "./resolvedDate.js";

/** True when `a` is certainly before `b` (same frame, a's latest < b's earliest). */
export function certainlyBefore(a: ResolvedDate, b: ResolvedDate): boolean {
  return (
    a.frame === b.frame &&
    a.latest !== null &&
    b.earliest !== null &&
    a.latest < b.earliest &&
    possible(a) &&
    possible(b)
  );
}

/** A date whose bounds are not contradictory (those are reported once, where they are stated). */
const possible = (d: ResolvedDate) =>
  d.earliest === null || d.latest === null || d.earliest <= d.latest;

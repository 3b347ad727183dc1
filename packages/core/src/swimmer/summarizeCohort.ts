import { UNIT_DAYS } from "../dates/calendarDay.js";
import type { ResponseCode } from "../model/common.js";
import { alignCohort, filterRows, type SwimmerInput } from "./alignCohort.js";
import { groupRows } from "./groupRows.js";
import { resolveSwimmerOptions, type SwimmerOptions, type SwimmerUnit } from "./options.js";
import { sortRows } from "./sortRows.js";
import type { AlignedRow } from "./types.js";

/** A median of fuzzy durations: the point (median of midpoints) and the range of possible medians. */
export interface FuzzyMedian {
  value: number;
  /** Median of the earliest and of the latest possible durations. */
  low: number;
  high: number;
  /** The bounds are wide (the possible medians differ by more than 10 %): print the range. */
  wide: boolean;
}

/** The figures a paper gives for a group: n, response rate, median duration with range. */
export interface GroupSummary {
  /** Group value, or `all`. */
  group: string;
  n: number;
  /** Rows with a known duration on the aligned therapy (or the table's interval). */
  withDuration: number;
  /** Of those, how many run to a cut-off or last follow-up rather than the event. */
  censored: number;
  /** In the axis unit; `null` when no row has a duration. Not a Kaplan–Meier estimate. */
  median: FuzzyMedian | null;
  /** Shortest and longest duration (midpoints), in the axis unit. */
  range: [number, number] | null;
  /** Count per best response; rows without one are `notReported`. */
  responses: Record<ResponseCode, number>;
  notReported: number;
  /** CR + PR. */
  responders: number;
  /** Rows with a response call (the denominator of the ORR). */
  evaluable: number;
  /** Objective response rate, responders / evaluable, or `null` with no evaluable row. */
  orr: number | null;
  /** Rows flagged as a durable response. */
  durable: number;
}

/** The per-group summary of a cohort (and the whole), with the unit the durations are in. */
export interface CohortSummary {
  unit: SwimmerUnit;
  groupedBy: string | null;
  groups: GroupSummary[];
  overall: GroupSummary;
  notAligned: string[];
  filteredOut: string[];
}

const round = (x: number) => Math.round(x * 100) / 100;

function median(xs: readonly number[]): number {
  // A typed array sorts numbers without a comparator call per pair.
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Summarize rows already aligned (the swimmer's own rows). */
export function summarizeRows(
  group: string,
  rows: readonly AlignedRow[],
  unit: SwimmerUnit,
): GroupSummary {
  const u = UNIT_DAYS[unit];
  const timed = rows.filter(
    (r) => r.duration !== null && (r.duration.lo !== null || r.duration.hi !== null),
  );
  const lows = timed.map((r) => r.duration!.lo ?? r.duration!.hi!);
  const highs = timed.map((r) => r.duration!.hi ?? r.duration!.lo!);
  const mids = timed.map((_, i) => (lows[i]! + highs[i]!) / 2);
  let m: FuzzyMedian | null = null;
  if (timed.length) {
    const [value, low, high] = [median(mids), median(lows), median(highs)].map((d) =>
      round(d / u),
    ) as [number, number, number];
    m = { value, low, high, wide: high - low > 0.1 * Math.max(value, 1e-9) };
  }
  const responses: Record<ResponseCode, number> = { CR: 0, PR: 0, SD: 0, PD: 0, NE: 0 };
  for (const r of rows) if (r.response) responses[r.response]++;
  const evaluable = rows.filter((r) => r.response !== null).length;
  const responders = responses.CR + responses.PR;
  return {
    group,
    n: rows.length,
    withDuration: timed.length,
    censored: timed.filter((r) => r.censored).length,
    median: m,
    range: mids.length ? [round(Math.min(...mids) / u), round(Math.max(...mids) / u)] : null,
    responses,
    notReported: rows.length - evaluable,
    responders,
    evaluable,
    orr: evaluable ? responders / evaluable : null,
    durable: rows.filter((r) => r.durable).length,
  };
}

/**
 * Per-group summary of a cohort: n, ORR, median duration with its range, honest about fuzzy
 * bounds (a range of possible medians when they are wide). Same options as `layoutSwimmer`.
 */
export function summarizeCohort(input: SwimmerInput, options: SwimmerOptions = {}): CohortSummary {
  const o = resolveSwimmerOptions(options);
  const aligned = alignCohort(input, options);
  const { kept, out } = filterRows(aligned, options.filter);
  const rows = kept.filter((r) => r.aligned);
  const groups = groupRows(sortRows(rows, o.sort, o.order), o.group);
  return {
    unit: o.unit,
    groupedBy: o.group,
    groups: o.group === null ? [] : groups.map((g) => summarizeRows(g.label, g.rows, o.unit)),
    overall: summarizeRows("all", rows, o.unit),
    notAligned: kept.filter((r) => !r.aligned).map((r) => r.id),
    filteredOut: out,
  };
}

/** `n 16 · ORR 70% (7/10) · median 16 mo (range 6–34, 13 with a value)` */
export function formatGroupSummary(s: GroupSummary, unit: SwimmerUnit): string {
  const u = { day: "d", week: "wk", month: "mo", year: "y" }[unit];
  const orr =
    s.orr === null
      ? "ORR n/a"
      : `ORR ${Math.round(s.orr * 1000) / 10}% (${s.responders}/${s.evaluable})`;
  const med = s.median
    ? `median ${s.median.wide ? `${s.median.low}–${s.median.high}` : s.median.value} ${u} (range ${s.range![0]}–${s.range![1]}, ${s.withDuration} with a value${s.censored ? `, ${s.censored} censored` : ""})`
    : "median n/a";
  return `n ${s.n} · ${orr} · ${med}`;
}

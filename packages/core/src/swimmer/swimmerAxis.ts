import { niceTicks } from "../layout/ticks.js";
import type { Tick } from "../layout/types.js";
import { UNIT_DAYS } from "../dates/calendarDay.js";
import { dayMid } from "./dayRange.js";
import type { SwimmerUnit } from "./options.js";
import type { AlignedRow, DayRange } from "./types.js";

/** A linear axis over days from the anchor: a domain, a map to px and ticks in the unit. */
export interface DayAxis {
  domain: [number, number];
  range: [number, number];
  unit: SwimmerUnit;
  x(days: number): number;
  ticks: Tick[];
}

/** The days every aligned row reaches (bars, glyphs, ends), always including the anchor (0). */
export function dayExtent(rows: readonly AlignedRow[]): [number, number] {
  let lo = 0;
  let hi = 0;
  const take = (v: number | null) => {
    if (v === null) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  const see = (r: DayRange | null) => {
    if (!r) return;
    take(r.lo);
    take(r.hi);
    take(dayMid(r));
  };
  for (const row of rows) {
    if (!row.aligned) continue;
    for (const s of row.segments) {
      see(s.start);
      see(s.end);
    }
    for (const e of row.events) see(e.at);
    see(row.end?.at ?? null);
  }
  return [lo, hi];
}

/** Build the axis for a day domain (padded 4 % unless given), with about one tick per 80 px. */
export function dayAxis(
  extent: [number, number],
  range: [number, number],
  unit: SwimmerUnit,
  domain?: [number, number],
): DayAxis {
  const u = UNIT_DAYS[unit];
  const lo = extent[0];
  const hi = Math.max(extent[1], lo + u);
  const pad = (hi - lo) * 0.04;
  const d: [number, number] = domain ?? [lo < 0 ? lo - pad : 0, hi + pad];
  const k = (range[1] - range[0]) / (d[1] - d[0]);
  const x = (v: number) => range[0] + (v - d[0]) * k;
  const count = Math.max(2, Math.floor((range[1] - range[0]) / 80));
  const ticks = niceTicks(d[0] / u, d[1] / u, count).map((v) => ({
    x: x(v * u),
    value: v * u,
    label: String(Math.round(v * 100) / 100),
  }));
  return { domain: d, range, unit, x, ticks };
}

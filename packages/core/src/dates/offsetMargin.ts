import type { Offset } from "../model/dateInput.js";
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from "./calendarDay.js";

/**
 * How far either way an offset may really lie, in its own unit. An offset is as precise as its
 * unit: "3 months" means 3 ± ½ month, "2 weeks" 2 ± ½ week, "1 year" 1 ± ½ year, "21 days" exactly
 * 21 days. When the source hedges ("about", `approximate`), the margin is a quarter of the amount,
 * and never less than half a unit: "about one year" is 6–18 months, "about 3 months" 2¼–3¾ months,
 * "about 10 days" 7½–12½ days.
 */
export function offsetMargin(offset: Offset, approximate: boolean): number {
  if (approximate) return Math.max(Math.abs(offset.amount) / 4, 0.5);
  return offset.unit === "day" ? 0 : 0.5;
}

/** Days in one unit; a cycle needs its regimen's cycle length. Month and year use mean lengths. */
export function daysPerUnit(unit: Offset["unit"], cycleDays?: number): number {
  switch (unit) {
    case "day":
      return 1;
    case "week":
      return 7;
    case "month":
      return DAYS_PER_MONTH;
    case "year":
      return DAYS_PER_YEAR;
    case "cycle":
      return cycleDays ?? Number.NaN;
  }
}

/**
 * The whole-day range `[min, max]` an offset (or a stated duration) may span, rounded outward so
 * that it always contains the stated amount ± its margin: "5 months" → 136…168 days, which reads
 * back as 4.5–5.5 months. A threshold (the offset of an after/before bound) has no margin: "more
 * than 1 year" is at least 365 days, not 6 months.
 */
export function offsetDays(
  offset: Offset,
  approximate: boolean,
  cycleDays?: number,
  threshold = false,
): [number, number] {
  // A bound's offset is a threshold ("more than a year after the surgery"): no margin.
  const m = threshold ? 0 : offsetMargin(offset, approximate);
  const per = daysPerUnit(offset.unit, cycleDays);
  // Calendar months differ from their mean by up to 2 days ("two months after 1 February" is
  // 1 April, 59 days): a threshold in months keeps that slack, so it never contradicts one.
  const slack = threshold && offset.unit === "month" ? 2 : 0;
  const lo = (offset.amount - m) * per - slack;
  const hi = (offset.amount + m) * per + slack;
  return [outward(lo, Math.floor), outward(hi, Math.ceil)];
}

/** Round outward, but keep whole products (3 weeks = 21 days) free of floating-point noise. */
const outward = (x: number, round: (x: number) => number): number =>
  Math.abs(x - Math.round(x)) < 1e-9 ? Math.round(x) : round(x);

import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, addYears, endOfMonth, differenceInCalendarDays } from "date-fns";

/**
 * A calendar day as a whole number of days since 1970-01-01. It has no time and no time zone,
 * so no `TZ` can shift it. All arithmetic goes through date-fns on `UTCDate`.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

const toUtc = (day: Day): UTCDate => new UTCDate(day * MS_PER_DAY);
const fromUtc = (d: Date): Day => Math.floor(d.getTime() / MS_PER_DAY);

/** The day for a year, month (1–12) and day of month; `null` when no such day exists. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  const d = new UTCDate(year, month - 1, dayOfMonth);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== dayOfMonth)
    return null;
  return fromUtc(d);
}

/** Last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): Day {
  return fromUtc(endOfMonth(new UTCDate(year, month - 1, 1)));
}

/**
 * `YYYY-MM-DD` for a day, by integer arithmetic (H. Hinnant's civil-from-days): no Date object,
 * so formatting thousands of dates allocates nothing. A test round-trips every day 1900–2100.
 */
export function formatDay(day: Day): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Parse `YYYY-MM-DD` strictly; `null` when it is not a real calendar day. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Add a (possibly fractional, possibly negative) number of calendar units. */
export function addUnits(day: Day, amount: number, unit: "day" | "week" | "month" | "year"): Day {
  const whole = Math.trunc(amount);
  const frac = amount - whole;
  let d: Date = toUtc(day);
  switch (unit) {
    case "day":
      return day + Math.round(amount);
    case "week":
      return day + Math.round(amount * 7);
    case "month":
      d = addMonths(d, whole);
      return fromUtc(addDays(d, Math.round(frac * DAYS_PER_MONTH)));
    case "year":
      d = addYears(d, whole);
      return fromUtc(addDays(d, Math.round(frac * DAYS_PER_YEAR)));
  }
}

/** Calendar days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return differenceInCalendarDays(toUtc(b), toUtc(a));
}

/** Mean Gregorian month and year lengths, used only for fractional offsets and month read-outs. */
export const DAYS_PER_MONTH = 30.436875;
export const DAYS_PER_YEAR = 365.2425;

/**
 * A calendar day as a whole number of days since 1970-01-01. It has no time and no time zone,
 * so no `TZ` can shift it. All arithmetic is integer civil-date arithmetic on the proleptic
 * Gregorian calendar (H. Hinnant's `days_from_civil` / `civil_from_days`): no `Date` object, so
 * no two-digit-year mapping (JS `Date` reads years 0–99 as 1900–1999) and no time zone, for any
 * year. Which years a document may state is decided by `parseEdtf` (`MIN_YEAR`…`MAX_YEAR`).
 */
export type Day = number;

/** Days from 1970-01-01 to a year, month (1–12) and day of month; no check that the day exists. */
function daysFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of month of a day. */
function civilFromDays(day: Day): [number, number, number] {
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
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of a year. */
const monthLength = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;

/** The day for a year, month (1–12) and day of month; `null` when no such day exists. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  if (
    !Number.isSafeInteger(year) ||
    !Number.isSafeInteger(month) ||
    !Number.isSafeInteger(dayOfMonth)
  )
    return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > monthLength(year, month))
    return null;
  return daysFromCivil(year, month, dayOfMonth);
}

/** Last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): Day {
  return daysFromCivil(year, month, monthLength(year, month));
}

/**
 * `YYYY-MM-DD` for a day, by integer arithmetic: no Date object, so formatting thousands of
 * dates allocates nothing. A test round-trips every day 1800–2200. Years before 1 print with a
 * sign (`-0001`), years after 9999 with all their digits; parsing accepts only `YYYY`.
 */
export function formatDay(day: Day): string {
  const [y, m, d] = civilFromDays(day);
  const year = y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  return `${year}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Parse `YYYY-MM-DD` strictly; `null` when it is not a real calendar day. */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Whole months added the calendar way: the day of month is clamped to the target month's end. */
function addMonths(day: Day, months: number): Day {
  const [y, m, d] = civilFromDays(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(d, monthLength(year, month)));
}

/** Add a (possibly fractional, possibly negative) number of calendar units. */
export function addUnits(day: Day, amount: number, unit: "day" | "week" | "month" | "year"): Day {
  const whole = Math.trunc(amount);
  const frac = amount - whole;
  switch (unit) {
    case "day":
      return day + Math.round(amount);
    case "week":
      return day + Math.round(amount * 7);
    case "month":
      return addMonths(day, whole) + Math.round(frac * DAYS_PER_MONTH);
    case "year":
      // A year is twelve months: 29 February plus one year is 28 February.
      return addMonths(day, whole * 12) + Math.round(frac * DAYS_PER_YEAR);
  }
}

/** Calendar days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return b - a;
}

/** Mean Gregorian month and year lengths, used only for fractional offsets and month read-outs. */
export const DAYS_PER_MONTH = 30.436875;
export const DAYS_PER_YEAR = 365.2425;

/** Days in one unit of an axis or a stated duration (a month and a year are their means). */
export const UNIT_DAYS = { day: 1, week: 7, month: DAYS_PER_MONTH, year: DAYS_PER_YEAR } as const;

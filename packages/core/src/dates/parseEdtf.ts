import { dayFromParts, lastDayOfMonth } from "./calendarDay.js";
import type { ResolvedDate } from "./resolvedDate.js";
import { MAX_YEAR, MIN_YEAR } from "./supportedYears.js";

const EDTF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

/**
 * Parse an EDTF level 0 date with optional `~` (approximate), `?` (uncertain) or `%` (both) into
 * calendar bounds. Returns an error message when the string names no real day, or a year outside
 * `MIN_YEAR`…`MAX_YEAR` (1800–2200).
 *
 * We parse this small subset ourselves rather than use the `edtf` package: we need only level 0
 * plus one qualifier, `edtf` brings a grammar runtime (nearley) and returns JS `Date`s tied to
 * epoch milliseconds, and our bounds must be plain calendar days that no time zone can shift.
 */
export function parseEdtf(input: string): ResolvedDate | string {
  const m = EDTF.exec(input);
  if (!m) return `'${input}' is not a date like 2023-05-03, 2024-02 or 2019`;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return `'${input}' is in the year ${year}; dates must lie in the years ${MIN_YEAR}–${MAX_YEAR}`;
  const q = m[4] ?? "";
  // Object literals of one shape (no spreads): a document holds thousands of dates.
  const approximate = q === "~" || q === "%";
  const uncertain = q === "?" || q === "%";
  if (m[2] === undefined) {
    const earliest = dayFromParts(year, 1, 1);
    const latest = dayFromParts(year, 12, 31);
    return { frame: null, approximate, uncertain, earliest, latest, precision: "year" };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `'${input}' has month ${m[2]}; months run 01–12`;
  if (m[3] === undefined) {
    const earliest = dayFromParts(year, month, 1);
    const latest = lastDayOfMonth(year, month);
    return { frame: null, approximate, uncertain, earliest, latest, precision: "month" };
  }
  const day = dayFromParts(year, month, Number(m[3]));
  if (day === null)
    return `'${input}' is not a day of the calendar (${m[1]}-${m[2]} has no day ${m[3]})`;
  return { frame: null, approximate, uncertain, earliest: day, latest: day, precision: "day" };
}

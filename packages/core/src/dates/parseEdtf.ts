import { dayFromParts, lastDayOfMonth } from "./calendarDay.js";
import type { ResolvedDate } from "./resolvedDate.js";
import { MAX_YEAR, MIN_YEAR } from "./supportedYears.js";

/** One date: a year (trailing digits may be `X`), a month or a sub-year grouping, a day. */
const EDTF = /^(\d{2}[\dX]{2})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([~?%]?)$/;

/**
 * Sub-year groupings (EDTF levels 1 and 2), codes 21–41, as first and last month, in pairs:
 * seasons 21–24 read as in the northern hemisphere (spring, summer, autumn, winter), 25–28
 * northern and 29–32 southern, quarters 33–36, quadrimesters 37–39, semesters 40–41. Months count
 * from this year's January as 1, so 0 is the December before and 14 the February after: a winter
 * spans the year's end, and winter 2018 may be the one that ends in 2018 or the one that begins
 * in it, so both are allowed (December 2017 to February 2019) rather than choosing one.
 */
const GROUPS = [
  3, 5, 6, 8, 9, 11, 0, 14, 3, 5, 6, 8, 9, 11, 0, 14, 9, 11, 0, 14, 3, 5, 6, 8, 1, 3, 4, 6, 7, 9,
  10, 12, 1, 4, 5, 8, 9, 12, 1, 6, 7, 12,
];

/**
 * Parse an EDTF date into calendar bounds: level 0 (`2023-05-03`, `2024-02`, `2019`, and intervals
 * `2018-01/2018-04`), with `~` (approximate), `?` (uncertain) or `%` (both); from level 1,
 * unspecified digits (`201X`: the 2010s, `2018-XX`: some month of 2018), seasons (`2018-21`) and
 * open or unknown interval ends (`2018-06/..`, `../2019`, `/2019`); from level 2, hemisphere
 * seasons, quarters (`2018-33`), quadrimesters and semesters (`2018-40`: the first half). Returns
 * an error message when the string names no real day or span, or lies outside `MIN_YEAR`…
 * `MAX_YEAR` (1800–2200).
 *
 * We parse this subset ourselves rather than use the `edtf` package: `edtf` brings a grammar
 * runtime (nearley) and returns JS `Date`s tied to epoch milliseconds, and our bounds must be
 * plain calendar days that no time zone can shift.
 */
export function parseEdtf(input: string): ResolvedDate | string {
  const slash = input.indexOf("/");
  if (slash >= 0) return parseInterval(input, slash);
  return parseOne(input);
}

/** `A/B`, with `..` (open) or nothing (unknown) on either side, but not both. */
function parseInterval(input: string, slash: number): ResolvedDate | string {
  const a = input.slice(0, slash);
  const b = input.slice(slash + 1);
  const open = (s: string) => s === "" || s === "..";
  if (b.includes("/") || (open(a) && open(b)))
    return `'${input}' is not a date interval like 2018-01/2018-04 or 2018-06/..`;
  const from = open(a) ? null : parseOne(a);
  const to = open(b) ? null : parseOne(b);
  if (typeof from === "string") return from;
  if (typeof to === "string") return to;
  if (from && to && from.earliest! > to.latest!)
    return `'${input}' ends before it begins (${a} is after ${b})`;
  return {
    frame: null,
    approximate: (from?.approximate ?? false) || (to?.approximate ?? false),
    uncertain: (from?.uncertain ?? false) || (to?.uncertain ?? false),
    earliest: from ? from.earliest : null,
    latest: to ? to.latest : null,
    precision: "bounded",
  };
}

function parseOne(input: string): ResolvedDate | string {
  const m = EDTF.exec(input);
  if (!m)
    return `'${input}' is not a date like 2023-05-03, 2024-02, 2019, 201X, 2018-33 or 2018-01/2018-04`;
  const q = m[4] ?? "";
  // Object literals of one shape (no spreads): a document holds thousands of dates.
  const approximate = q === "~" || q === "%";
  const uncertain = q === "?" || q === "%";
  const y = m[1]!;
  if (y.includes("X")) {
    // 201X, 20XX: unspecified digits are trailing ones, and nothing finer may follow.
    if (!/^\d+X+$/.test(y) || (m[2] !== undefined && m[2] !== "XX") || m[3] !== undefined)
      return `'${input}' has unspecified digits (X) where only the year's last digits may be: write a decade or century alone ('201X', '20XX') or a month of a known year ('2018-XX'); a month whose year is not stated cannot be a date (say it in "text")`;
    const span = 10 ** (y.length - y.indexOf("X"));
    const first = Number(y.replace(/X/g, "0"));
    const last = first + span - 1;
    if (first < MIN_YEAR || last > MAX_YEAR)
      return `'${input}' spans the years ${first}–${last}; dates must lie in the years ${MIN_YEAR}–${MAX_YEAR}`;
    const earliest = dayFromParts(first, 1, 1);
    const latest = dayFromParts(last, 12, 31);
    return { frame: null, approximate, uncertain, earliest, latest, precision: "bounded" };
  }
  const year = Number(y);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return `'${input}' is in the year ${year}; dates must lie in the years ${MIN_YEAR}–${MAX_YEAR}`;
  if (m[2] === undefined || (m[2] === "XX" && (m[3] === undefined || m[3] === "XX"))) {
    const earliest = dayFromParts(year, 1, 1);
    const latest = dayFromParts(year, 12, 31);
    return { frame: null, approximate, uncertain, earliest, latest, precision: "year" };
  }
  if (m[2] === "XX") return `'${input}' names a day but not its month`;
  const month = Number(m[2]);
  if (month >= 21 && month <= 41 && m[3] === undefined) {
    const group: [number, number] = [GROUPS[2 * (month - 21)]!, GROUPS[2 * (month - 21) + 1]!];
    // Months counted from this year's January as 1: 0 is the December before, 14 the February after.
    const at = (k: number): [number, number] => [
      year + Math.floor((k - 1) / 12),
      ((((k - 1) % 12) + 12) % 12) + 1,
    ];
    const [ay, am] = at(group[0]);
    const [by, bm] = at(group[1]);
    if (ay < MIN_YEAR || by > MAX_YEAR)
      return `'${input}' reaches outside the years ${MIN_YEAR}–${MAX_YEAR}`;
    const earliest = dayFromParts(ay, am, 1);
    const latest = lastDayOfMonth(by, bm);
    return { frame: null, approximate, uncertain, earliest, latest, precision: "bounded" };
  }
  if (month < 1 || month > 12)
    return `'${input}' has month ${m[2]}; months run 01–12 (21–41: seasons, quarters, semesters)`;
  if (m[3] === undefined || m[3] === "XX") {
    const earliest = dayFromParts(year, month, 1);
    const latest = lastDayOfMonth(year, month);
    return { frame: null, approximate, uncertain, earliest, latest, precision: "month" };
  }
  const day = dayFromParts(year, month, Number(m[3]));
  if (day === null)
    return `'${input}' is not a day of the calendar (${m[1]}-${m[2]} has no day ${m[3]})`;
  return { frame: null, approximate, uncertain, earliest: day, latest: day, precision: "day" };
}

import type { DateInput } from "@oncoline/core";

/** Id of the diagnosis every imported cBioPortal patient gets: day 0 of its timeline. */
export const DAY_ZERO = "diagnosis";

/** The model's largest offset, in units (here days) either way. */
export const MAX_DAY_OFFSET = 100_000;

/** Day N of a cBioPortal timeline: exactly N days after (or before) the day-0 diagnosis. */
export const dayDate = (day: number): DateInput => ({
  relativeTo: { event: DAY_ZERO },
  offset: { amount: day, unit: "day" },
});

/**
 * A day count as cBioPortal writes it: a whole number, possibly negative (before diagnosis).
 * Returns the number, or the reason it is not one.
 */
export function parseDayCount(text: string): number | string {
  if (text === "") return "is blank";
  const n = Number(text);
  if (!/^[+-]?\d+(\.0+)?$/.test(text) || !Number.isSafeInteger(n))
    return `'${text}' is not a whole number of days`;
  if (Math.abs(n) > MAX_DAY_OFFSET)
    return `day ${n} is further than ${MAX_DAY_OFFSET} days from day 0, the longest offset a date can state`;
  return n;
}

/**
 * The calendar years a document may state: clinical dates from 1800 to 2200. Outside that a date
 * is a typo (`0023-05-03`, `20230-05`) rather than a fact, and saying so beats drawing an axis that
 * spans two thousand years. Dates computed from offsets may fall outside; the arithmetic is exact
 * for any year.
 */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

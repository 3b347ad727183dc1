/**
 * Axis tick values, the same to the last bit as d3-array's `ticks` and d3-time's `utcTicks`
 * (d3-array 3.2.5, d3-time 3.1.1; the same ISC-licensed algorithms, written for this axis). The
 * two libraries were 7.7 kB minified of every page that draws a figure, because `utcTicks` keeps
 * every interval d3-time has; the axis needs only these two functions. `ticks.test.ts` checks
 * both against d3 on random and edge-case domains.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** [first index, last index, increment (negative: its inverse)], as d3-array's tickSpec. */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let inc: number;
  let i1: number;
  let i2: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop` (d3-array's `ticks`). */
export function niceTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const out: number[] = [];
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    out.push(inc < 0 ? k / -inc : k * inc);
  }
  return out;
}

/** d3-array's `tickStep`: the step `niceTicks` would use (a fraction when below 1). */
function tickStep(start: number, stop: number, count: number): number {
  const reverse = stop < start;
  const inc = reverse ? tickSpec(stop, start, count)[2] : tickSpec(start, stop, count)[2];
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A UTC interval: `floor` moves a date back to the interval's start, `next` on by one, `field`
 * is what `every(step)` keeps multiples of (null: every boundary).
 */
interface Interval {
  floor: (d: Date) => void;
  next: (d: Date) => void;
  field: ((d: Date) => number) | null;
}
const fixed = (ms: number, field: (d: Date) => number): Interval => ({
  floor: (d) => d.setTime(Math.floor(+d / ms) * ms),
  next: (d) => d.setTime(+d + ms),
  field,
});
const SECONDS = fixed(SECOND, (d) => d.getUTCSeconds());
const MINUTES = fixed(MINUTE, (d) => d.getUTCMinutes());
const HOURS = fixed(HOUR, (d) => d.getUTCHours());
// d3-time's utcTicks steps days as Unix days (every other day: even days since 1970).
const DAYS = fixed(DAY, (d) => Math.floor(+d / DAY));
const SUNDAYS: Interval = {
  floor: (d) => d.setTime((Math.floor(+d / DAY) - d.getUTCDay()) * DAY),
  next: (d) => d.setTime(+d + 7 * DAY),
  field: null,
};
const MONTHS: Interval = {
  floor: (d) => {
    d.setUTCDate(1);
    d.setUTCHours(0, 0, 0, 0);
  },
  next: (d) => d.setUTCMonth(d.getUTCMonth() + 1),
  field: (d) => d.getUTCMonth(),
};
const YEARS: Interval = {
  floor: (d) => {
    d.setUTCMonth(0, 1);
    d.setUTCHours(0, 0, 0, 0);
  },
  next: (d) => d.setUTCFullYear(d.getUTCFullYear() + 1),
  field: (d) => d.getUTCFullYear(),
};
const YEAR = 365 * DAY;

// d3-time's tick intervals: [interval, step, approximate length in ms].
const TICK_INTERVALS: [Interval, number, number][] = [
  [SECONDS, 1, SECOND],
  [SECONDS, 5, 5 * SECOND],
  [SECONDS, 15, 15 * SECOND],
  [SECONDS, 30, 30 * SECOND],
  [MINUTES, 1, MINUTE],
  [MINUTES, 5, 5 * MINUTE],
  [MINUTES, 15, 15 * MINUTE],
  [MINUTES, 30, 30 * MINUTE],
  [HOURS, 1, HOUR],
  [HOURS, 3, 3 * HOUR],
  [HOURS, 6, 6 * HOUR],
  [HOURS, 12, 12 * HOUR],
  [DAYS, 1, DAY],
  [DAYS, 2, 2 * DAY],
  [SUNDAYS, 1, 7 * DAY],
  [MONTHS, 1, 30 * DAY],
  [MONTHS, 3, 90 * DAY],
  [YEARS, 1, YEAR],
];

/**
 * About `count` UTC calendar ticks from `start` to `stop`, both included (d3-time's
 * `utcTicks`): seconds to months at d3's steps, whole years at a nice step beyond.
 */
export function utcTicks(start: Date, stop: Date, count: number): Date[] {
  const reverse = stop < start;
  const [a, b] = reverse ? [+stop, +start] : [+start, +stop];
  const target = Math.abs(b - a) / count;
  let i = 0;
  while (i < TICK_INTERVALS.length && TICK_INTERVALS[i]![2] <= target) i++;
  const out: Date[] = [];
  let t: Interval;
  let step: number;
  if (i === 0) {
    // Under a second: multiples of a nice number of milliseconds.
    step = Math.floor(Math.max(tickStep(a, b, count), 1));
    for (let v = Math.ceil(a / step) * step; v <= b && step > 0; v += step) out.push(new Date(v));
    return reverse ? out.reverse() : out;
  }
  if (i === TICK_INTERVALS.length) {
    t = YEARS;
    step = Math.floor(tickStep(a / YEAR, b / YEAR, count));
  } else {
    const j = target / TICK_INTERVALS[i - 1]![2] < TICK_INTERVALS[i]![2] / target ? i - 1 : i;
    [t, step] = TICK_INTERVALS[j]!;
  }
  if (!(step > 0) || !Number.isFinite(step)) return out;
  // From the first boundary at or after `start` to `stop`, both included, keeping multiples.
  const d = new Date(a - 1);
  t.floor(d);
  t.next(d);
  for (t.floor(d); +d <= b; t.next(d), t.floor(d))
    if (step === 1 || (t.field?.(d) ?? 0) % step === 0) out.push(new Date(+d));
  return reverse ? out.reverse() : out;
}

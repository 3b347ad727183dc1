import { ticks as d3Ticks } from "d3-array";
import { utcTicks as d3UtcTicks } from "d3-time";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { niceTicks, utcTicks } from "../src/layout/ticks.js";

// The axis's tick values are d3's, to the last bit: d3-array and d3-time stay as dev
// dependencies of core only to check that here.
const DAY = 86_400_000;
const times = (ds: Date[]) => ds.map((d) => d.getTime());

describe("niceTicks is d3-array's ticks", () => {
  it("on random domains and counts, both directions", () => {
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: -400, max: 400 }),
      fc.double({ min: -2, max: 2, noNaN: true }),
    );
    fc.assert(
      fc.property(value, value, fc.double({ min: 0, max: 40, noNaN: true }), (a, b, n) => {
        let expected: number[];
        try {
          expected = d3Ticks(a, b, n);
        } catch {
          return; // d3 throws on steps below the smallest double (1e-323 apart)
        }
        expect(niceTicks(a, b, n)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
  it("on the edge cases: equal ends, no count, a count below 2", () => {
    for (const [a, b, n] of [
      [3, 3, 5],
      [0, 10, 0],
      [0, 10, -1],
      [0.1, 0.2, 1],
      [0, 1, 0.5],
      [-7.25, 91.5, 1.5],
      [1e-9, 3e-9, 10],
    ] as const)
      expect(niceTicks(a, b, n)).toEqual(d3Ticks(a, b, n));
  });
});

describe("utcTicks is d3-time's utcTicks", () => {
  it("on day domains of a few days to centuries, as the axis asks (counts 1 to 20)", () => {
    const day = fc.double({ min: -80_000, max: 80_000, noNaN: true });
    const span = fc.oneof(
      fc.double({ min: 0, max: 10, noNaN: true }),
      fc.double({ min: 0, max: 800, noNaN: true }),
      fc.double({ min: 0, max: 60_000, noNaN: true }),
    );
    fc.assert(
      fc.property(day, span, fc.integer({ min: 1, max: 20 }), (d0, s, n) => {
        const from = new Date(d0 * DAY);
        const to = new Date((d0 + s) * DAY);
        expect(times(utcTicks(from, to, n))).toEqual(times(d3UtcTicks(from, to, n)));
        expect(times(utcTicks(to, from, n))).toEqual(times(d3UtcTicks(to, from, n)));
      }),
      { numRuns: 5000 },
    );
  });
  it("under a day: hours, minutes, seconds and milliseconds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 4e12 }),
        fc.integer({ min: 0, max: 2 * DAY }),
        fc.integer({ min: 1, max: 20 }),
        (t, s, n) => {
          const from = new Date(t);
          const to = new Date(t + s);
          expect(times(utcTicks(from, to, n))).toEqual(times(d3UtcTicks(from, to, n)));
        },
      ),
      { numRuns: 3000 },
    );
  });
  it("at the interval boundaries: weeks from Sunday, quarters, odd days of the month, years of ten", () => {
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    for (const [a, b, n] of [
      ["2024-02-01", "2024-02-29", 10], // two days: even days since 1970
      ["2024-01-03", "2024-04-20", 10], // Sundays
      ["2019-11-15", "2022-03-01", 10], // quarters
      ["2019-01-01", "2024-01-01", 5], // years, both ends included
      ["1890-06-01", "2024-06-01", 8], // twenty years
      ["0050-03-01", "0060-01-01", 4], // years before 100
    ] as const)
      expect(times(utcTicks(at(a), at(b), n))).toEqual(times(d3UtcTicks(at(a), at(b), n)));
  });
});

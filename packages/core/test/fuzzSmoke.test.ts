// A small run of `pnpm fuzz` (scripts/fuzz.mjs), so the nightly properties cannot rot unnoticed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDGE_DATES, fuzzProperties } from "../../../scripts/fuzz.mjs";
import * as core from "../src/index.js";

describe("pnpm fuzz, in small", () => {
  it("parseTimeline and parseCohort hold the fuzz properties on 300 cases each", () => {
    const { timeline, cohort, stats } = fuzzProperties(core);
    fc.assert(timeline, { numRuns: 300, seed: 15 });
    fc.assert(cohort, { numRuns: 300, seed: 15 });
    // Both accepted documents (whose dates were checked) and refused ones were tried.
    for (const s of Object.values(stats)) {
      expect(s.accepted).toBeGreaterThan(20);
      expect(s.refused).toBeGreaterThan(20);
    }
  });

  it("the edge dates include both ends of 1800–2200 and the years just outside", () => {
    expect(EDGE_DATES).toEqual(
      expect.arrayContaining(["1800-01-01", "2200-12-31", "1799-12-31", "2201-01-01"]),
    );
  });
});

import { describe, expect, it } from "vitest";
import { layoutTimeline, parseTimeline, summarizeTimeline, type Timeline } from "../src/index.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

describe("a parsed timeline survives JSON", () => {
  for (const s of patientSeeds()) {
    it(`layoutTimeline(JSON round trip of ${s.file}) draws the same marks and metrics`, () => {
      const r = parseTimeline(s.json);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const copy = JSON.parse(JSON.stringify(r.value)) as Timeline;
      // Moments and courses are told apart by data (`span.moment`), not by object identity.
      expect(copy.events.map((e) => e.span.moment)).toEqual(
        r.value.events.map((e) => e.span.moment),
      );
      expect(layoutTimeline(copy, { width: 960 })).toEqual(layoutTimeline(r.value, { width: 960 }));
      expect(summarizeTimeline(copy)).toEqual(summarizeTimeline(r.value));
    });
  }
});

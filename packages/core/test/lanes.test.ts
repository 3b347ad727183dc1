import { describe, expect, it } from "vitest";
import { LANE_LABELS, layoutTimeline } from "../src/index.js";
import { parse } from "./fixtures.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

describe("layoutTimeline lanes", () => {
  it("layoutTimeline(model) gives every lane a unique id (its kind) and its kind's title", () => {
    for (const seed of patientSeeds().slice(0, 4)) {
      const { lanes } = layoutTimeline(parse(seed.json), { width: 900 });
      expect(lanes.length).toBeGreaterThan(0);
      expect(new Set(lanes.map((l) => l.id)).size).toBe(lanes.length);
      for (const lane of lanes) {
        expect(lane.id).toBe(lane.kind);
        expect(lane.label).toBe(LANE_LABELS[lane.kind]);
      }
    }
  });
});

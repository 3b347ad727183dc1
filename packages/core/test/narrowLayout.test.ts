// The narrow layout (issue 13, responsive): below NARROW_WIDTH the lane titles leave the gutter for
// a line above their lane, so the plot takes nearly the whole width at the theme's type size.
import { describe, expect, it } from "vitest";
import { layoutTimeline, measureText } from "../src/index.js";
import { NARROW_INSET, NARROW_WIDTH } from "../src/layout/geometry.js";
import { parse } from "./fixtures.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

describe("the narrow layout", () => {
  for (const { file, json } of patientSeeds()) {
    it(`layoutTimeline(${file}, {width: 360}): the plot starts at the inset; each lane's title line is above every mark of the lane`, () => {
      const l = layoutTimeline(parse(json), { width: 360 });
      expect(l.plot.x).toBe(NARROW_INSET);
      for (const lane of l.lanes) {
        const marks = l.marks.filter((m) => m.lane === lane.kind);
        const titleBottom = lane.title.y + (lane.labelLines.length - 1) * lane.title.lineHeight;
        for (const m of marks) expect(m.bounds.y).toBeGreaterThan(titleBottom);
        // The title fits the width: no line is wider than the figure.
        for (const line of lane.labelLines)
          expect(measureText(line, l.fontSize, "bold")).toBeLessThanOrEqual(360);
      }
    });
  }

  it(`switches at ${NARROW_WIDTH} px: a title column at ${NARROW_WIDTH}, none just below; the type size never changes`, () => {
    const t = parse(patientSeeds()[0]!.json);
    const wide = layoutTimeline(t, { width: NARROW_WIDTH, fontSize: 12 });
    const narrow = layoutTimeline(t, { width: NARROW_WIDTH - 1, fontSize: 12 });
    expect(wide.plot.x).toBeGreaterThan(60);
    expect(narrow.plot.x).toBe(NARROW_INSET);
    expect(narrow.plot.width).toBeGreaterThan(wide.plot.width);
    expect([wide.fontSize, narrow.fontSize]).toEqual([12, 12]);
  });

  it("an explicit gutter keeps the title column at any width", () => {
    const t = parse(patientSeeds()[0]!.json);
    expect(layoutTimeline(t, { width: 360, gutter: 90 }).plot.x).toBe(90);
  });
});

// A lab track whose values span orders of magnitude (a tumour marker falling from 1,840 to 12 and
// rising again to 410) is drawn on a log scale, which its label states; a linear track from 0 would
// draw the fall and the rise below the first value as an almost flat line.
import { describe, expect, it } from "vitest";
import {
  checkLayoutOptions,
  layoutTimeline,
  type LayoutOptions,
  type SeriesMark,
} from "../src/index.js";
import { doc, parse } from "./fixtures.js";

const lab = (values: Array<[string, number | undefined]>, referenceRange?: object) =>
  parse(
    doc([
      {
        kind: "lab",
        id: "ca125",
        analyte: "CA-125",
        unit: "U/mL",
        values: values.map(([date, value]) =>
          value === undefined ? { date, text: "normalized" } : { date, value },
        ),
        ...(referenceRange ? { referenceRange } : {}),
      },
    ] as never),
  );

const track = (
  values: Array<[string, number | undefined]>,
  o: Partial<LayoutOptions> = {},
  ref?: object,
) => {
  const l = layoutTimeline(lab(values, ref), { width: 960, ...o });
  return l.marks.find((m): m is SeriesMark => m.type === "series")!;
};

const marker: Array<[string, number]> = [
  ["2018-03-01", 1840],
  ["2018-09-01", 12],
  ["2020-09-01", 96],
  ["2021-05-01", 410],
];
/** Height of each value above the track's floor (y grows downwards). */
const heights = (m: SeriesMark) => m.points.map((p) => m.y + m.height - p.y);

describe("the scale of a lab track", () => {
  it("draws values spanning two orders of magnitude on a log scale, and the label says so", () => {
    const m = track(marker);
    expect(m.scale).toBe("log");
    expect(m.label!.full).toBe("CA-125 1840 U/mL → 410 U/mL (nadir 12 U/mL; 4 values, log scale)");
    const [h1840, h12, h96, h410] = heights(m);
    // The rise after the nadir is drawn as a rise, each step in proportion to its logarithm.
    expect(h12!).toBeLessThan(h96!);
    expect(h96!).toBeLessThan(h410!);
    expect(h410!).toBeLessThan(h1840!);
    const step = (a: number, b: number) => Math.log(b / a) / Math.log(1840 / 12);
    expect((h96! - h12!) / (h1840! - h12!)).toBeCloseTo(step(12, 96), 6);
    expect((h410! - h12!) / (h1840! - h12!)).toBeCloseTo(step(12, 410), 6);
  });

  it("keeps a linear scale from 0 when the values span less than that", () => {
    const m = track([
      ["2020-01-01", 40],
      ["2020-06-01", 12],
      ["2020-12-01", 300],
    ]);
    expect(m.scale).toBe("linear");
    expect(m.label!.full).toBe("CA-125 40 U/mL → 300 U/mL (nadir 12 U/mL; 3 values)");
    // Linear from 0: heights above the floor (4 px under the track's bottom) in proportion to the values.
    const [h40, h12, h300] = heights(m).map((h) => h - 4);
    expect(h40! / h300!).toBeCloseTo(40 / 300, 6);
    expect(h12! / h300!).toBeCloseTo(12 / 300, 6);
  });

  it("follows labScale: 'linear' and 'log' for every track", () => {
    expect(track(marker, { labScale: "linear" }).scale).toBe("linear");
    expect(track(marker, { labScale: "linear" }).label!.full).not.toMatch(/log scale/);
    const narrow: Array<[string, number]> = [
      ["2020-01-01", 40],
      ["2020-06-01", 80],
    ];
    expect(track(narrow, { labScale: "log" }).scale).toBe("log");
  });

  it("never takes the log of 0 or of a single value, whatever was asked", () => {
    const withZero: Array<[string, number]> = [
      ["2020-01-01", 0],
      ["2020-03-01", 5],
      ["2020-06-01", 900],
    ];
    const m = track(withZero, { labScale: "log" });
    expect(m.scale).toBe("linear");
    expect(m.points.every((p) => Number.isFinite(p.y))).toBe(true);
    expect(track([["2020-01-01", 900]], { labScale: "log" }).scale).toBe("linear");
  });

  it("puts a value stated only in words on the floor and a range's 0 end at the floor of a log track", () => {
    const m = track(
      [
        ["2018-03-01", 1840],
        ["2018-09-01", undefined],
        ["2021-05-01", 9],
      ],
      {},
      { low: 0, high: 35 },
    );
    expect(m.scale).toBe("log");
    const floor = m.y + m.height - 4;
    expect(m.points[1]!.y).toBeCloseTo(floor, 6);
    expect(m.refBand!.y1).toBeCloseTo(floor, 6);
    // The range's top (35) lies between the two values.
    expect(m.refBand!.y0).toBeLessThan(m.points[2]!.y);
    expect(m.refBand!.y0).toBeGreaterThan(m.points[0]!.y);
  });

  it("refuses an unknown labScale with its path", () => {
    const issues = checkLayoutOptions({ width: 800, labScale: "logarithmic" as never });
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "labScale: must be one of auto, linear, log, got 'logarithmic'",
    ]);
  });
});

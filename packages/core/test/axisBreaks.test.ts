// Issue 9, item 6: long stretches where nothing is dated to the month are compressed with a marked
// break, so the dated part of the history gets the width (seed 000: four vague years).
import { describe, expect, it } from "vitest";
import {
  axisValueAt,
  drawTimeline,
  layoutFigure,
  layoutTimeline,
  themes,
  toSvgString,
} from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";
import { seedJson } from "../../../scripts/seeds.mjs";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const seed000 = parse(seedJson("000"));

describe("a broken time axis", () => {
  const l = layoutTimeline(seed000, { width: 960 });
  const [b] = l.axis.breaks;

  it("seed 000: the vague years between the 2019 diagnosis and 2024 are one compressed stretch", () => {
    // The second break is the stretch past the last stated day (2024-06-15), where only the death
    // is drawn, by the told order, on no time scale: it names no months.
    expect(l.axis.breaks).toHaveLength(2);
    expect(l.axis.breaks[1]!.from).toBeGreaterThan(day("2024-06-15"));
    expect(l.axis.untimed[0]![0]).toBeLessThanOrEqual(l.axis.breaks[1]!.from);
    expect(b!.from).toBeGreaterThanOrEqual(day("2019-11-01"));
    expect(b!.to).toBeLessThanOrEqual(day("2024-01-01"));
    expect(b!.x1 - b!.x0).toBe(40);
    expect(l.notes.map((n) => n.text).join(" ")).toContain(
      "The time axis is compressed (//) from Jan 2020 to Nov 2023: nothing there is dated to the month.",
    );
  });

  it("gives the dated part the width: the first half of 2024 takes a third of the plot, not a sliver", () => {
    const flat = layoutTimeline(seed000, { width: 960, axis: { breaks: "none" } });
    const share = (x: typeof l) => {
      const [r0, r1] = x.axis.range;
      const px = (v: number) => {
        // The px of a value: bisect the inverse (axisValueAt is monotonic).
        let [lo, hi] = [r0, r1];
        for (let i = 0; i < 60; i++) {
          const mid = (lo + hi) / 2;
          if (axisValueAt(x.axis, mid) < v) lo = mid;
          else hi = mid;
        }
        return lo;
      };
      return (px(day("2024-06-15")) - px(day("2024-01-01"))) / (r1 - r0);
    };
    // 2024-06-15 is the last stated day: the death is drawn after it by the told order alone.
    expect(share(flat)).toBeLessThan(0.1);
    expect(share(l)).toBeGreaterThan(0.3);
  });

  it("maps px to values monotonically, through the break's own stops", () => {
    const { range, domain } = l.axis;
    expect(axisValueAt(l.axis, range[0])).toBeCloseTo(domain[0], 6);
    expect(axisValueAt(l.axis, range[1])).toBeCloseTo(domain[1], 6);
    expect(axisValueAt(l.axis, b!.x0)).toBeCloseTo(b!.from, 6);
    expect(axisValueAt(l.axis, b!.x1)).toBeCloseTo(b!.to, 6);
    let last = -Infinity;
    for (let px = range[0]; px <= range[1]; px += 3) {
      const v = axisValueAt(l.axis, px);
      expect(v).toBeGreaterThan(last);
      last = v;
    }
  });

  it("keeps ticks clear of the break, and the first tick after it names its year", () => {
    expect(l.ticks.every((t) => t.x < b!.x0 - 24 || t.x > b!.x1 + 24)).toBe(true);
    const after = l.ticks.filter((t) => t.x > b!.x1);
    expect(after[0]!.label).toMatch(/\d{4}/);
  });

  it("is drawn: the axis line stops at the break, with two slanted strokes", () => {
    const fig = layoutFigure(seed000, themes.screen);
    const svg = toSvgString(drawTimeline(fig.layout, fig.paint, { standalone: true }));
    // Two breaks (the undated years and the told-order tail), two slanted strokes each.
    expect(svg.match(/class="oncoline-axis-break"/g)).toHaveLength(4);
  });

  it("never when asked not to, when zoomed, or when nothing long is undated", () => {
    expect(layoutTimeline(seed000, { width: 960, axis: { breaks: "none" } }).axis.breaks).toEqual(
      [],
    );
    const zoomed = layoutTimeline(seed000, {
      width: 960,
      axis: { domain: [day("2019-01-01"), day("2026-01-01")] },
    });
    expect(zoomed.axis.breaks).toEqual([]);
    const dense = parse(
      doc([
        tki("a", "2020-01-01", { end: "2020-06-01" }),
        tki("b", "2023-01-01", { end: "2023-06-01" }),
      ]),
    );
    // Two and a half years apart is a long gap; both courses are dated to the day: break.
    expect(layoutTimeline(dense, { width: 960 }).axis.breaks).toHaveLength(1);
    const close = parse(
      doc([
        tki("a", "2020-01-01", { end: "2020-06-01" }),
        tki("b", "2021-01-01", { end: "2021-06-01" }),
      ]),
    );
    expect(layoutTimeline(close, { width: 960 }).axis.breaks).toEqual([]);
  });

  it("never squeezes a course of stated length: a 3-year course in a vague window", () => {
    const t = parse(
      doc([
        tki("early", "2015-03-01", { end: "2015-04-01" }),
        {
          kind: "therapy",
          id: "long",
          agents: [{ name: "trametinib", drugClass: "MEK inhibitor" }],
          start: "2016",
          duration: { amount: 36, unit: "month" },
        } as never,
        tki("late", "2027-01-01", { end: "2027-02-01" }),
      ]),
    );
    const lt = layoutTimeline(t, { width: 960 });
    const long = lt.marks.find((m) => m.eventId === "long")!;
    // The years after the course are compressed; the course itself keeps its scale.
    expect(lt.axis.breaks).toHaveLength(1);
    for (const br of lt.axis.breaks)
      expect(long.bounds.x + long.bounds.width <= br.x0 || long.bounds.x >= br.x1).toBe(true);
  });
});

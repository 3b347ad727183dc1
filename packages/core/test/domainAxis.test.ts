// Issue 10, item 3: an axis built from a domain of days, with no Timeline, that a cohort (or any
// layout over days) can reuse; the patient timeline's axis is this plus its frame and anchor.
import { describe, expect, it } from "vitest";
import { domainAxis, layoutTimeline } from "../src/index.js";
import { seedJson } from "../../../scripts/seeds.mjs";
import { parse } from "./fixtures.js";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("domainAxis", () => {
  it("a relative axis of two years ticks in whole months by default and maps the ends to the range", () => {
    const a = domainAxis({ mode: "relative", domain: [0, 730], range: [100, 700], count: 6 });
    expect(a.unit).toBe("month");
    expect(a.x(0)).toBe(100);
    expect(a.x(730)).toBe(700);
    expect(a.breaks).toEqual([]);
    expect(a.notes).toEqual([]);
    const months = a.ticks.map((t) => Number(t.label));
    expect(months[0]).toBe(0);
    expect(months.every((m) => Number.isInteger(m) && m % 5 === 0)).toBe(true);
    for (const t of a.ticks) expect(t.x).toBeCloseTo(a.x(t.value), 9);
  });

  it("a calendar axis labels its ticks in the locale and says so when the locale is unusable", () => {
    const domain: [number, number] = [day("2023-01-01"), day("2025-01-01")];
    const en = domainAxis({ mode: "calendar", domain, range: [0, 800], count: 4 });
    expect(en.unit).toBeNull();
    expect(en.ticks.map((t) => t.label)).toEqual(["2023", "2024", "2025"]);
    const bad = domainAxis({
      mode: "calendar",
      domain,
      range: [0, 800],
      count: 4,
      locale: "not a locale!",
    });
    expect(bad.ticks.map((t) => t.label)).toEqual(["2023", "2024", "2025"]);
    expect(bad.notes).toHaveLength(1);
  });

  it("compresses the gaps it is given into 40 px breaks, keeps ticks clear of them and notes them", () => {
    const domain: [number, number] = [day("2015-01-01"), day("2025-01-01")];
    const gap: [number, number] = [day("2016-01-01"), day("2023-06-01")];
    const a = domainAxis({ mode: "calendar", domain, range: [0, 900], count: 9, gaps: [gap] });
    expect(a.breaks).toHaveLength(1);
    const [b] = a.breaks;
    expect(b!.x1 - b!.x0).toBe(40);
    expect(a.x(gap[0])).toBeCloseTo(b!.x0, 9);
    expect(a.x(gap[1])).toBeCloseTo(b!.x1, 9);
    for (const t of a.ticks) expect(t.x <= b!.x0 || t.x >= b!.x1).toBe(true);
    expect(a.notes.at(-1)).toMatch(/^The time axis is compressed \(\/\/\) from Jan 2016 to /);
  });

  it("is the patient timeline's axis: the same ticks and breaks for the layout's domain", () => {
    for (const [seed, axis] of [
      ["000", {}],
      ["003", {}],
      ["003", { mode: "relative" as const }],
    ] as const) {
      const l = layoutTimeline(parse(seedJson(seed)), { width: 960, axis });
      const left = l.axis.range[0];
      const gaps = l.axis.breaks.map((b): [number, number] => [b.from, b.to]);
      const count = l.ticks.length;
      expect(count).toBeGreaterThan(0);
      // The layout asked for its own tick count; find it among the counts that give its ticks.
      const same = [...Array(30).keys()].some((n) => {
        const a = domainAxis({
          mode: l.axis.mode as "calendar" | "relative",
          domain: l.axis.domain,
          range: l.axis.range,
          count: n + 1,
          gaps,
          untimed: l.axis.untimed,
          ...(l.axis.unit ? { unit: l.axis.unit } : {}),
        });
        return (
          JSON.stringify(a.ticks) === JSON.stringify(l.ticks) &&
          JSON.stringify(a.breaks) === JSON.stringify(l.axis.breaks) &&
          JSON.stringify(a.untimed) === JSON.stringify(l.axis.untimed) &&
          a.x(l.axis.domain[0]) === left
        );
      });
      expect(same, `seed ${seed} ${JSON.stringify(axis)}`).toBe(true);
    }
  });
});

// Each way a figure used to contradict a history told by order, checked on the layout itself.
import {
  layoutTimeline,
  parseTimeline,
  summarizeTimeline,
  type BarMark,
  type Mark,
  type PointMark,
  type Timeline,
  type TimelineLayout,
} from "@oncoline/core";
import { describe, expect, it } from "vitest";
import {
  betweenScenario,
  durationScenario,
  ongoingScenario,
  orderOnlyScenario,
  wideWindowScenario,
} from "./scenarios/orderedDates.js";

function parsed(timeline: unknown): Timeline {
  const r = parseTimeline(timeline);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const mark = (l: TimelineLayout, id: string): Mark => {
  const m = l.marks.find((x) => x.eventId === id);
  if (!m) throw new Error(`no mark for ${id}`);
  return m;
};
const bar = (l: TimelineLayout, id: string) => mark(l, id) as BarMark;
const point = (l: TimelineLayout, id: string) => mark(l, id) as PointMark;
/** px per day of a calendar layout. */
const pxPerDay = (l: TimelineLayout) =>
  (l.axis.range[1] - l.axis.range[0]) / (l.axis.domain[1] - l.axis.domain[0]);

describe("layoutTimeline keeps the order a case report states", () => {
  it("spreads three lines told only as 'then' through their years, in order, after the diagnosis", () => {
    const t = parsed(orderOnlyScenario.timeline);
    const l = layoutTimeline(t, { width: 960 });
    const [a, b, c] = ["folfox", "folfiri-bev", "regorafenib"].map((id) => bar(l, id));
    const dx = point(l, "dx");
    expect(a!.x).toBeGreaterThanOrEqual(dx.x);
    expect(b!.x).toBeGreaterThanOrEqual(a!.x2);
    expect(c!.x).toBeGreaterThanOrEqual(b!.x2);
    // Spread, not stacked: each starts well after the one before.
    expect(b!.x - a!.x).toBeGreaterThan(50);
    expect(c!.x - b!.x).toBeGreaterThan(50);
    // Placed by order only: outlines with a whisker over everywhere they may lie.
    expect(a!.vague && a!.placement !== null).toBe(true);
    // The source numbers nothing, but says there was no earlier therapy and states the order.
    expect(summarizeTimeline(t).lines.map((x) => x.numbering)).toEqual([
      "derived",
      "derived",
      "derived",
    ]);
  });

  it("draws a biopsy stated after the relapse and before the second line between the two", () => {
    const l = layoutTimeline(parsed(betweenScenario.timeline), { width: 960 });
    const biopsy = point(l, "liver-biopsy");
    const relapse = point(l, "relapse");
    expect(biopsy.x).toBeGreaterThanOrEqual(relapse.x);
    expect(biopsy.x).toBeLessThanOrEqual(bar(l, "dabrafenib").x);
    expect(biopsy.range!.x0).toBeGreaterThanOrEqual(relapse.range!.x0);
  });

  it("keeps a stated 14 months and ends the bar at the progression it stopped for", () => {
    const t = parsed(durationScenario.timeline);
    const therapy = t.events.find((e) => e.id === "palbo-letrozole")!;
    // Ends at the progression (March 2020) and starts 13.5–14.5 months before it.
    expect(therapy.span.end.earliest).toBe(therapy.dates["end"]!.earliest);
    expect(therapy.span.length![1]! - therapy.span.length![0]).toBeLessThanOrEqual(31 + 31 + 1);
    const l = layoutTimeline(t, { width: 960 });
    const b = bar(l, "palbo-letrozole");
    const months = (b.x2 - b.x) / pxPerDay(l) / 30.436875;
    expect(months).toBeGreaterThan(13.4);
    expect(months).toBeLessThan(14.6);
    const pd = point(l, "pd-bone");
    expect(b.x2).toBeLessThanOrEqual(pd.range!.x1 + 0.5);
    expect(b.x2).toBeGreaterThanOrEqual(pd.range!.x0 - 0.5);
  });

  it("runs an ongoing therapy with an undated follow-up to the publication date, not a stub", () => {
    const t = parsed(ongoingScenario.timeline);
    const l = layoutTimeline(t, { width: 960 });
    const enz = bar(l, "enzalutamide");
    expect(enz.ongoing).toBe(true);
    const published = Date.UTC(2022, 9, 30) / 86_400_000;
    const xPublished = l.axis.range[0] + (published + 1 - l.axis.domain[0]) * pxPerDay(l);
    expect(enz.x2).toBeCloseTo(xPublished, 0);
    expect(enz.x2).toBeGreaterThan(point(l, "psma-pet").x);
  });

  it("draws a test known only within two years as a window with its bounds in the label", () => {
    const l = layoutTimeline(parsed(wideWindowScenario.timeline), { width: 960 });
    const test = point(l, "kit-test");
    expect(test.window).toBe(true);
    expect(test.range!.x1 - test.range!.x0).toBeGreaterThan(100);
    expect(test.label?.full).toContain("between 2017-03 and 2019-06");
    // The exactly dated events stay points.
    expect(point(l, "pd-liver").window).toBe(false);
  });
});

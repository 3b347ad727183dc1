// A report that dates its anchor only to the year ("tisagenlecleucel in 2019") and everything else
// in days from it ("day +15"): counted from that anchor, each date sits on its stated day, not
// across the whole year the calendar allows.
import { describe, expect, it } from "vitest";
import { layoutTimeline, type BarMark, type PointMark } from "../src/index.js";
import { doc, parse } from "./fixtures.js";

const day = (n: number) => ({
  relativeTo: { event: "cart" },
  offset: { amount: n, unit: "day" },
});
const t = parse(
  doc([
    {
      kind: "therapy",
      id: "cart",
      agents: [{ name: "tisagenlecleucel", drugClass: "CD19 CAR-T" }],
      start: "2019",
      end: day(0),
    },
    {
      kind: "therapy",
      id: "toci",
      agents: [{ name: "tocilizumab", drugClass: "anti-IL-6R" }],
      start: day(15),
      end: day(20),
    },
    {
      kind: "adverse-event",
      id: "crs",
      term: "cytokine release syndrome",
      grade: 1,
      start: day(1),
    },
    {
      kind: "clinical",
      id: "icans",
      category: "complication",
      term: "ICANS",
      start: {
        relativeTo: { event: "cart" },
        offset: { amount: 15, unit: "day" },
        approximate: true,
      },
    },
    {
      kind: "clinical",
      id: "before",
      category: "infection",
      term: "febrile neutropenia",
      start: { before: { event: "cart" } },
    },
  ] as never),
);

describe("a relative axis anchored at a date known only to the year", () => {
  const l = layoutTimeline(t, { width: 960, axis: { mode: "relative", anchor: "cart" } });
  const zero = l.ticks.find((tk) => tk.label === "0")!;
  const next = l.ticks[l.ticks.indexOf(zero) + 1]!;
  const px = (days: number) => zero.x + ((next.x - zero.x) / (next.value - zero.value)) * days;

  it("counts in days from the anchor, over the days the report spans, not the year", () => {
    expect(l.axis.mode).toBe("relative");
    expect(l.axis.domain[1] - l.axis.domain[0]).toBeLessThan(60);
  });

  it("puts each date on its stated day, as a known day", () => {
    const crs = l.marks.find((m): m is PointMark => m.id === "crs")!;
    expect(crs.uncertain).toBe(false);
    expect(crs.range).toBeNull();
    expect(crs.x).toBeCloseTo(px(1.5), 6);
    const toci = l.marks.find((m): m is BarMark => m.id === "toci")!;
    expect(toci.x).toBeCloseTo(px(15.5), 0);
    expect(toci.x2).toBeCloseTo(px(20.5), 0);
  });

  it("labels a window in the axis's days, as drawn, not in the calendar year it may span", () => {
    const icans = l.marks.find((m): m is PointMark => m.id === "icans")!;
    expect(icans.range).not.toBeNull();
    expect(icans.label!.full ?? icans.label!.text).toContain("between day 11 and day 19");
    expect(icans.label!.full ?? icans.label!.text).not.toMatch(/2019|2020/);
  });

  it("keeps a date known only by order open on the side the report leaves open", () => {
    const before = l.marks.find((m): m is PointMark => m.id === "before")!;
    expect(before.openLeft).toBe(true);
    expect(before.x).toBeLessThanOrEqual(px(1));
  });
});

describe("the default axis of a report counted in days from an event dated to the year", () => {
  it("counts from that event, and says why under the figure", () => {
    const l = layoutTimeline(t, { width: 960 });
    expect(l.axis.mode).toBe("relative");
    expect(l.axis.anchor?.eventId).toBe("cart");
    expect(l.axis.note).toMatch(/^Time is counted from the start of tisagenlecleucel/);
  });

  it("keeps the calendar when it is asked for, or when fewer than three dates count from it", () => {
    expect(layoutTimeline(t, { width: 960, axis: { mode: "calendar" } }).axis.mode).toBe(
      "calendar",
    );
    const few = parse(
      doc([
        {
          kind: "therapy",
          id: "cart",
          agents: [{ name: "tisagenlecleucel" }],
          start: "2019",
          end: day(0),
        },
        { kind: "clinical", id: "crs", category: "other", term: "fever", start: day(1) },
      ] as never),
    );
    expect(layoutTimeline(few, { width: 960 }).axis.mode).toBe("calendar");
  });

  it("keeps the calendar when three events carry calendar dates of their own to the month", () => {
    // An AML history: induction "after diagnosis" (a wide window) with day 10, 14 and 28 counted
    // from it, but diagnosis in March 2019, a transplant in September 2019 and death in April 2021
    // stated on the calendar. Counting from induction spread each of those over its window.
    const dated = parse(
      doc(
        [
          {
            kind: "therapy",
            id: "cart",
            agents: [{ name: "induction" }],
            start: { after: { date: "2019-03" } },
            end: day(7),
          },
          { kind: "clinical", id: "fn", category: "infection", term: "fever", start: day(10) },
          { kind: "clinical", id: "bm", category: "other", term: "marrow", start: day(28) },
          { kind: "clinical", id: "tx", category: "other", term: "transplant", start: "2019-09" },
          { kind: "outcome", id: "death", status: "death", date: "2021-04" },
        ] as never,
        { diagnoses: [{ id: "dx", date: "2019-03", primarySite: "bone marrow" }] } as never,
      ),
    );
    const l = layoutTimeline(dated, { width: 960 });
    expect(l.axis.mode).toBe("calendar");
    expect(l.axis.note ?? "").not.toMatch(/Time is counted from/);
  });
});

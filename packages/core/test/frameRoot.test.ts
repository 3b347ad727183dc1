// A case report that gives no calendar dates counts from one event ("4 weeks after the last dose
// of docetaxel"): that event's date is the axis's month 0, not a missing date drawn open with a
// "?"; and "three cycles every 21 days" says the course lasted at least until its third cycle began.
import { describe, expect, it } from "vitest";
import {
  describeEvent,
  formatIssue,
  layoutTimeline,
  parseTimeline,
  type BarMark,
} from "../src/index.js";
import { doc, parse } from "./fixtures.js";

const docetaxel = {
  kind: "therapy" as const,
  id: "docetaxel",
  agents: [{ name: "docetaxel", drugClass: "taxane" }],
  cycles: 3,
  cycleDays: 21,
  stopReason: "toxicity" as const,
};
const afterLastDose = (weeks: number) => ({
  relativeTo: { event: "docetaxel", edge: "end" },
  offset: { amount: weeks, unit: "week" },
});
const ct = {
  kind: "imaging" as const,
  id: "ct",
  modality: "CT" as const,
  date: afterLastDose(4),
  responses: [{ value: "SD" as const }],
};
const psa = {
  kind: "lab" as const,
  id: "psa",
  analyte: "PSA",
  unit: "µg/L",
  values: [
    { date: { before: { event: "docetaxel" } }, value: 295 },
    { date: afterLastDose(4), value: 276 },
  ],
};

describe("the day a report counts from", () => {
  const t = parse(doc([docetaxel, ct, psa] as never));
  const course = t.events.find((e) => e.id === "docetaxel")!;

  it("is month 0 of its frame, not an unstated date", () => {
    const end = course.span.end;
    expect(end.frame).toBe("docetaxel.end");
    expect([end.earliest, end.latest]).toEqual([0, 0]);
    expect(end.root).toBe(true);
    expect(end.unstated).toBeUndefined();
    expect(describeEvent(course)).toContain(
      "to month 0.0 from end of docetaxel (undated: later dates count from it)",
    );
  });

  it("ends the course's bar there, closed, with its stop reason", () => {
    const l = layoutTimeline(t, { width: 960 });
    expect(l.axis.mode).toBe("relative");
    const bar = l.marks.find((m): m is BarMark => m.id === "docetaxel")!;
    expect(bar.openEnd).toBe(false);
    // At the middle of day 0, where every exact date is drawn.
    const zero = l.ticks.find((tk) => tk.label === "0")!;
    const next = l.ticks[l.ticks.indexOf(zero) + 1]!;
    const day = (next.x - zero.x) / (next.value - zero.value);
    expect(bar.x2).toBeCloseTo(zero.x + day / 2, 6);
  });

  it("takes a lower bound on the course's length from its cycles", () => {
    // Three cycles of 21 days: the third began 42 days after the first.
    expect(course.span.start.latest).toBe(-42);
    expect(course.span.length![0]).toBeGreaterThanOrEqual(42);
    // The PSA taken before the course is drawn before it began, not at its end.
    const first = t.events.find((e) => e.id === "psa")!;
    if (first.kind !== "lab") throw new Error("lab");
    expect(first.dates["values[0]"]!.latest).toBe(-42);
  });
});

/** Errors (or, for a valid document, warnings) of a document, formatted. */
const said = (input: unknown) => {
  const r = parseTimeline(input);
  return (r.ok ? r.warnings : r.issues).map(formatIssue);
};

describe("cycles against stated dates", () => {
  it("reports three cycles of 21 days that do not fit between the stated start and end", () => {
    const messages = said(doc([{ ...docetaxel, start: "2020-01-01", end: "2020-01-20" }] as never));
    expect(messages.filter((m) => m.includes("3 cycles of 21 days"))).toHaveLength(1);
  });

  it("warns, and takes no length, when the cycles would last over a century", () => {
    expect(said(doc([{ ...docetaxel, cycles: 5000, start: "2020-01-01" }] as never))).toContain(
      "events[0] (docetaxel).cycles: warning: 5000 cycles of 21 days would last over a century: the course's length is not taken from them",
    );
  });
});

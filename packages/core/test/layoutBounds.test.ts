// Issue 15: no invented dates (defect 2), options checked like documents (defects 5 and 6), and a
// ceiling on the size of any figure (defect 9).
import { describe, expect, it } from "vitest";
import {
  checkLayoutOptions,
  formatIssue,
  layoutTimeline,
  layoutToFit,
  MAX_ROWS_PER_LANE,
  type Timeline,
  type TimelineLayout,
} from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";
import { seedJson } from "../../../scripts/seeds.mjs";

const texts = (l: TimelineLayout): string[] => [
  ...l.marks.flatMap((m) => [
    m.description,
    m.label?.full ?? "",
    ...(m.type === "series" ? m.points.map((p) => p.text) : []),
    ...(m.type === "bar" ? m.ticks.map((t) => t.description) : []),
  ]),
  ...l.unplaced.map((u) => u.description),
  ...l.notes.map((n) => n.text),
  l.title,
  l.summary,
];

describe("an undated timeline gets no invented dates (defect 2)", () => {
  const t = parse(seedJson("001-"));
  const layout = layoutTimeline(t, { width: 900 });

  it("layoutTimeline(seed 001) draws the told order and prints no calendar day anywhere", () => {
    expect(layout.axis.mode).toBe("sequence");
    const dated = texts(layout).filter((s) => /\d{4}-\d{2}|1970/.test(s));
    expect(dated).toEqual([]);
  });

  it("its descriptions (aria labels, tooltips) say the date is not stated", () => {
    const byId = new Map(layout.marks.map((m) => [m.id, m.description]));
    expect(byId.get("dx")).toBe(
      "Diagnosis: non-small cell lung cancer, date not stated; drivers: EML4::ALK fusion.",
    );
    expect(byId.get("ngs-panel")).toMatch(/^Molecular test \(NGS, .*\), date not stated:/);
  });

  it("a lab series of an undated timeline keeps 'date not stated' in each point's text", () => {
    const lab = parse(
      doc([
        {
          kind: "lab",
          id: "cea",
          analyte: "CEA",
          unit: "ng/mL",
          values: [{ value: 5 }, { value: 9 }],
        },
      ] as never),
    );
    const l = layoutTimeline(lab, { width: 600 });
    expect(l.axis.mode).toBe("sequence");
    expect(texts(l).filter((s) => /\d{4}-\d{2}/.test(s))).toEqual([]);
  });
});

describe("layout options are checked like documents (defects 5 and 6)", () => {
  const t = parse(doc([tki("a", "2024-01-01", { end: "2024-06-30" })]));

  it.each([
    [{ width: Number.NaN }, "width: must be a number of px from 1 to 20,000, got NaN"],
    [{ width: Infinity }, "width: must be a number of px from 1 to 20,000, got Infinity"],
    [{ width: -5 }, "width: must be a number of px from 1 to 20,000, got -5"],
    [{ width: 1e6 }, "width: must be a number of px from 1 to 20,000, got 1000000"],
    [{ width: 800, fontSize: 0 }, "fontSize: must be a number of px from 4 to 100, got 0"],
    [
      { width: 800, rowHeight: Infinity },
      "rowHeight: must be a number of px from 4 to 200, got Infinity",
    ],
    [
      { width: 800, axis: { domain: [5, 5] } },
      "axis.domain: must be [from, to], two finite numbers within ±50,000,000 with from < to",
    ],
    [
      { width: 800, axis: { unit: "fortnight" } },
      "axis.unit: must be one of day, week, month, year; got 'fortnight'",
    ],
    [
      { width: 800, lanes: ["therapy", "surgery"] },
      "lanes[1]: 'surgery' is not a lane; lanes are therapy, radiotherapy, procedure, response, molecular, lab, events, milestones",
    ],
  ])("layoutTimeline(t, %j) throws a RangeError naming the option", (options, issue) => {
    expect(checkLayoutOptions(options as never).map(formatIssue)).toEqual([issue]);
    expect(() => layoutTimeline(t, options as never)).toThrow(
      new RangeError(`layoutTimeline: invalid options: ${issue}`),
    );
  });

  it("layoutToFit checks its height too", () => {
    expect(() => layoutToFit(t, { width: 800, height: Number.NaN })).toThrow(
      "layoutToFit: invalid options: height: must be a number of px from 1 to 20,000, got NaN",
    );
  });

  it("a width under 200 px is widened to 200, as documented", () => {
    expect(layoutTimeline(t, { width: 50 }).width).toBe(200);
  });

  it("axis: { locale: 'not a locale!!' } does not throw: ticks in en-GB and a note that says so", () => {
    const l = layoutTimeline(t, { width: 800, axis: { locale: "not a locale!!" } });
    expect(l.axis.note).toBe(
      "Locale 'not a locale!!' is not a language tag like en-GB; dates are shown in en-GB.",
    );
    expect(l.ticks.map((x) => x.label)).toEqual(
      layoutTimeline(t, { width: 800 }).ticks.map((x) => x.label),
    );
    expect(l.notes.map((n) => n.text)).toContain(l.axis.note);
  });
});

/** `n` events made by `make(i)`, all valid. */
const many = (n: number, make: (i: number) => unknown): Timeline =>
  parse(doc(Array.from({ length: n }, (_, i) => make(i)) as never));

describe("no figure grows without bound (defect 9)", () => {
  const everyEventAccountedFor = (t: Timeline, l: TimelineLayout) => {
    const shown = new Set([
      ...l.marks.flatMap((m) => (m.type === "point" && m.eventIds ? m.eventIds : [m.eventId])),
      ...l.unplaced.map((u) => u.eventId),
    ]);
    expect(t.events.filter((e) => !shown.has(e.id)).map((e) => e.id)).toEqual([]);
  };

  it("10,000 clinical events on one day fit in 40 rows, with a note on the figure", () => {
    const t = many(10_000, (i) => ({
      kind: "clinical",
      id: `c${i}`,
      category: "other",
      term: "t",
      start: "2024-03-01",
    }));
    const l = layoutTimeline(t, { width: 1200 });
    expect(Math.max(...l.lanes.map((x) => x.rows))).toBeLessThanOrEqual(MAX_ROWS_PER_LANE);
    expect(l.height).toBeLessThan(1_500);
    expect(l.notes.map((n) => n.text)).toContain(
      "Clinical & adverse events: 9,961 events merged into 1 cluster to keep the lane to 40 rows; the event table lists every event.",
    );
    everyEventAccountedFor(t, l);
  });

  it("1,000 overlapping therapies and 100 lab series stay within the ceiling too", () => {
    const t = many(1_100, (i) =>
      i < 1_000
        ? tki(`t${i}`, "2024-01-01", { end: "2024-12-31" })
        : {
            kind: "lab",
            id: `l${i}`,
            analyte: "CEA",
            unit: "ng/mL",
            values: [{ date: "2024-02-01", value: 3 }],
          },
    );
    const l = layoutTimeline(t, { width: 1200 });
    const lab = l.lanes.find((x) => x.kind === "lab")!;
    expect(lab.rows).toBeLessThanOrEqual(MAX_ROWS_PER_LANE / 2);
    expect(l.lanes.find((x) => x.kind === "therapy")!.rows).toBeLessThanOrEqual(MAX_ROWS_PER_LANE);
    expect(l.height).toBeLessThan(4_000);
    everyEventAccountedFor(t, l);
  });

  it("1,000 events without a date get a dozen lines of notes and one that counts the rest", () => {
    const t = many(1_000, (i) =>
      i === 0
        ? tki("a", "2024-01-01")
        : { kind: "clinical", id: `c${i}`, category: "other", term: "t" },
    );
    const l = layoutTimeline(t, { width: 900 });
    expect(l.unplaced).toHaveLength(999);
    expect(l.notes).toHaveLength(13);
    expect(l.notes.at(-1)!.text).toBe(
      "… and 987 more events not on the time axis; the event table lists every event.",
    );
  });
});

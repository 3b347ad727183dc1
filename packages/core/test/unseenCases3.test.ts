// What a third round of unseen case reports (small-cell lung, pancreatic, head and neck, Hodgkin,
// CLL, thyroid) and the known gaps of the round before found wrong, each as the behaviour it now has.
import { describe, expect, it } from "vitest";
import {
  drawTimeline,
  formatIssue,
  formatSummary,
  layoutFigure,
  layoutTimeline,
  parseTimeline,
  summarizeTimeline,
  toSvgString,
  themes,
} from "../src/index.js";
import { doc, parse, tki, barOf, pointOf } from "./fixtures.js";
import { seedJson } from "../../../scripts/seeds.mjs";

describe("a course with neither end nor length stated", () => {
  const history = (cycles?: number) =>
    parse(
      doc(
        [
          tki("rip", "2020-01-10", cycles ? { cycles, cycleDays: 28 } : {}),
          {
            kind: "response",
            id: "pr",
            date: "2020-07",
            basis: "clinical",
            responses: [{ value: "PR" }],
            evaluates: "rip",
          },
        ] as never,
        { dataCutoff: "2021-06" },
      ),
    );

  it("reaches the assessment that evaluates it, then fades out with its '?'", () => {
    const marks = layoutTimeline(history(), { width: 960 }).marks;
    const rip = barOf(marks, "rip");
    const pr = pointOf(marks, "pr");
    expect(rip.openEnd).toBe(true);
    // Solid to the earliest day the response may lie on (1 July), not past it.
    expect(rip.endRange!.x0).toBeCloseTo(pr.range?.x0 ?? pr.x, 0);
  });

  it("keeps a stated length as the drawn length (two cycles end where two cycles end)", () => {
    const marks = layoutTimeline(history(2), { width: 960 }).marks;
    const rip = barOf(marks, "rip");
    const pr = pointOf(marks, "pr");
    expect(rip.endRange!.x0).toBeLessThan((pr.range?.x0 ?? pr.x) - 50);
  });

  it("does not reach an assessment stated to follow its end ('CR after six courses')", () => {
    const t = parse(
      doc([
        tki("rchop", "2020-01-10", { cycles: 6 }),
        {
          kind: "imaging",
          id: "cr",
          modality: "PET-CT",
          date: { after: { event: "rchop", edge: "end" } },
          responses: [{ value: "CR" }],
          evaluates: "rchop",
        },
        { kind: "outcome", id: "fu", status: "last-follow-up", date: "2021-06" },
      ] as never),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    const rchop = barOf(marks, "rchop");
    const cr = pointOf(marks, "cr");
    expect(rchop.endRange!.x0).toBeLessThan(cr.x);
  });
});

describe("agents stopped inside a combination", () => {
  const t = parse(
    doc([
      {
        kind: "therapy",
        id: "folfiri-p",
        start: "2015-01-05",
        end: "2016-12-20",
        agents: [
          { name: "irinotecan", drugClass: "topoisomerase inhibitor" },
          { name: "fluorouracil", drugClass: "fluoropyrimidine" },
          { name: "panitumumab", drugClass: "anti-EGFR antibody" },
        ],
        modifications: [
          { type: "agent-stopped", agent: "Irinotecan", date: "2015-06-01" },
          { type: "agent-stopped", agent: "fluorouracil", date: "2016-01-10" },
        ],
      },
    ] as never),
  );
  const fig = layoutFigure(t, themes.screen);
  const bar = barOf(fig.layout.marks, "folfiri-p");

  it("ends each stopped class's stripe at its stop; the class still given runs on", () => {
    const [topo, fp, egfr] = bar.stripes!;
    const tick = (agent: string) => bar.ticks.find((k) => k.agent === agent)!.x;
    expect(topo!.x1).toBeCloseTo(tick("Irinotecan"), 5);
    expect(fp!.x1).toBeCloseTo(tick("fluorouracil"), 5);
    expect(topo!.x1!).toBeLessThan(fp!.x1!);
    expect(egfr!.x1).toBeUndefined();
  });

  it("draws the stopped bands empty from the stop on", () => {
    const svg = toSvgString(drawTimeline(fig.layout, fig.paint));
    const gaps = [...svg.matchAll(/class="oncoline-bar-stopped" x="([\d.]+)"/g)].map((g) => +g[1]!);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toBeCloseTo(bar.stripes![0]!.x1!, 0);
  });
});

describe("what a pancreatic case report needed", () => {
  it("names a recurrence and a relapse as the source calls them", () => {
    const t = parse(
      doc([
        {
          kind: "progression",
          id: "rec",
          date: "2020-03",
          basis: "radiographic",
          called: "recurrence",
          sites: ["liver"],
        },
        { kind: "progression", id: "rel", date: "2021-03", basis: "clinical", called: "relapse" },
        { kind: "progression", id: "pd", date: "2022-03", basis: "clinical" },
      ] as never),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    expect(pointOf(marks, "rec").label?.full).toMatch(/^Recurrence: liver/);
    expect(pointOf(marks, "rel").label?.full).toMatch(/^Relapse/);
    expect(pointOf(marks, "pd").label?.full).toMatch(/^Progression/);
  });

  it("takes ablation, embolization and transplant as procedures, and never nests parentheses", () => {
    const t = parse(
      doc([
        {
          kind: "procedure",
          id: "whipple",
          type: "surgery",
          name: "pancreaticoduodenectomy",
          site: "pancreas (head)",
          date: "2019-01",
        },
        { kind: "procedure", id: "rfa", type: "ablation", site: "liver", date: "2019-06" },
        {
          kind: "procedure",
          id: "asct",
          type: "transplant",
          name: "autologous SCT",
          date: "2020-01",
        },
      ] as never),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    expect(pointOf(marks, "whipple").label?.full).toMatch(
      /^pancreaticoduodenectomy \(pancreas, head\)(,|$)/,
    );
    expect(pointOf(marks, "rfa").label?.full).toMatch(/^ablation \(liver\)(,|$)/);
    expect(pointOf(marks, "asct").label?.full).toMatch(/^autologous SCT(,|$)/);
  });

  it("starts an interval stated to begin the day a course ends no earlier than the course is drawn to end", () => {
    const t = parse(
      doc([
        tki("gem", "2020-01-06", { stopReason: "progression" }),
        { kind: "progression", id: "pd", date: "2020-03-10", basis: "radiographic" },
        tki("folfox", { after: { event: "pd" } }),
        {
          kind: "clinical",
          id: "tfi",
          category: "other",
          term: "treatment-free interval",
          start: {
            relativeTo: { event: "folfox", edge: "end" },
            offset: { amount: 0, unit: "day" },
          },
          end: {
            relativeTo: { event: "folfox", edge: "end" },
            offset: { amount: 11, unit: "month" },
          },
        },
      ] as never),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    const folfox = barOf(marks, "folfox");
    const tfi = barOf(marks, "tfi");
    // The course's unstated end fades out no earlier than where the interval is drawn to start.
    expect(folfox.x2).toBeGreaterThanOrEqual((tfi.startRange?.x1 ?? tfi.x) - 0.5);
  });
});

describe("a clinical event drawn as a bar", () => {
  it("gets a print pattern no drug class of the figure has, and a bar swatch in the legend", () => {
    const t = parse(
      doc([
        {
          kind: "therapy",
          id: "gem",
          start: "2020-01-06",
          end: "2020-05-01",
          agents: [{ name: "gemcitabine", drugClass: "antimetabolite" }],
        },
        tki("x", "2020-06-01", { end: "2020-09-01" }),
        {
          kind: "clinical",
          id: "tfi",
          category: "other",
          term: "treatment-free interval",
          start: "2020-09-02",
          end: "2021-08-01",
        },
      ] as never),
    );
    const fig = layoutFigure(t, themes.journal);
    const entry = fig.layout.legend.find((e) => e.label === "Clinical event (over time)");
    expect(entry?.type).toBe("class");
    const tfi = barOf(fig.layout.marks, "tfi");
    const gem = barOf(fig.layout.marks, "gem");
    const x = barOf(fig.layout.marks, "x");
    const fill = (m: typeof tfi) =>
      `${fig.paint.color(m.colorKey)} ${fig.paint.pattern(m.colorKey)}`;
    expect(fill(tfi)).not.toBe(fill(gem));
    expect(fill(tfi)).not.toBe(fill(x));
  });
});

describe("a single test told in the story", () => {
  it("keeps its place in the told order (a negative QuantiFERON, then salvage therapy)", () => {
    const t = parse(
      doc(
        [
          {
            kind: "imaging",
            id: "ct",
            modality: "CT",
            date: "2023-09",
            responses: [{ text: "miliary nodules" }],
          },
          {
            kind: "lab",
            id: "igra",
            analyte: "QuantiFERON-TB Gold",
            values: [{ date: { after: { event: "ct" } }, text: "negative" }],
          },
          tki("salvage", { after: { event: "ct" } }),
          {
            kind: "imaging",
            id: "cr",
            modality: "PET-CT",
            date: { after: { event: "salvage" } },
            responses: [{ value: "CR" }],
          },
        ] as never,
        { source: { citation: "x", kind: "case-report", published: "2025" } } as never,
      ),
    );
    const igra = t.events.find((e) => e.id === "igra")!;
    const salvage = t.events.find((e) => e.id === "salvage")!;
    expect(igra.dates["values[0]"]!.at!).toBeLessThanOrEqual(salvage.span.start.at!);
    expect(t.network.toldInOrder).toBe(true);
  });
});

describe("text for readers", () => {
  const t = parse(
    doc([
      tki("ce", { relativeTo: { event: "pd" }, offset: { amount: -9, unit: "month" } }),
      { kind: "progression", id: "pd", basis: "radiographic", sites: ["brain"] },
      {
        kind: "radiotherapy",
        id: "rt",
        site: "T12",
        technique: "unknown",
        totalDoseGy: 30,
        fractions: 10,
        start: { relativeTo: { event: "pd" }, offset: { amount: 1, unit: "month" } },
        duration: { amount: 10, unit: "day", text: "over 10 days" },
      },
    ] as never),
  );

  it("names a relative frame's root by what it is, never by its id", () => {
    const text = formatSummary(summarizeTimeline(t));
    expect(text).toMatch(/from Progression: brain/);
    expect(text).not.toMatch(/pd\.start|from pd\b/);
  });

  it("says a course's stated length instead of 'end not stated', and an unstated technique in words", () => {
    const rt = layoutTimeline(t, { width: 960 }).marks.find((m) => m.id === "rt")!;
    expect(rt.description).toMatch(/, for 10 days \("over 10 days"\)/);
    expect(rt.description).not.toMatch(/end not stated/);
    expect(rt.description).toMatch(/^Radiotherapy \(technique not stated\) to T12/);
  });

  it("prints a length nothing bounds as not stated, not '≥ 0.0 mo'", () => {
    expect(formatSummary(summarizeTimeline(t))).not.toMatch(/≥ 0\.0/);
  });
});

describe("a change inside a course with no stated end", () => {
  it("is reached by the course, and drawn after what it is stated to follow", () => {
    const t = parse(
      doc([
        tki("t0", "2020-01-15"),
        tki(
          "is",
          { after: { event: "t0" } },
          {
            modifications: [{ type: "hold", date: { after: { event: "relapse" } } }],
          },
        ),
        {
          kind: "progression",
          id: "relapse",
          basis: "clinical",
          date: { relativeTo: { event: "t0" }, offset: { amount: 6.5, unit: "month" } },
        },
      ] as never),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    const bar = barOf(marks, "is");
    const relapse = pointOf(marks, "relapse");
    const hold = bar.ticks[0]!;
    expect(hold.x).toBeGreaterThanOrEqual(relapse.range?.x0 ?? relapse.x);
    expect(hold.range === null || hold.range.x0 <= hold.range.x1).toBe(true);
    expect(bar.x2).toBeGreaterThan(hold.x);
  });
});

describe("what the head and neck, CLL and thyroid reports needed", () => {
  const t = parse(
    doc(
      [
        tki("len", "2016-01-10", {
          ongoing: true,
          modifications: [
            { type: "hold", date: { after: { event: "fistula" } }, adverseEvents: ["fistula"] },
          ],
        }),
        {
          kind: "adverse-event",
          id: "fistula",
          term: "tracheal fistula",
          start: { after: { event: "rai" } },
        },
        {
          kind: "radiotherapy",
          id: "rai",
          site: "whole body",
          technique: "radionuclide",
          radionuclide: "I-131",
          fractions: 1,
          start: "2017-06",
        },
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: "2018-01",
          responses: [{ value: "PD" }],
          lesions: [
            { site: "tongue", note: "67% enlargement." },
            { site: "lung", note: "new lesions" },
            { site: "liver", note: "a long sentence that belongs in the description only." },
          ],
        },
        {
          kind: "lab",
          id: "counts",
          analyte: "blood counts",
          values: [{ date: "2018-02/2018-04", text: "marked pancytopenia" }],
        },
        {
          kind: "molecular",
          id: "ip",
          sample: { type: "blood" },
          method: { type: "other", name: "immunophenotyping" },
          findings: [],
          resultDate: "2018-03",
        },
      ] as never,
      {
        patient: { label: "P", sex: "male", ageText: "middle-aged" },
        dataCutoff: "2019-01",
      } as never,
    ),
  );
  const layout = layoutTimeline(t, { width: 960, caption: true });
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  it("says short lesion notes in the label and every note in the description", () => {
    expect(mark("ct").label?.full).toMatch(/tongue: 67% enlargement, lung: new lesions/);
    expect(mark("ct").label?.full).not.toMatch(/long sentence/);
    expect(mark("ct").description).toMatch(
      /liver: a long sentence that belongs in the description only\b/,
    );
  });

  it("draws one fraction as one day, not a course of unknown length", () => {
    const rai = barOf(layout.marks, "rai");
    expect(rai.openEnd).toBe(false);
    expect(rai.x2 - rai.x).toBeLessThan(5);
  });

  it("keeps a hold after the adverse event it follows", () => {
    const len = barOf(layout.marks, "len");
    const fistula = pointOf(layout.marks, "fistula");
    expect(len.ticks[0]!.x).toBeGreaterThanOrEqual(fistula.x - 0.5);
  });

  it("words a value in words, a test with no listed result and an age in words", () => {
    expect(mark("counts").label?.full).toMatch(/^blood counts: marked pancytopenia/);
    expect(mark("counts").description).toMatch(/marked pancytopenia, between 2018-02/);
    expect(mark("ip").label?.full).toMatch(/^immunophenotyping: result not stated/);
    expect(layout.caption.map((l) => l.text).join("\n")).toMatch(/Patient: man, middle-aged\./);
  });
});

describe("footnotes", () => {
  it("are numbered in reading order, top to bottom", () => {
    const t = parse(seedJson("003"));
    const marks = layoutTimeline(t, { width: 960, footnotes: true }).marks;
    const numbered = marks
      .filter((m) => /^\[\d+\]/.test(m.label?.text ?? ""))
      .sort((a, b) => a.label!.y - b.label!.y || a.label!.x - b.label!.x)
      .map((m) => Number(/^\[(\d+)\]/.exec(m.label!.text)![1]));
    expect(numbered.length).toBeGreaterThan(3);
    expect(numbered).toEqual(numbered.map((_, i) => i + 1));
  });
});

describe("a diagnosis's drivers", () => {
  const history = (withTest: boolean) =>
    parse(
      doc(
        [
          tki("ven", "2020-03"),
          ...(withTest
            ? [
                {
                  kind: "molecular",
                  id: "fish",
                  sample: { type: "blood" },
                  method: { type: "FISH" },
                  findings: [{ gene: "17p", type: "deletion", status: "detected" }],
                  resultDate: "2020-02",
                },
              ]
            : []),
        ] as never,
        {
          diagnoses: [
            {
              id: "dx",
              date: "2019-01",
              primarySite: "blood",
              histology: "chronic lymphocytic leukaemia",
              drivers: [{ gene: "17p", type: "deletion", status: "detected" }],
            },
          ],
        } as never,
      ),
    );
  const dx = (withTest: boolean) =>
    layoutTimeline(history(withTest), { width: 960 }).marks.find((m) => m.id === "dx")!;

  it("are said on the diagnosis when no molecular test is drawn", () => {
    expect(dx(false).label?.full).toMatch(/17p deletion/);
  });

  it("are left to the test's own mark when a drawn test reports them (gene and variant)", () => {
    expect(dx(true).label?.full).not.toMatch(/17p/);
  });
});

describe("a field in the wrong place", () => {
  const issues = (events: unknown[]) => {
    const r = parseTimeline(doc(events as never));
    return r.ok ? "" : r.issues.map(formatIssue).join("\n");
  };

  it("says where an offset, a duration or an SUVmax goes instead", () => {
    expect(
      issues([
        tki("a", "2020-01"),
        tki("b", { after: { event: "a" }, offset: { amount: 2, unit: "month" } } as never),
      ]),
    ).toMatch(/offset: is not a field of this object \(an offset goes with relativeTo/);
    expect(
      issues([
        {
          kind: "clinical",
          id: "tfi",
          category: "other",
          term: "treatment-free interval",
          start: "2020-01",
          duration: { amount: 11, unit: "month" },
        },
      ]),
    ).toMatch(/duration: is not a field of this object \(only a therapy or radiotherapy/);
    expect(
      issues([
        {
          kind: "imaging",
          id: "pet",
          modality: "PET-CT",
          date: "2020-01",
          lesions: [{ site: "T12", suvMax: 7.2 }],
        },
      ]),
    ).toMatch(/suvMax: is not a field of this object \(SUVmax is a field of the imaging event/);
  });
});

describe("an anchor inside a history with no calendar dates", () => {
  const t = parse(
    doc([
      { kind: "progression", id: "pd5", basis: "radiographic" },
      tki("atezo", { relativeTo: { event: "pd5" }, offset: { amount: 3, unit: "month" } }),
      {
        kind: "outcome",
        id: "dx-ago",
        status: "last-follow-up",
        date: { relativeTo: { event: "atezo" }, offset: { amount: 5, unit: "month" } },
      },
      tki("late", { after: { event: "pd5" } }),
    ] as never),
  );

  it("counts time from an event with a bounded window in the frame, not only from its root", () => {
    const l = layoutTimeline(t, { width: 960, axis: { mode: "relative", anchor: "atezo" } });
    expect(l.axis.fallback).toBeNull();
    expect(l.axis.title).toMatch(/^Months from start of atezo/);
  });

  it("says why an event whose window is open cannot be day 0", () => {
    const open = parse(
      doc([
        { kind: "progression", id: "pd5", basis: "radiographic" },
        tki("atezo", { relativeTo: { event: "pd5" }, offset: { amount: 3, unit: "month" } }),
        tki("late", { after: { event: "atezo" } }),
      ] as never),
    );
    const l = layoutTimeline(open, { width: 960, axis: { mode: "relative", anchor: "late" } });
    expect(l.axis.fallback?.message).toMatch(/has no bounded window to count from/);
  });
});

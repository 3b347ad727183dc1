// What four more unseen case reports (myeloma with teclistamab, colorectal, melanoma, breast and
// prostate) found wrong, each as the behaviour it now has.
import { describe, expect, it } from "vitest";
import {
  bestResponse,
  drawTimeline,
  formatIssue,
  formatSummary,
  isSupportive,
  layoutFigure,
  layoutSwimmer,
  layoutTimeline,
  linesOfTherapy,
  parseTimeline,
  summarizeTimeline,
  toSvgString,
  themes,
  type Mark,
  type Timeline,
} from "../src/index.js";
import { doc, parse, tki, pointOf } from "./fixtures.js";

const labelOf = (marks: readonly Mark[], id: string) =>
  marks.find((m) => m.id === id)?.label?.full ?? "";
const issuesOf = (d: unknown) => {
  const r = parseTimeline(d);
  return r.ok ? [] : r.issues.map(formatIssue);
};

/** Induction, a transplant, then responses assessed on marrow and serum, not on imaging. */
const myeloma = (...more: unknown[]) =>
  parse(
    doc([
      tki("vrd", "2018-01", { cycles: 4, cycleDays: 21, agents: [{ name: "VRd" }] }),
      {
        kind: "response",
        id: "vgpr",
        date: { after: { event: "vrd", edge: "end" } },
        basis: "tumor-marker",
        method: "serum M-protein",
        responses: [{ value: "PR", text: "VGPR", criteria: "IMWG" }],
        evaluates: "vrd",
      },
      {
        kind: "response",
        id: "mrd",
        date: "2019-03-12",
        basis: "mrd",
        method: "NGS MRD (10⁻⁶)",
        responses: [
          { value: "CR", criteria: "IMWG", text: "stringent CR" },
          { text: "MRD-negative" },
        ],
        evaluates: "vrd",
      },
      ...more,
    ] as never),
  );

describe("a response assessed without imaging (the `response` kind)", () => {
  const t = myeloma();
  const marks = layoutTimeline(t, { width: 960 }).marks;

  it("is drawn in the response lane with its category's glyph and the source's code first", () => {
    const v = pointOf(marks, "vgpr");
    expect(v.lane).toBe("response");
    expect(v.glyph).toBe("PR");
    // The finer IMWG category is printed in place of PR, with what it rests on.
    expect(labelOf(marks, "vgpr")).toBe("VGPR (IMWG) · serum M-protein");
  });

  it("draws each call, and a call stated only in words with its own glyph and legend entry", () => {
    expect(pointOf(marks, "mrd#0").glyph).toBe("CR");
    expect(labelOf(marks, "mrd#0")).toBe("CR (IMWG): stringent CR · NGS MRD (10⁻⁶)");
    expect(pointOf(marks, "mrd#1").glyph).toBe("call");
    const legend = layoutTimeline(t, { width: 960 }).legend.map((e) => e.label);
    expect(legend).toContain("Response stated in words");
    expect(legend).not.toContain("Imaging without response call");
  });

  it("counts in the best response, the summary and a swimmer row", () => {
    expect(bestResponse(t.events, "vrd")?.value).toBe("CR");
    expect(formatSummary(summarizeTimeline(t))).toMatch(/best response CR/);
    const swim = layoutSwimmer([t], { width: 900, align: { kind: "line", line: 1 } });
    const row = swim.items.find((i) => i.type === "row");
    if (row?.type !== "row") throw new Error("no row");
    expect(row.glyphs.some((g) => g.eventId === "mrd" && g.glyph === "CR")).toBe(true);
  });

  it("refuses a call with neither a category nor words, and a basis it does not know", () => {
    const bad = doc([
      {
        kind: "response",
        id: "r",
        date: "2020",
        basis: "blood",
        responses: [{ criteria: "IMWG" }],
      },
    ] as never);
    const issues = issuesOf(bad).join("\n");
    expect(issues).toMatch(/events\[0\] \(r\)\.basis/);
    expect(issues).toMatch(/a response needs a value/);
  });
});

describe("the told order", () => {
  it("is kept when lab series are listed together after the events", () => {
    // The VGPR is told after induction and before the 2021 relapse, with no upper bound of its
    // own; an M-protein series from 2017 listed last used to void every hint and draw the VGPR
    // after the relapse.
    const relapse = { kind: "progression", id: "relapse", date: "2021-03", basis: "marker" };
    const mprotein = {
      kind: "lab",
      id: "m",
      analyte: "M-protein",
      unit: "g/dL",
      values: [
        { date: "2017-12", value: 4.2 },
        { date: "2021-03", value: 1.1 },
      ],
    };
    const t = parse(
      doc(
        [
          tki("vrd", "2018-01", { cycles: 4, cycleDays: 21 }),
          {
            kind: "response",
            id: "vgpr",
            date: { after: { event: "vrd", edge: "end" } },
            basis: "tumor-marker",
            responses: [{ text: "VGPR" }],
          },
          relapse,
          mprotein,
        ] as never,
        { dataCutoff: "2024-01" },
      ),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    expect(pointOf(marks, "vgpr").x).toBeLessThan(pointOf(marks, "relapse").x);
  });

  it("places events with no bound either side by the order they are told in", () => {
    // A history with no calendar dates: excision after an undated diagnosis, a seizure four years
    // later, then work-up and treatment told in order. The excision used to be left off the axis.
    const t = parse(
      doc(
        [
          {
            kind: "procedure",
            id: "wle",
            type: "surgery",
            name: "excision",
            date: { after: { event: "dx" } },
          },
          {
            kind: "clinical",
            id: "seizure",
            category: "seizure",
            term: "seizure",
            start: { relativeTo: { event: "dx" }, offset: { amount: 4, unit: "year" } },
          },
          tki("ipinivo", { after: { event: "seizure" } }),
          {
            kind: "clinical",
            id: "admission",
            category: "hospitalization",
            term: "admission",
            start: { relativeTo: { event: "ipinivo" }, offset: { amount: 55, unit: "day" } },
          },
        ] as never,
        { diagnoses: [{ id: "dx", primarySite: "skin", histology: "melanoma" }] },
      ),
    );
    const layout = layoutTimeline(t, { width: 960 });
    expect(layout.unplaced.map((u) => u.eventId)).not.toContain("wle");
    const wle = pointOf(layout.marks, "wle");
    expect(wle.x).toBeLessThanOrEqual(pointOf(layout.marks, "seizure").x);
  });
});

describe("glyphs a reader could confuse", () => {
  it("draws a CR dated by a window with a pale fill, never as an empty circle", () => {
    const t = parse(
      doc([
        tki("lu", "2023-01"),
        {
          kind: "imaging",
          id: "pet",
          modality: "PET-CT",
          date: "2023-04/2023-09",
          responses: [{ value: "CR" }],
        },
      ] as never),
    );
    const fig = layoutFigure(t, themes.screen);
    const svg = toSvgString(drawTimeline(fig.layout, fig.paint, { standalone: true }));
    const glyph = svg.match(
      /<g[^>]*data-event-id="pet"[\s\S]*?<\/g>\s*<\/g>|data-event-id="pet"[\s\S]{0,2000}/,
    )![0];
    expect(glyph).toMatch(/fill-opacity="0\.3"/);
  });
});

describe("summaries", () => {
  it("say the patient died, with the cause, when no interval can be computed", () => {
    const t = parse(
      doc(
        [
          tki("tec", { after: { event: "dx" } }),
          {
            kind: "outcome",
            id: "death",
            status: "death",
            date: { after: { event: "tec" } },
            cause: "cytokine release syndrome",
          },
        ] as never,
        { diagnoses: [{ id: "dx", primarySite: "bone marrow", histology: "myeloma" }] },
      ),
    );
    const s = summarizeTimeline(t);
    expect(s.survival.death?.cause).toBe("cytokine release syndrome");
    expect(formatSummary(s)).toMatch(/died .*cause: cytokine release syndrome/);
  });

  it("end a line with its maintenance, and show calls stated only in words", () => {
    const t = parse(
      doc([
        tki("capox", "2012-04", { end: "2012-09" }),
        tki(
          "maint",
          { after: { event: "capox", edge: "end" } },
          { end: "2013-12", intent: "maintenance" },
        ),
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: "2012-10",
          responses: [{ text: "remission" }],
          evaluates: "capox",
        },
      ] as never),
    );
    const s = summarizeTimeline(t);
    expect(s.lines).toHaveLength(1);
    expect(s.lines[0]!.end.latest).toBe(t.events.find((e) => e.id === "maint")!.span.end.latest);
    expect(s.lines[0]!.responsesInWords).toEqual(["remission"]);
    expect(formatSummary(s)).toMatch(/best response "remission" \(in words\)/);
  });
});

describe("labels", () => {
  const one = (e: unknown, extra = {}) => {
    const t = parse(doc([e] as never, extra));
    return layoutTimeline(t, { width: 960 }).marks;
  };

  it("print a grade on another scale, a grade that is no number, and a fatal outcome", () => {
    const crs = one({
      kind: "adverse-event",
      id: "crs",
      term: "cytokine release syndrome",
      grade: 2,
      scale: "ASTCT",
      start: "2022-05-02",
    });
    expect(labelOf(crs, "crs")).toBe("cytokine release syndrome G2 (ASTCT)");
    const leak = one({
      kind: "adverse-event",
      id: "leak",
      term: "anastomotic leak",
      gradeText: "IIIb",
      scale: "Clavien-Dindo",
      outcome: "fatal",
      start: "2022-05-02",
    });
    expect(labelOf(leak, "leak")).toBe("anastomotic leak G IIIb (Clavien-Dindo) (fatal)");
  });

  it("print HER2-low by IHC and FISH, and a translocation by its karyotype", () => {
    const marks = one({
      kind: "molecular",
      id: "rebiopsy",
      sampleDate: "2021-04",
      sample: { type: "tissue" },
      method: { type: "IHC" },
      findings: [
        { gene: "HER2", type: "expression", status: "low", ihc: "2+", fish: "not-amplified" },
        { gene: "ER", type: "expression", status: "detected", percent: 90 },
        {
          gene: "FGFR3",
          partner: "IGH",
          type: "translocation",
          variant: "t(4;14)",
          status: "detected",
        },
      ],
    });
    const text = labelOf(marks, "rebiopsy");
    expect(text).toContain("HER2 low (IHC 2+, FISH not amplified)");
    expect(text).toContain("ER positive (90%)");
    expect(text).toContain("t(4;14) (IGH::FGFR3)");
    expect(text).not.toContain("HER2 positive");
  });

  it("do not print an end stated in cycles as a length beside the cycle count", () => {
    const marks = one(
      tki("lu", "2023-01", {
        cycles: 3,
        cycleDays: 42,
        end: { relativeTo: { event: "lu" }, offset: { amount: 2, unit: "cycle" } },
      } as never),
    );
    expect(labelOf(marks, "lu")).toMatch(/× 3 cycles$/);
  });

  it("give a window on an axis counted from an undated event in the axis's unit", () => {
    const rel = parse(
      doc(
        [
          {
            kind: "progression",
            id: "relapse",
            basis: "marker",
            date: {
              relativeTo: { event: "asct" },
              offset: { amount: 8, unit: "year" },
              approximate: true,
            },
          },
          tki(
            "asct",
            { relativeTo: { event: "dx" }, offset: { amount: 6, unit: "month" } } as never,
            {
              end: { relativeTo: { event: "asct" }, offset: { amount: 0, unit: "day" } },
            } as never,
          ),
        ] as never,
        { diagnoses: [{ id: "dx", primarySite: "bone marrow" }] },
      ),
    );
    const layout = layoutTimeline(rel, { width: 960 });
    expect(layout.axis.title).toMatch(/^Years from/);
    expect(labelOf(layout.marks, "relapse")).not.toMatch(/month \d/);
  });
});

describe("lines of therapy", () => {
  it("leave out skin care named in the plural (emollients, antihistamines)", () => {
    const t: Timeline = parse(
      doc([
        tki("ipinivo", "2019-01"),
        {
          kind: "therapy",
          id: "skin",
          agents: [
            { name: "emollients", drugClass: "emollients" },
            { name: "antihistamines", drugClass: "antihistamines" },
          ],
          start: "2019-02",
        },
      ] as never),
    );
    const skin = t.events.find((e) => e.id === "skin")!;
    if (skin.kind !== "therapy") throw new Error("kind");
    expect(isSupportive(skin)).toBe(true);
    expect(linesOfTherapy(t).map((l) => l.therapyIds)).toEqual([["ipinivo"]]);
  });
});

describe("validation messages", () => {
  it("suggest the id a typo meant, and how to write a date told by another event", () => {
    const issues = issuesOf(
      doc([
        tki("teclistamab", "2021-01"),
        { kind: "adverse-event", id: "crs", term: "CRS", start: "2021-02", therapy: "teclistamb" },
        { kind: "clinical", id: "c", category: "other", term: "x", start: "after the relapse" },
      ] as never),
    ).join("\n");
    expect(issues).toMatch(/'teclistamb'.*\(did you mean 'teclistamab'\?\)/);
    expect(issues).toMatch(/events\[2\] \(c\)\.start: .*\{"after": \{"event": "relapse"\}\}/);
  });
});

describe("what caused what", () => {
  it("draws a dose change no earlier than the adverse event that caused it", () => {
    // Panitumumab reduced "because of" grade 3 skin toxicity; both known only as after the start,
    // the toxicity listed after the course (and after a scan that bounds the window).
    const t = parse(
      doc(
        [
          tki("pmab", "2015-01-10", {
            ongoing: true,
            modifications: [
              {
                type: "dose-reduction",
                date: { after: { event: "pmab" } },
                adverseEvents: ["skin"],
              },
            ],
          } as never),
          { kind: "imaging", id: "ct", modality: "CT", date: "2017-06-01" },
          {
            kind: "adverse-event",
            id: "skin",
            term: "dermatologic toxicity",
            grade: 3,
            start: { after: { event: "pmab" }, before: { event: "ct" } },
          },
        ] as never,
        { dataCutoff: "2017-12" },
      ),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    const bar = marks.find((m) => m.id === "pmab");
    if (bar?.type !== "bar") throw new Error("bar");
    const tick = bar.ticks.find((k) => k.type === "dose-reduction")!;
    expect(pointOf(marks, "skin").x).toBeLessThanOrEqual(tick.x + 0.5);
  });
});

describe("line numbers from the told order", () => {
  // DPd after the relapse (its start open), progression on it "in 2022", then cilta-cel on a
  // known day in November 2022: the dates allow DPd to start after cilta-cel, the telling not.
  const events = (extra: unknown[] = []) => [
    ...extra,
    tki("vrd", "2018-03", { end: "2018-08" }),
    { kind: "progression", id: "relapse", basis: "marker", date: "2021-03/2021-05" },
    tki("dpd", { after: { event: "relapse" } }, { basedOn: ["relapse"] }),
    { kind: "progression", id: "pd2", basis: "marker", date: "2022", therapy: "dpd" },
    tki("ciltacel", "2022-11-03", { end: "2022-11-03" }),
  ];

  it("number a line told after another after it when the dates leave their order open", () => {
    const t = parse(doc(events() as never, { dataCutoff: "2024-01" }));
    expect(t.network.toldInOrder).toBe(true);
    const lines = linesOfTherapy(t);
    expect(lines.map((l) => [l.therapyIds.at(-1), l.number, l.numbering])).toEqual([
      ["vrd", 1, "derived"],
      ["dpd", 2, "derived"],
      ["ciltacel", 3, "derived"],
    ]);
  });

  it("claim no number when the list is not told in time order", () => {
    // A scan from 2023 listed first: the list contradicts a stated date, so it orders nothing.
    const scan = { kind: "imaging", id: "ct", modality: "CT", date: "2023-06-01" };
    const t = parse(doc(events([scan]) as never, { dataCutoff: "2024-01" }));
    expect(t.network.toldInOrder).toBeUndefined();
    expect(linesOfTherapy(t).map((l) => l.numbering)).toEqual(["derived", "unknown", "unknown"]);
  });
});

describe("review of this round's changes", () => {
  it("keeps the told order when only a causal hint contradicts a date", () => {
    // A hold dated before the adverse event it names: that cause cannot hold, the scans' told
    // order still spreads them.
    const t = parse(
      doc([
        tki("t", "2020-01-01", {
          end: "2020-12-01",
          modifications: [{ type: "hold", date: "2020-03-01", adverseEvents: ["ae"] }],
        } as never),
        { kind: "adverse-event", id: "ae", term: "rash", start: "2020-03-05" },
        { kind: "imaging", id: "ct", modality: "CT", date: "2021" },
        { kind: "imaging", id: "mri", modality: "MRI", date: "2021" },
        { kind: "imaging", id: "pet", modality: "PET-CT", date: "2021" },
      ] as never),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    const xs = ["ct", "mri", "pet"].map((id) => pointOf(marks, id).x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
  });

  it("counts a relative axis from where its month-dated anchor is drawn", () => {
    const t = parse(
      doc([tki("t", "2015-06")] as never, {
        diagnoses: [{ id: "dx", primarySite: "lung", date: "2015-03" }],
      }),
    );
    const layout = layoutTimeline(t, { width: 960, axis: { mode: "relative", unit: "month" } });
    const zero = layout.ticks.find((k) => k.value === 0)!;
    // On its day (a glyph sits mid-day: within two days' px), not half a month before 0.
    const pxPerDay = (layout.ticks[1]!.x - layout.ticks[0]!.x) / 30;
    expect(Math.abs(pointOf(layout.marks, "dx").x - zero.x)).toBeLessThan(2 * pxPerDay);
  });

  it("suggests ids for the first ten unknown references only", () => {
    const events = [
      tki("therapy-a", "2020-01"),
      ...Array.from({ length: 15 }, (_, i) => ({
        kind: "imaging",
        id: `ct${i}`,
        modality: "CT",
        date: "2020-02",
        evaluates: "therapy-b",
      })),
    ];
    const issues = issuesOf(doc(events as never));
    expect(issues.filter((m) => m.includes("did you mean 'therapy-a'"))).toHaveLength(10);
    expect(issues.filter((m) => m.includes("'therapy-b'"))).toHaveLength(15);
  });

  it("says an organ once only when the histology starts with it", () => {
    const label = (primarySite: string, histology: string) =>
      layoutTimeline(
        parse(
          doc([] as never, {
            diagnoses: [{ id: "dx", primarySite, histology, date: "2020-01-01" }],
          }),
        ),
        { width: 960 },
      ).marks.find((m) => m.eventId === "dx")!.label!.full;
    expect(label("right breast", "breast cancer")).toMatch(/^Diagnosis: right breast cancer/);
    expect(label("right lung", "adenocarcinoma of the lung")).toMatch(
      /^Diagnosis: right lung adenocarcinoma of the lung/,
    );
  });

  it("keeps the details of a negative finding and a translocation's partner", () => {
    const marks = layoutTimeline(
      parse(
        doc([
          {
            kind: "molecular",
            id: "m",
            sampleDate: "2021-04-01",
            sample: { type: "tissue" },
            method: { type: "IHC" },
            findings: [
              { gene: "HER2", type: "expression", status: "not-detected", ihc: "1+" },
              { gene: "MYC", partner: "IGH", type: "translocation", status: "detected" },
              { gene: "ALK", type: "fusion", status: "not-detected" },
            ],
          },
        ] as never),
      ),
      { width: 960 },
    ).marks;
    const text = labelOf(marks, "m");
    expect(text).toContain("HER2 negative (IHC 1+)");
    expect(text).toContain("IGH::MYC translocation");
    expect(text).toContain("ALK negative");
  });

  it("leaves out care named with a plural in -ies, and says a site unless the call says it as a phrase", () => {
    const t = parse(
      doc([
        tki("tec", "2023-01-10"),
        {
          kind: "therapy",
          id: "toci",
          agents: [{ name: "x", drugClass: "IL-6 receptor antibodies" }],
          start: "2023-01-15",
        },
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: "2023-03-01",
          sites: ["left lung"],
          responses: [{ text: "new right lung nodule; left adrenal stable" }],
        },
      ] as never),
    );
    expect(linesOfTherapy(t).map((l) => l.therapyIds)).toEqual([["tec"]]);
    expect(labelOf(layoutTimeline(t, { width: 960 }).marks, "ct")).toContain("CT: left lung");
  });

  it("counts a fatal adverse event as a death, and prints a grade in words as words", () => {
    const t = parse(
      doc(
        [
          tki("tec", "2023-01-10"),
          {
            kind: "adverse-event",
            id: "crs",
            term: "cytokine release syndrome",
            gradeText: "severe",
            outcome: "fatal",
            start: "2023-01-14",
          },
        ] as never,
        {
          diagnoses: [{ id: "dx", primarySite: "bone marrow", date: "2018-05" }],
          dataCutoff: "2024-01",
        },
      ),
    );
    const s = summarizeTimeline(t);
    expect(s.survival.status).toBe("dead");
    expect(formatSummary(s)).toMatch(/died \(date not stated\), cause: cytokine release syndrome/);
    expect(formatSummary(s)).not.toMatch(/alive/);
    expect(labelOf(layoutTimeline(t, { width: 960 }).marks, "crs")).toMatch(
      /^cytokine release syndrome \(severe\) \(fatal\)/,
    );
  });

  it("warns, not refuses, when evidence names an event that shows no progression", () => {
    const r = parseTimeline(
      doc([
        tki("t", "2020-01-01"),
        { kind: "adverse-event", id: "ae", term: "rash", start: "2020-02-01" },
        { kind: "progression", id: "p", basis: "clinical", date: "2020-05-01", evidence: ["ae"] },
      ] as never),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) throw new Error("invalid");
    const warnings = r.warnings.map(formatIssue);
    expect(warnings.join("\n")).toMatch(
      /events\[2\] \(p\)\.evidence\[0\]: warning: 'ae' is a adverse-event/,
    );
  });

  it("prints a short text that is no response code after the category", () => {
    const marks = layoutTimeline(
      parse(
        doc([
          {
            kind: "imaging",
            id: "mri",
            modality: "MRI",
            date: "2020-01-01",
            responses: [{ value: "PD", text: "CNS" }],
          },
        ] as never),
      ),
      { width: 960 },
    ).marks;
    expect(labelOf(marks, "mri")).toMatch(/^PD: CNS/);
  });
});

describe("a course given inside another", () => {
  it("keeps radiotherapy with no stated end running past the temozolomide given within it", () => {
    const within = {
      after: { event: "rt", edge: "start" },
      before: { event: "rt", edge: "end" },
    };
    const t = parse(
      doc(
        [
          { kind: "procedure", id: "op", type: "surgery", name: "resection", date: "2019-05-10" },
          {
            kind: "radiotherapy",
            id: "rt",
            site: "brain",
            technique: "unknown",
            start: { after: { event: "op" } },
          },
          { ...tki("tmz", within as never), end: within },
          tki("ttf", { after: { event: "rt", edge: "end" } }),
        ] as never,
        { dataCutoff: "2022-12" },
      ),
    );
    const marks = layoutTimeline(t, { width: 960 }).marks;
    const rt = marks.find((m) => m.id === "rt");
    const tmz = marks.find((m) => m.id === "tmz");
    if (rt?.type !== "bar" || tmz?.type !== "bar") throw new Error("bars");
    expect(rt.x).toBeLessThanOrEqual(tmz.x);
    // Its fade (the unstated end) begins no earlier than the temozolomide is drawn to end.
    expect(rt.endRange!.x0).toBeGreaterThanOrEqual(tmz.x2 - 0.5);
  });
});

describe("a response category the five cannot hold", () => {
  it("is refused with where it goes instead", () => {
    const issues = issuesOf(
      doc([
        {
          kind: "response",
          id: "r",
          date: "2020-01-01",
          basis: "bone-marrow",
          responses: [{ value: "CRi" }],
        },
      ] as never),
    ).join("\n");
    expect(issues).toMatch(
      /responses\[0\]\.value: must be one of .*got 'CRi' \(a finer or other category goes in "text"/,
    );
  });
});

describe("the legend", () => {
  it("explains the colour of a clinical event drawn as a bar (a hospital stay)", () => {
    const t = parse(
      doc([
        {
          kind: "clinical",
          id: "cytopenia",
          category: "presentation",
          term: "cytopenia",
          start: "2019-01-01",
          end: "2019-04-01",
        },
        {
          kind: "clinical",
          id: "offer",
          category: "decision",
          term: "transplant offered",
          start: "2020-01-01",
        },
      ] as never),
    );
    const legend = layoutTimeline(t, { width: 960 }).legend;
    // The bar with a bar's swatch, under its category; the point under its glyph.
    expect(legend.find((e) => e.label === "Presentation")?.type).toBe("class");
    expect(legend.find((e) => e.label === "Clinical event: decision")?.type).toBe("glyph");
  });
});

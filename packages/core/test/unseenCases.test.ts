// What five unseen case reports (lymphoma with CAR-T, ovarian, liver, bladder, CML) found wrong,
// each as the behaviour it now has.
import { describe, expect, it } from "vitest";
import {
  drawTimeline,
  formatIssue,
  layoutFigure,
  layoutTimeline,
  measureText,
  parseTimeline,
  themes,
  toSvgString,
  type Figure,
  type Mark,
} from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";

/** A BCR-ABL1 (IS) series with these values. */
const bcr = (values: unknown[]) =>
  parse(doc([{ kind: "lab", id: "bcr", analyte: "BCR-ABL1 (IS)", unit: "%", values }] as never));

/** The one lab track of a layout. */
function seriesOf(marks: readonly Mark[]): Extract<Mark, { type: "series" }> {
  const s = marks.find((m) => m.type === "series");
  if (s?.type !== "series") throw new Error("no series");
  return s;
}

/** A figure as standalone SVG text. */
const svgOf = (fig: Figure) =>
  toSvgString(drawTimeline(fig.layout, fig.paint, { standalone: true }));

/** A course after chemotherapy, placed by order alone and still given, then a scan in 2020. */
const vagueCourse = (...more: unknown[]) =>
  parse(
    doc([
      tki("chemo", "2018-04", { end: "2018-09" }),
      tki("osimertinib", { after: { event: "chemo", edge: "end" } }, { ongoing: true }),
      ...more,
      { kind: "imaging", id: "ct", modality: "CT", date: "2020", responses: [{ value: "PR" }] },
    ] as never),
  );

describe("a lab series", () => {
  // BCR-ABL1 values listed by what they showed, not by date; one dated only by a window.
  const t = bcr([
    { date: "2006-03-01", value: 1 },
    { date: "2018-06-15", value: 15 },
    {
      date: { after: { date: "2006-01" }, before: { date: "2013-11" } },
      value: 0.1,
      qualifier: "<",
    },
    { date: "2019-02-10", value: 0.1, qualifier: ">" },
  ]);
  const series = seriesOf(layoutTimeline(t, { width: 960 }).marks);

  it("is drawn through its values in time order, whatever order they are listed in", () => {
    const xs = series.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(series.points.map((p) => p.value)).toEqual([1, 0.1, 15, 0.1]);
  });

  it("draws a bound with its arrow and a windowed value hollow, and the legend says so", () => {
    expect(series.points.map((p) => p.qualifier ?? null)).toEqual([null, "<", null, ">"]);
    const fig = layoutFigure(t, themes.screen);
    const svg = svgOf(fig);
    expect(svg.match(/class="oncoline-bound"/g)).toHaveLength(2);
    // The value dated 2006–2013 is hollow (background fill); the dated ones are filled.
    const dots = [...svg.matchAll(/<circle cx="[^"]+" cy="[^"]+" r="3" fill="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(dots[1]).toBe(themes.screen.background);
    expect(dots[0]).not.toBe(themes.screen.background);
    expect(fig.layout.legend.map((e) => e.key)).toContain("style:bound");
  });
});

describe("the therapy lane", () => {
  it("fills its rows in the order the courses began, even when a later label reaches back", () => {
    const t = parse(
      doc([
        tki("imatinib", "2006-01-01", {
          end: "2014-01-01",
          label: "imatinib 400 mg once daily, lost MMR",
        }),
        tki("dasatinib", "2014-02-01", { end: "2017-09-01" }),
        tki("nilotinib", "2017-09-15", { end: "2018-06-01" }),
        tki("asciminib", "2018-06-15", {
          end: "2018-12-01",
          label: "asciminib (ASCEMBL trial, randomized to the asciminib arm)",
        }),
        tki("ponatinib", "2018-12-15", { ongoing: true }),
      ]),
    );
    const bars = layoutTimeline(t, { width: 960 }).marks.filter((m) => m.type === "bar");
    const rowOf = new Map(bars.map((b) => [b.id, b.y]));
    // Each course takes the first row free of everything begun before it: a course whose label
    // reaches back over an earlier one goes below it (asciminib's long label, before dasatinib's
    // row), and a row an earlier course has left is reused (nilotinib after imatinib).
    const y = (id: string) => rowOf.get(id)!;
    expect(y("imatinib")).toBeLessThan(y("dasatinib"));
    expect(y("dasatinib")).toBeLessThan(y("asciminib"));
    expect(y("asciminib")).toBeLessThan(y("ponatinib"));
    expect(y("nilotinib")).toBe(y("imatinib"));
  });
});

describe("a course placed by order alone", () => {
  it("draws its ongoing arrow and stop cap, and the legend names the outline", () => {
    const t = vagueCourse(
      tki("x", { after: { event: "chemo", edge: "end" } }, { stopReason: "progression" }),
    );
    const fig = layoutFigure(t, themes.screen);
    const vague = fig.layout.marks.filter((m) => m.type === "bar" && m.vague);
    expect(vague.map((m) => m.id)).toContain("osimertinib");
    const svg = svgOf(fig);
    // Every style the legend lists is drawn, and what is drawn is listed.
    const keys = fig.layout.legend.map((e) => e.key);
    expect(keys).toContain("style:vague");
    expect(svg).toContain('class="oncoline-vague"');
    if (keys.includes("style:ongoing")) expect(svg).toContain('class="oncoline-ongoing"');
    expect(keys).toContain("style:ongoing");
  });
});

describe("the last follow-up", () => {
  it("bounds every event reported before it, as a death does", () => {
    const t = parse(
      doc([
        tki("a", "2020-01-01", { end: "2020-03-01" }),
        {
          kind: "procedure",
          id: "op",
          type: "surgery",
          name: "resection",
          date: { after: { event: "a", edge: "end" } },
        },
        { kind: "outcome", id: "fu", status: "last-follow-up", date: "2021-06" },
      ] as never),
    );
    const op = t.events.find((e) => e.id === "op")!.span.start;
    expect(op.latest).toBe(Date.UTC(2021, 5, 30) / 86_400_000);
  });

  it("bounds neither an ongoing course nor a test's result from stored tissue; a death still bounds an ongoing course", () => {
    const t = parse(
      doc([
        tki("a", "2020-01-01", { ongoing: true }),
        {
          kind: "molecular",
          id: "ngs",
          sampleDate: "2020-02-01",
          resultDate: "2023-01-10",
          sample: { type: "tissue" },
          method: { type: "NGS" },
          findings: [],
        },
        { kind: "outcome", id: "fu", status: "last-follow-up", date: "2022-06-01" },
      ] as never),
    );
    expect(t.events[0]!.span.ongoing).toBe(true);
    const died = parse(
      doc(
        [
          tki("a", "2020-02-01", { ongoing: true }),
          { kind: "outcome", id: "d", status: "death", date: "2021-06-01" },
        ] as never,
        { source: { citation: "x", kind: "synthetic", published: "2023" } } as never,
      ),
    );
    expect(died.events[0]!.span.end.latest).toBe(Date.UTC(2021, 5, 1) / 86_400_000);
  });

  it("is contradicted by an event dated after it, and the error names both", () => {
    const r = parseTimeline(
      doc([
        tki("a", "2020-01-01", { end: "2020-03-01" }),
        { kind: "imaging", id: "ct", modality: "CT", date: "2021-09-01" },
        { kind: "outcome", id: "fu", status: "last-follow-up", date: "2021-06" },
      ] as never),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map(formatIssue).join("\n")).toMatch(/ct[\s\S]*fu|fu[\s\S]*ct/);
  });
});

describe("facts the model now carries to the picture", () => {
  const marks = (events: unknown[]) =>
    new Map(
      layoutTimeline(parse(doc(events as never)), { width: 1600 }).marks.map((m) => [
        m.id,
        { label: m.label?.full ?? "", description: m.description },
      ]),
    );

  it("a lab value in words needs no unit", () => {
    const m = marks([
      {
        kind: "lab",
        id: "afp",
        analyte: "tumour markers",
        values: [{ date: "2021-05", text: "decreased significantly" }],
      },
      {
        kind: "lab",
        id: "ca",
        analyte: "calcium",
        values: [{ date: "2021-05-01", value: 2.9 }],
      },
    ]);
    expect(m.get("afp")!.label).toBe("tumour markers: decreased significantly");
    expect(m.get("afp")!.description).not.toContain("undefined");
    expect(m.get("ca")!.label).toBe("calcium 2.9");
  });

  it("a fusion's variant is drawn, and a finding's note told in its description", () => {
    const m = marks([
      {
        kind: "molecular",
        id: "kt",
        resultDate: "2017-09",
        sample: { type: "unknown" },
        method: { type: "other", name: "karyotype" },
        findings: [
          {
            gene: "ABL1",
            partner: "BCR",
            type: "fusion",
            variant: "t(9;22)(q34;q11.2)",
            note: "16 of 20 metaphases",
            status: "detected",
          },
        ],
      },
    ]);
    expect(m.get("kt")!.label).toBe("BCR::ABL1 fusion t(9;22)(q34;q11.2), in 2017-09");
    expect(m.get("kt")!.description).toContain(
      "BCR::ABL1 fusion t(9;22)(q34;q11.2) (16 of 20 metaphases)",
    );
    expect(m.get("kt")!.description).not.toMatch(/on unknown/);
  });

  it("a course stopped for loss of response says so", () => {
    const m = marks([
      tki("imatinib", "2006-01-01", { end: "2013-12-01", stopReason: "loss-of-response" }),
    ]);
    expect(m.get("imatinib")!.label).toBe("L1: imatinib (loss of response)");
  });
});

describe("the legend", () => {
  it("lists each clinical category drawn in its own colour when there are several", () => {
    const l = layoutTimeline(
      parse(
        doc([
          {
            kind: "clinical",
            id: "a",
            category: "tumor-board",
            term: "enrolled",
            start: "2018-06-01",
          },
          {
            kind: "clinical",
            id: "b",
            category: "other",
            term: "refused transplant",
            start: "2018-08-01",
          },
        ] as never),
      ),
      { width: 960 },
    );
    const clinical = l.legend.filter((e) => e.key.startsWith("glyph:clinical"));
    expect(clinical.map((e) => e.label)).toEqual([
      "Clinical event: tumor board",
      "Clinical event: other",
    ]);
    const colours = new Set(l.marks.map((m) => JSON.stringify(m.colorKey)));
    expect(new Set(clinical.map((e) => JSON.stringify(e.colorKey)))).toEqual(colours);
  });
});

describe("narrow and slide figures keep every word of their titles", () => {
  const TITLE =
    "De novo metastatic bladder urothelial carcinoma (cT3N1M1): enfortumab vedotin + pembrolizumab, complete metabolic response, then cystectomy";
  const t = parse(
    doc([tki("a", "2020-01-01", { end: "2020-06-01" })], {
      title:
        "De novo metastatic bladder urothelial carcinoma (cT3N1M1): enfortumab vedotin + pembrolizumab, complete metabolic response, then cystectomy",
    } as never),
  );

  it("a long case title wraps onto a second heading line", () => {
    const l = layoutFigure(t, themes.slide).layout;
    expect(l.headingLines).toHaveLength(2);
    expect(l.headingLines.join(" ")).toBe(TITLE);
    expect(l.heading).toBe(l.headingLines[0]);
  });

  it("the axis title wraps to a journal column and stays inside the figure", () => {
    const l = layoutTimeline(t, { width: 321, fontSize: 7, axis: { anchor: "a" } });
    const size = 7;
    expect(l.axisTitleLines.join(" ")).toBe(l.axis.title);
    for (const line of l.axisTitleLines) {
      const half = measureText(line, size) / 2;
      expect(l.axisTitleX - half).toBeGreaterThanOrEqual(0);
      expect(l.axisTitleX + half).toBeLessThanOrEqual(321);
    }
  });
});

describe("print patterns", () => {
  it("a vague course carries its class's pattern, as the legend's swatch does", () => {
    const t = vagueCourse();
    const fig = layoutFigure(t, themes.journal);
    const svg = svgOf(fig);
    const vague = svg.slice(svg.indexOf('data-mark-id="osimertinib"'));
    const mark = vague.slice(0, vague.indexOf('role="listitem"'));
    expect(mark).toMatch(/fill="url\(#/);
  });
});

describe("a bound stated with ≤ or ≥", () => {
  it("prints ≤ and draws the arrow of its direction", () => {
    const t = bcr([
      { date: "2014-01-10", value: 0.1, qualifier: "<=" },
      { date: "2015-01-10", value: 1, qualifier: ">=" },
    ]);
    const s = seriesOf(layoutTimeline(t, { width: 960 }).marks);
    expect(s.points.map((p) => p.qualifier)).toEqual(["<", ">"]);
    expect(s.label?.full).toBe("BCR-ABL1 (IS) ≤ 0.1 % → ≥ 1 % (2 values)");
  });
});

// No line through a label: whiskers, window brackets, placements, change ticks, sample ties,
// outlines, lab lines and links keep clear of every label, in every theme and width.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDay,
  labelCrossings,
  layoutFigure,
  layoutTimeline,
  parseTimeline,
  themes,
  type DateInput,
  type Label,
  type PointMark,
  type TimelineLayout,
} from "../src/index.js";
import { allScenarios } from "../../../stories/scenarios.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";
import { doc, parse, tki } from "./fixtures.js";

const THEMES = Object.keys(themes) as Array<keyof typeof themes>;
const WIDTHS = [320, 680, 960, 1920];

/** Crossings as short sentences, so a failure reads. */
const described = (l: TimelineLayout) =>
  labelCrossings(l).map((c) => `${c.what} of ${c.lineOf} through the label of ${c.labelOf}`);

const label = (x: number, y: number, text: string, width: number): Label => ({
  text,
  full: text,
  x,
  y,
  anchor: "start",
  width,
  inside: false,
  truncated: false,
});

describe("labelCrossings(layout)", () => {
  const t = parse(
    doc([{ kind: "clinical", id: "c", category: "other", term: "fever", start: "2021" }]),
  );
  const base = layoutTimeline(t, { width: 800 });
  const point = base.marks.find((m): m is PointMark => m.type === "point")!;

  it("cuts a whisker under its own label, and finds another mark's whisker through it", () => {
    const crafted: TimelineLayout = {
      ...base,
      marks: [
        {
          ...point,
          range: { x0: point.x - 200, x1: point.x + 200 },
          window: false,
          label: label(point.x + 20, point.y + 4, "fever", 40),
        },
      ],
    };
    // The whisker stops under the label (the scene draws it in two pieces): nothing crosses.
    expect(labelCrossings(crafted)).toEqual([]);
    const other = {
      ...point,
      id: "d",
      eventId: "d",
      x: point.x + 300,
      range: { x0: point.x - 100, x1: point.x + 320 },
      window: false,
      label: null,
    };
    expect(labelCrossings({ ...crafted, marks: [...crafted.marks, other] })).toEqual([
      { labelOf: point.id, labelEventId: "c", what: "whisker", lineOf: "d", lineEventId: "d" },
    ]);
  });

  it("finds a window's bracket and a link through a label, and not a label beside them", () => {
    const y = point.y;
    const crafted: TimelineLayout = {
      ...base,
      marks: [
        {
          ...point,
          range: { x0: point.x - 30, x1: point.x + 30 },
          window: true,
          label: label(point.x + 20, y + 4, "fever", 40),
        },
      ],
      links: [
        {
          id: "l",
          type: "ended",
          fromEventId: "r",
          toEventId: "x",
          points: [
            [point.x + 40, y - 100],
            [point.x + 40, y + 100],
          ],
          gaps: [],
          pieces: [
            [
              [point.x + 40, y - 100],
              [point.x + 40, y],
              [point.x + 40, y],
              [point.x + 40, y + 100],
            ],
          ],
        },
      ],
    };
    expect(labelCrossings(crafted).map((c) => c.what)).toEqual(["window", "link"]);
    const beside = { ...crafted.marks[0]!, label: label(point.x + 34, y + 4, "fever", 2) };
    expect(labelCrossings({ ...crafted, marks: [beside], links: [] })).toEqual([]);
  });

  it("reads the layout alone: a layout that went through JSON gives the same answer", () => {
    const l = layoutTimeline(parse(seedJson("002")), { width: 680 });
    expect(labelCrossings(JSON.parse(JSON.stringify(l)) as TimelineLayout)).toEqual(
      labelCrossings(l),
    );
  });
});

function seedJson(prefix: string): unknown {
  return patientSeeds().find((s) => s.name.startsWith(prefix))!.json;
}

describe("layoutTimeline keeps lines off labels", () => {
  it("gives a link a gap where a label stands in its way (seed 002), and the gap matters", () => {
    const l = layoutTimeline(parse(seedJson("002")), { width: 960 });
    const gapped = l.links.filter((k) => k.gaps.length > 0);
    expect(gapped.length).toBeGreaterThan(0);
    for (const k of gapped) expect(k.pieces.length).toBeGreaterThanOrEqual(k.gaps.length);
    // Drawn whole, the same links would run through labels.
    const whole = l.links.map((k) => {
      const [a, b] = [k.points[0]!, k.points[1]!];
      return { ...k, gaps: [], pieces: [wholeCurve(k, a, b)] };
    });
    expect(labelCrossings({ ...l, links: whole }).some((c) => c.what === "link")).toBe(true);
  });

  for (const { name, json } of patientSeeds())
    for (const theme of THEMES)
      it(`every label of ${name} is clear of lines in the ${theme} theme at ${WIDTHS.join("/")} px`, () => {
        const t = parse(json);
        for (const width of WIDTHS)
          expect(described(layoutFigure(t, themes[theme], { width }).layout)).toEqual([]);
      });

  const figures = allScenarios.filter((s) => s.expect.kind === "figure");
  for (const s of figures)
    it(`every label of the "${s.key}" scenario is clear of lines in every theme and width`, () => {
      const r = parseTimeline(s.timeline);
      if (!r.ok) throw new Error(`${s.key} does not parse`);
      for (const theme of THEMES)
        for (const width of WIDTHS)
          expect(described(layoutFigure(r.value, themes[theme], { width }).layout)).toEqual([]);
    });
});

/** The first piece's control points, for a link drawn as one S again (what a gap replaced). */
function wholeCurve(
  k: TimelineLayout["links"][number],
  a: [number, number],
  b: [number, number],
): [[number, number], [number, number], [number, number], [number, number]] {
  const first = k.pieces[0]!;
  const my = first[1][1] === a[1] ? (a[1] + b[1]) / 2 : first[1][1];
  return [a, [a[0], my], [b[0], my], b];
}

// Random timelines with every kind of line a label could meet: uncertain dates drawn as whiskers
// and windows, courses placed by their length, tests with an earlier sample, resistance links.
const DAY0 = 18_000; // 2019-04-13
type Told = "day" | "month" | "year" | "approx" | "between";
const when = (day: number, told: Told, span: number): DateInput => {
  const d = formatDay(DAY0 + day);
  switch (told) {
    case "day":
      return d;
    case "month":
      return d.slice(0, 7);
    case "year":
      return d.slice(0, 4);
    case "approx":
      return `${d.slice(0, 7)}~`;
    case "between":
      return { after: { date: d }, before: { date: formatDay(DAY0 + day + span) } };
  }
};

const arbEvent = fc.record({
  kind: fc.constantFrom("therapy", "imaging", "clinical", "molecular", "resistance"),
  day: fc.integer({ min: 0, max: 1500 }),
  told: fc.constantFrom<Told>("day", "month", "year", "approx", "between"),
  span: fc.integer({ min: 1, max: 500 }),
  length: fc.option(fc.integer({ min: 1, max: 600 })),
  label: fc.string({ minLength: 1, maxLength: 50 }),
});

type ArbEvent = typeof arbEvent extends fc.Arbitrary<infer T> ? T : never;

function randomDocument(evs: ArbEvent[]): unknown {
  const therapies = evs.flatMap((e, i) => (e.kind === "therapy" ? [`e${i}`] : []));
  const events: unknown[] = [
    {
      kind: "molecular",
      id: "ngs",
      resultDate: formatDay(DAY0),
      sample: { type: "tissue" },
      method: { type: "NGS" },
      findings: [{ id: "f", gene: "ALK", type: "fusion", status: "detected" }],
    },
  ];
  evs.forEach((e, i) => {
    const id = `e${i}`;
    const date = when(e.day, e.told, e.span);
    if (e.kind === "therapy")
      events.push(
        tki(id, date, {
          label: e.label,
          ...(e.length === null
            ? {}
            : { end: { relativeTo: { event: id }, offset: { amount: e.length, unit: "day" } } }),
          ...(i > 0 && evs[i - 1]!.kind === "resistance" ? { basedOn: [`e${i - 1}`] } : {}),
        }),
      );
    else if (e.kind === "imaging")
      events.push({ kind: "imaging", id, modality: "CT", date, label: e.label });
    else if (e.kind === "molecular")
      events.push({
        kind: "molecular",
        id,
        sampleDate: formatDay(DAY0 + Math.max(0, e.day - e.span)),
        resultDate: date,
        sample: { type: "tissue" },
        method: { type: "NGS" },
        findings: [],
        label: e.label,
      });
    else if (e.kind === "resistance" && therapies.length > 0) {
      const therapy = therapies[e.day % therapies.length]!;
      events.push({
        kind: "resistance",
        id,
        // Detected on the therapy: some time after its start, or a stated time after it.
        date:
          e.told === "between" || e.told === "year"
            ? { after: { event: therapy }, text: "later" }
            : { relativeTo: { event: therapy }, offset: { amount: e.span, unit: "day" } },
        therapy,
        mechanism: e.label,
        findings: [{ test: "ngs", finding: "f" }],
      });
    } else events.push({ kind: "clinical", id, category: "other", term: e.label, start: date });
  });
  return doc(events as Parameters<typeof doc>[0]);
}

describe("labelCrossings on random timelines", () => {
  it("layoutTimeline leaves no line through a label on 200 random valid timelines (fast-check, fixed seed)", () => {
    let valid = 0;
    const seen = { links: 0, gaps: 0, windows: 0, placements: 0, shortened: 0 };
    fc.assert(
      fc.property(
        fc.array(arbEvent, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...WIDTHS),
        fc.constantFrom(...THEMES),
        (evs, width, theme) => {
          const r = parseTimeline(randomDocument(evs));
          if (!r.ok) return true;
          valid++;
          const l = layoutFigure(r.value, themes[theme], { width }).layout;
          if (l.links.length) seen.links++;
          if (l.links.some((k) => k.gaps.length)) seen.gaps++;
          if (l.marks.some((m) => m.type === "point" && m.window)) seen.windows++;
          if (l.marks.some((m) => m.type === "bar" && m.placement)) seen.placements++;
          if (l.marks.some((m) => m.label?.truncated)) seen.shortened++;
          return described(l).length === 0;
        },
      ),
      { numRuns: 200, seed: 20261205 },
    );
    // The property is not vacuous: most generated documents are valid timelines.
    expect(valid).toBeGreaterThan(150);
    // …and they hold what labels must keep clear of.
    for (const n of Object.values(seen)) expect(n).toBeGreaterThan(20);
  });
});

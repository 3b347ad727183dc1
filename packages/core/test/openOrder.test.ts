// A history told by order alone past its last date ("then nivolumab", "subsequently", "ultimately",
// nothing stated later, no publication date): every such point's window is open above. Before,
// they all sat on the one known bound, so a course, its progression and the next line were drawn
// on the same day and the order the source states was invisible; with a publication date the
// edge of the axis where they lay was compressed into 40 px. Found on an unseen metastatic renal
// cell carcinoma history (sunitinib, then nivolumab, then cabozantinib).
import { describe, expect, it } from "vitest";
import {
  layoutTimeline,
  type BarMark,
  type Mark,
  type PointMark,
  type TimelineDocumentInput,
} from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";

type Ev = TimelineDocumentInput["events"][number];

const line = (id: string, name: string, start: unknown, rest: object = {}): Ev =>
  ({ kind: "therapy", id, agents: [{ name }], start, ...rest }) as Ev;
const progression = (id: string, therapy: string): Ev =>
  ({
    kind: "progression",
    id,
    basis: "radiographic",
    date: { after: { event: therapy, edge: "start" } },
    therapy,
  }) as Ev;

/** Diagnosis in April 2018, then three lines, each stopped by a progression told after it. */
function rcc(extra: Partial<TimelineDocumentInput> = {}): TimelineDocumentInput {
  return {
    schemaVersion: "1.1",
    id: "rcc-order",
    source: { citation: "Synthetic history told in order", kind: "synthetic" },
    patient: { label: "Test patient" },
    diagnoses: [
      {
        id: "dx",
        date: "2018-04",
        primarySite: "kidney",
        histology: "clear cell renal cell carcinoma",
      },
    ],
    events: [
      line("sun", "sunitinib", { after: { event: "dx" } }, { stopReason: "progression" }),
      progression("pd1", "sun"),
      line("nivo", "nivolumab", { after: { event: "pd1" } }, { stopReason: "progression" }),
      progression("pd2", "nivo"),
      line("cabo", "cabozantinib", { after: { event: "pd2" } }, { ongoing: true }),
    ],
    ...extra,
  } as TimelineDocumentInput;
}

const byId = (marks: Mark[], id: string) => marks.find((m) => m.eventId === id)!;
const bar = (marks: Mark[], id: string) => byId(marks, id) as BarMark;
const point = (marks: Mark[], id: string) => byId(marks, id) as PointMark;

describe("a history told in order past its last stated date", () => {
  const t = parse(rcc());
  const l = layoutTimeline(t, { width: 960 });

  it("keeps every window as stated: after April 2018, open above (no date is invented)", () => {
    for (const id of ["sun", "pd1", "nivo", "pd2", "cabo"]) {
      const e = t.events.find((x) => x.id === id)!;
      expect(e.span.start.earliest, id).toBe(t.diagnoses[0]!.span.start.earliest);
      expect(e.span.start.latest, id).toBeNull();
    }
  });

  it("draws each line, its progression and the next line in the order told", () => {
    const xs = [
      bar(l.marks, "sun").x,
      point(l.marks, "pd1").x,
      bar(l.marks, "nivo").x,
      point(l.marks, "pd2").x,
      bar(l.marks, "cabo").x,
    ];
    for (let i = 1; i < xs.length; i++) expect(xs[i]!, `step ${i}`).toBeGreaterThan(xs[i - 1]!);
    // Each course stopped by its progression ends there, closed.
    expect(bar(l.marks, "sun").x2).toBeCloseTo(point(l.marks, "pd1").x, 0);
    expect(bar(l.marks, "nivo").x2).toBeCloseTo(point(l.marks, "pd2").x, 0);
    // The ongoing line runs on to the last point drawn.
    expect(bar(l.marks, "cabo").x2).toBeGreaterThanOrEqual(point(l.marks, "pd2").x);
  });

  it("keeps every mark inside the plot", () => {
    for (const m of l.marks) {
      const x0 = m.type === "bar" ? m.x : (m as PointMark).x;
      const x1 = m.type === "bar" ? m.x2 : (m as PointMark).x;
      expect(x0, m.eventId).toBeGreaterThanOrEqual(l.plot.x - 0.5);
      expect(x1, m.eventId).toBeLessThanOrEqual(l.plot.x + l.plot.width + 0.5);
    }
  });

  it("prints no tick past the last stated date, and says why under the figure", () => {
    const lastStated = t.diagnoses[0]!.span.start.latest!;
    expect(l.axis.untimed).toEqual([[lastStated + 1, l.axis.domain[1]]]);
    expect(l.ticks.length).toBeGreaterThan(0);
    for (const tk of l.ticks) expect(tk.value).toBeLessThanOrEqual(lastStated);
    const notes = l.notes.map((n) => n.text).join(" ");
    expect(notes).toContain("No dates are stated after 2018-04-30");
    // Plain data: it survives JSON.
    expect(JSON.parse(JSON.stringify(l.axis.untimed))).toEqual(l.axis.untimed);
  });

  it("keeps the tick-free stretch when zoomed (axis.domain)", () => {
    const z = layoutTimeline(t, { width: 960, axis: { domain: l.axis.domain } });
    expect(z.axis.untimed).toEqual(l.axis.untimed);
    for (const tk of z.ticks) expect(tk.value).toBeLessThan(l.axis.untimed[0]![0]);
  });

  it("with a publication date, keeps the told order, no later than the report", () => {
    const tp = parse(rcc({ source: { ...rcc().source, published: "2021-06" } }));
    const at = (id: string) => tp.events.find((x) => x.id === id)!.span.start.at!;
    const ids = ["sun", "pd1", "nivo", "pd2", "cabo"];
    for (let i = 1; i < ids.length; i++) expect(at(ids[i]!)).toBeGreaterThan(at(ids[i - 1]!));
    for (const id of ids) expect(at(id)).toBeLessThanOrEqual(Date.UTC(2021, 5, 30) / 86_400_000);
  });

  it("keeps a stated length in the tick-free stretch, within what was stated", () => {
    const d = rcc();
    d.events[2] = line(
      "nivo",
      "nivolumab",
      { after: { event: "pd1" } },
      { stopReason: "progression", duration: { amount: 6, unit: "month" } },
    );
    const x = parse(d);
    const lx = layoutTimeline(x, { width: 960 });
    const nivo = bar(lx.marks, "nivo");
    const pxPerDay = lx.axis.range[1] - lx.axis.range[0];
    const days = ((nivo.x2 - nivo.x) / pxPerDay) * (lx.axis.domain[1] - lx.axis.domain[0]);
    expect(days).toBeGreaterThanOrEqual(167 - 1);
    expect(days).toBeLessThanOrEqual(198 + 1);
    expect(point(lx.marks, "pd2").x).toBeGreaterThanOrEqual(nivo.x2 - 0.5);
  });
});

describe("told order before the first stated date", () => {
  it("keeps a chain of points open below in its order, each a step before the next", () => {
    // Dated only backwards from a relapse: diagnosis, then neoadjuvant chemotherapy, then surgery,
    // then adjuvant chemotherapy, all before the relapse 18 months after the last course.
    const t = parse(
      doc(
        [
          tki("nact", { after: { event: "dx" } }, { end: { before: { event: "ids" } } }),
          {
            kind: "procedure",
            id: "ids",
            type: "surgery",
            name: "interval debulking",
            date: { before: { event: "adj" } },
          },
          tki("adj", { before: { event: "relapse" } }, { end: { before: { event: "relapse" } } }),
          { kind: "progression", id: "relapse", basis: "radiographic", date: "2020-06" },
        ] as never,
        {
          diagnoses: [{ id: "dx", primarySite: "ovary", date: { before: { event: "nact" } } }],
        } as never,
      ),
    );
    const at = (id: string, edge: "start" | "end" = "start") => {
      const e = [...t.events, ...t.diagnoses].find((x) => x.id === id)!;
      return e.span[edge].at!;
    };
    expect(at("dx")).toBeLessThan(at("nact"));
    expect(at("nact")).toBeLessThan(at("ids"));
    expect(at("ids")).toBeLessThan(at("adj"));
    expect(at("adj")).toBeLessThan(at("relapse"));
    // A point open below with nothing told before it stays at its bound.
    const one = parse(
      doc([
        { kind: "imaging", id: "ct", modality: "CT", date: { before: { event: "op" } } },
        { kind: "procedure", id: "op", type: "surgery", name: "resection", date: "2020-06-15" },
      ] as never),
    );
    expect(one.events[0]!.span.start.at).toBe(one.events[1]!.span.start.earliest);
  });
});

describe("a diagnosis known by its relations", () => {
  it("is drawn as early as the statements allow, before the treatment told after it", () => {
    const t = parse(
      doc(
        [
          {
            kind: "procedure",
            id: "turb",
            type: "surgery",
            name: "TURB",
            date: { after: { date: "2025-01" } },
          },
          tki("ev", { after: { event: "turb" } }, { end: { before: { date: "2026-12" } } }),
        ] as never,
        {
          diagnoses: [{ id: "dx", primarySite: "bladder", date: { after: { event: "turb" } } }],
          dataCutoff: "2026-12",
        } as never,
      ),
    );
    const dx = t.diagnoses[0]!.span.start;
    expect(dx.at).toBe(dx.earliest);
    expect(dx.at!).toBeLessThanOrEqual(t.events[1]!.span.start.at!);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTimeline, type Mark, type Timeline, type TimelineLayout } from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  owner: string;
}
const labelBox = (m: Mark, fs: number): Box | null => {
  const l = m.label;
  if (!l) return null;
  const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - l.width : l.x - l.width / 2;
  return { x0, x1: x0 + l.width, y0: l.y - fs * 0.8, y1: l.y + fs * 0.2, owner: m.id };
};
const bodyBox = (m: Mark): Box => {
  if (m.type === "bar") return { x0: m.x, x1: m.x2, y0: m.y, y1: m.y + m.height, owner: m.id };
  if (m.type === "point")
    return {
      x0: m.x - m.size / 2,
      x1: m.x + m.size / 2,
      y0: m.y - m.size / 2,
      y1: m.y + m.size / 2,
      owner: m.id,
    };
  return {
    x0: Math.min(...m.points.map((p) => p.x)) - 3,
    x1: Math.max(...m.points.map((p) => p.x)) + 3,
    y0: m.y,
    y1: m.y + m.height,
    owner: m.id,
  };
};
const overlap = (a: Box, b: Box) =>
  a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01;

/** Every invariant the layout promises, as a list of violations (empty = fine). */
function violations(t: Timeline, l: TimelineLayout): string[] {
  const out: string[] = [];
  const ids = new Set([...l.marks.map((m) => m.eventId), ...l.unplaced.map((u) => u.eventId)]);
  for (const e of [...t.events.map((e) => e.id), ...t.diagnoses.map((d) => d.id)])
    if (!ids.has(e)) out.push(`no mark and no reason for ${e}`);
  const labels = l.marks.map((m) => labelBox(m, l.fontSize)).filter((b): b is Box => b !== null);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlap(labels[i]!, labels[j]!))
        out.push(`labels of ${labels[i]!.owner} and ${labels[j]!.owner} overlap`);
  const bodies = l.marks.map(bodyBox);
  for (const lb of labels)
    for (const b of bodies)
      if (b.owner !== lb.owner && overlap(lb, b))
        out.push(`label of ${lb.owner} covers mark ${b.owner}`);
  for (const lb of labels)
    if (lb.x0 < l.plot.x - 0.5 || lb.x1 > l.width + 0.5)
      out.push(`label of ${lb.owner} leaves the figure`);
  for (const m of l.marks)
    if (
      m.bounds.y < l.plot.y - 0.5 ||
      m.bounds.y + m.bounds.height > l.plot.y + l.plot.height + 0.5
    )
      out.push(`${m.id} outside the plot`);
  return out;
}

describe("layoutTimeline invariants on every seed", () => {
  for (const { file, json } of patientSeeds()) {
    for (const width of [320, 680, 960, 1920]) {
      it(`layoutTimeline(${file}, {width: ${width}}) places every event, with no overlapping text`, () => {
        const t = parse(json);
        const l = layoutTimeline(t, { width });
        expect(violations(t, l)).toEqual([]);
        expect(layoutTimeline(t, { width })).toEqual(l); // deterministic
      });
    }
  }
});

describe("layoutTimeline", () => {
  it("packs overlapping therapies into separate rows of the therapy lane", () => {
    const t = parse(
      doc([
        tki("osimertinib", "2020-01-01", { end: "2021-06-01" }),
        tki("alectinib", "2021-01-01", { end: "2021-12-01" }),
      ]),
    );
    const bars = layoutTimeline(t, { width: 800 }).marks.filter((m) => m.type === "bar");
    expect(bars.map((b) => [b.eventId, b.lane, b.row])).toEqual([
      ["osimertinib", "therapy", 0],
      ["alectinib", "therapy", 1],
    ]);
  });

  it("x grows with time", () => {
    const days = ["2020-01-05", "2020-03-01", "2020-03-02", "2021-07-19", "2023-12-31"];
    const t = parse(
      doc(days.map((d, i) => ({ kind: "imaging", id: `ct${i}`, modality: "CT", date: d }))),
    );
    const xs = layoutTimeline(t, { width: 900 }).marks.map((m) => (m.type === "point" ? m.x : NaN));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(5);
  });

  it("draws month precision as a range, never an invented day", () => {
    const t = parse(
      doc([
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: "2024-02",
          responses: [{ value: "PR" }],
        },
      ]),
    );
    const m = layoutTimeline(t, { width: 900 }).marks[0]!;
    expect(m.type === "point" && m.range !== null && m.range.x1 - m.range.x0 > 10).toBe(true);
    // Wider than its glyph: drawn as a window (band, hollow glyph) and labelled with the month.
    expect(m.type === "point" && m.window).toBe(true);
    // A stated month is not "about": "~" is kept for what the source calls approximate.
    expect(m.label?.text).toBe("PR · CT, in 2024-02");
    const around = parse(
      doc([
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: "2024-02~",
          responses: [{ value: "PR" }],
        },
      ]),
    );
    expect(layoutTimeline(around, { width: 900 }).marks[0]!.label?.text).toBe(
      "~PR · CT, in 2024-02",
    );
  });

  it("ends an ongoing therapy in an arrow at the data cut-off", () => {
    const t = parse(
      doc([tki("alectinib", "2023-02-09", { ongoing: true })], { dataCutoff: "2024-09-01" }),
    );
    const l = layoutTimeline(t, { width: 900 });
    const bar = l.marks.find((m) => m.type === "bar")!;
    expect(bar.type === "bar" && bar.ongoing).toBe(true);
    expect(l.legend.map((e) => e.key)).toContain("style:ongoing");
    expect(l.legend.find((e) => e.key === "style:ongoing")?.label).toBe("Ongoing at data cut-off");
  });

  it("says 'ongoing when last reported', not 'at data cut-off', when the source states no cut-off", () => {
    const t = parse(doc([tki("alectinib", "2023-02-09", { ongoing: true })]));
    const l = layoutTimeline(t, { width: 900 });
    expect(l.legend.find((e) => e.key === "style:ongoing")?.label).toBe(
      "Ongoing when last reported",
    );
  });

  it("counts a relative axis from any anchor, in the chosen unit", () => {
    const t = parse(
      doc([
        tki("a", "2020-01-01", { end: "2021-01-01" }),
        { kind: "imaging", id: "ct", modality: "CT", date: "2020-07-01" },
      ]),
    );
    const l = layoutTimeline(t, {
      width: 900,
      axis: { mode: "relative", anchor: "a", unit: "month" },
    });
    expect(l.axis).toMatchObject({
      mode: "relative",
      unit: "month",
      title: "Months from start of a",
    });
    expect(l.ticks.map((k) => k.label)).toContain("6");
  });

  it("keeps an undated timeline in the told order with no time axis", () => {
    const t = parse(
      doc([
        { kind: "clinical", id: "b", category: "other", term: "b" },
        { kind: "clinical", id: "a", category: "other", term: "a" },
      ]),
    );
    const l = layoutTimeline(t, { width: 600 });
    expect(l.axis.mode).toBe("sequence");
    expect(l.ticks).toEqual([]);
    const [b, a] = l.marks;
    expect(b!.eventId === "b" && a!.eventId === "a" && b!.bounds.x < a!.bounds.x).toBe(true);
  });

  it("names an event it cannot place, in the layout and in a visible note", () => {
    const t = parse(
      doc([
        tki("a", "2020-01-01", { end: "2020-06-01" }),
        { kind: "clinical", id: "x", category: "other", term: "undated thing" },
      ]),
    );
    const l = layoutTimeline(t, { width: 900 });
    expect(l.unplaced).toEqual([
      {
        eventId: "x",
        reason: "date-not-stated",
        frame: null,
        message: "date not stated",
        description: "Other: undated thing, date not stated.",
      },
    ]);
    expect(l.notes[0]!.text).toBe(
      "Not on the time axis (date not stated): Other: undated thing, date not stated.",
    );
  });

  it("says as data when an event counts from an event that is not on a calendar axis", () => {
    const t = parse(
      doc([
        tki("a", "2020-01-01", { end: "2020-06-01" }),
        { kind: "clinical", id: "z", category: "other", term: "undated start" },
        {
          kind: "clinical",
          id: "y",
          category: "other",
          term: "three months later",
          start: { relativeTo: { event: "z" }, offset: { amount: 3, unit: "month" } },
        },
      ]),
    );
    const l = layoutTimeline(t, { width: 900 });
    const y = l.unplaced.find((u) => u.eventId === "y");
    expect(y).toMatchObject({ reason: "other-frame", frame: { eventId: "z", edge: "start" } });
    expect(y!.message).toBe("dated relative to the start of z, whose own date is not stated");
  });

  it("says so when an event is related only to open dates: no bound on either side", () => {
    // "Neuropathy before the end of FOLFIRINOX", whose end is not stated: not "another frame".
    // The list is not in time order (2021 told before 2019), so its order gives no bound either.
    const neuropathy = {
      kind: "adverse-event" as const,
      id: "ae",
      term: "neuropathy",
      start: { before: { event: "a", edge: "end" as const } },
    };
    const t = parse(
      doc([tki("a", "2020-01-01"), neuropathy, tki("b", "2021-06-01"), tki("c", "2019-01-01")]),
    );
    const ae = layoutTimeline(t, { width: 900 }).unplaced.find((u) => u.eventId === "ae");
    expect(ae).toMatchObject({ reason: "unbounded", frame: null });
    expect(ae!.message).toBe("no date stated before or after it, only what it is related to");
  });

  it("draws an event open both ways where the told order puts it, fading both ways", () => {
    // The same neuropathy told after FOLFIRINOX began, in a list told in time order: drawn after
    // the course's start (its told place), as a position, never as a date.
    const t = parse(
      doc([
        tki("a", "2020-01-01"),
        {
          kind: "adverse-event",
          id: "ae",
          term: "neuropathy",
          start: { before: { event: "a", edge: "end" } },
        },
      ]),
    );
    const layout = layoutTimeline(t, { width: 900 });
    expect(layout.unplaced.find((u) => u.eventId === "ae")).toBeUndefined();
    const ae = layout.marks.find((m) => m.eventId === "ae");
    const a = layout.marks.find((m) => m.eventId === "a");
    expect(ae?.type).toBe("point");
    if (ae?.type !== "point" || a?.type !== "bar") throw new Error("marks");
    expect(ae.x).toBeGreaterThanOrEqual(a.x);
    expect([ae.openLeft, ae.openRight, ae.uncertain]).toEqual([true, true, true]);
    // Its stated window stays open: no date is invented for it.
    const start = t.events.find((e) => e.id === "ae")!.span.start;
    expect([start.earliest, start.latest]).toEqual([null, null]);
  });

  it("culls what lies outside a zoomed domain, keeps everything otherwise", () => {
    const t = parse(
      doc(
        Array.from({ length: 24 }, (_, i) => ({
          kind: "imaging" as const,
          id: `ct${i}`,
          modality: "CT" as const,
          date: `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-15`,
        })),
      ),
    );
    const full = layoutTimeline(t, { width: 900 });
    const zoomed = layoutTimeline(t, {
      width: 900,
      axis: { domain: [full.axis.domain[0], full.axis.domain[0] + 120] },
    });
    expect(full.culled).toBe(0);
    expect(zoomed.culled).toBeGreaterThan(15);
    expect(zoomed.marks.length + zoomed.culled).toBe(24);
  });

  it("keeps its invariants on random timelines (fast-check, fixed seed)", () => {
    const event = fc.record({
      kind: fc.constantFrom("therapy", "imaging", "clinical", "molecular"),
      start: fc.integer({ min: 0, max: 2000 }),
      length: fc.integer({ min: 0, max: 400 }),
      precision: fc.constantFrom("day", "month", "year"),
      label: fc.string({ minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 320, max: 1600 }),
        (evs, width) => {
          const iso = (d: number, p: string) =>
            new Date(Date.UTC(2015, 0, 1 + d))
              .toISOString()
              .slice(0, p === "day" ? 10 : p === "month" ? 7 : 4);
          const events = evs.map((e, i) => {
            const id = `e${i}`;
            const start = iso(e.start, e.precision);
            if (e.kind === "therapy")
              return tki(id, start, {
                end: iso(e.start + e.length + 366, e.precision),
                label: e.label,
              });
            if (e.kind === "imaging")
              return {
                kind: "imaging" as const,
                id,
                modality: "CT" as const,
                date: start,
                label: e.label,
              };
            if (e.kind === "molecular")
              return {
                kind: "molecular" as const,
                id,
                resultDate: start,
                sample: { type: "tissue" as const },
                method: { type: "NGS" as const },
                findings: [],
                label: e.label,
              };
            return {
              kind: "clinical" as const,
              id,
              category: "other" as const,
              term: e.label,
              start,
            };
          });
          const t = parse(doc(events));
          const v = violations(t, layoutTimeline(t, { width }));

          return v.length === 0;
        },
      ),
      { numRuns: 150, seed: 20261122 },
    );
  });
});

describe("layoutTimeline axis notes", () => {
  it("says so when a relative axis is asked of an anchor that does not exist", () => {
    const t = parse(doc([tki("a", "2020-01-01", { end: "2021-01-01" })]));
    const l = layoutTimeline(t, { width: 900, axis: { mode: "relative", anchor: "nope" } });
    expect(l.axis.mode).toBe("calendar");
    expect(l.notes[0]!.text).toBe(
      "Anchor 'nope' is no event or diagnosis with a calendar date here; calendar dates are shown.",
    );
  });
});

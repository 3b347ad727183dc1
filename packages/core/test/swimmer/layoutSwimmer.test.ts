import { describe, expect, it } from "vitest";
import {
  alignCohort,
  drawSwimmer,
  layoutSwimmer,
  makeSwimmerPaint,
  parseAnchor,
  themes,
  toSvgString,
  type SwimmerRowLayout,
} from "../../src/index.js";
import { doc, parse, tki } from "../fixtures.js";
import { fourPatients, patient, table1 } from "./cohorts.js";

const rows = (l: ReturnType<typeof layoutSwimmer>) =>
  l.items.filter((i): i is SwimmerRowLayout => i.type === "row");
const MONTH = 30.436875;

describe("layoutSwimmer: alignment", () => {
  it("layoutSwimmer(cohort, {align: first ALK TKI}) puts every ALK TKI start at x of day 0", () => {
    const l = layoutSwimmer(fourPatients(), { align: { kind: "class", drugClass: "ALK TKI" } });
    const zero = l.zero!.x;
    for (const r of rows(l).filter((r) => r.aligned)) {
      const alk = r.segments.find((s) => s.eventId === "alk")!;
      expect(alk.x).toBeCloseTo(zero, 6);
    }
  });

  it("time before the anchor is negative: an EGFR TKI before the ALK TKI starts left of zero", () => {
    const l = layoutSwimmer(fourPatients(), { align: { kind: "class", drugClass: "ALK TKI" } });
    const b = rows(l).find((r) => r.id === "b")!;
    const egfr = b.segments.find((s) => s.eventId === "egfr")!;
    expect(egfr.x).toBeLessThan(l.zero!.x);
    expect(l.axis.domain[0]).toBeLessThan(0);
  });

  it("rows without the anchor are listed as not aligned and drawn with a message, never dropped", () => {
    const l = layoutSwimmer(fourPatients(), { align: { kind: "class", drugClass: "ALK TKI" } });
    expect(l.order).toHaveLength(4);
    expect(l.notAligned).toEqual([{ id: "d", reason: "no start of first ALK TKI" }]);
    const d = rows(l).find((r) => r.id === "d")!;
    expect(d.segments).toEqual([]);
    expect(d.message?.text).toBe("no start of first ALK TKI");
    expect(l.order.at(-1)).toBe("d");
  });

  it("aligns on diagnosis, line N and the first event of a kind", () => {
    const ps = fourPatients();
    const dx = alignCohort(ps, { align: { kind: "diagnosis" } });
    expect(dx.every((r) => r.aligned)).toBe(true);
    const line2 = alignCohort(ps, { align: { kind: "line", line: 2 } });
    expect(line2.filter((r) => r.aligned).map((r) => r.id)).toEqual(["b"]);
    const death = alignCohort(ps, { align: { kind: "event", eventKind: "outcome" } });
    expect(death.map((r) => r.aligned)).toEqual([true, true, true, true]);
  });

  it("counts the axis in the unit asked for", () => {
    const l = layoutSwimmer(fourPatients(), { unit: "week" });
    expect(l.axis.title).toBe("Weeks from diagnosis");
    expect(l.axis.ticks.every((t) => Number.isInteger(Math.round((t.value / 7) * 1e6) / 1e6))).toBe(
      true,
    );
  });

  it("parseAnchor reads the CLI forms and names the mistake", () => {
    expect(parseAnchor("class:ALK TKI")).toEqual({ kind: "class", drugClass: "ALK TKI" });
    expect(parseAnchor("line:2")).toEqual({ kind: "line", line: 2 });
    expect(parseAnchor("event:resistance")).toEqual({ kind: "event", eventKind: "resistance" });
    expect(parseAnchor("diagnosis")).toEqual({ kind: "diagnosis" });
    expect(parseAnchor("line:x")).toMatch(/invalid anchor 'line:x'/);
  });
});

describe("layoutSwimmer: sorting, grouping, filtering", () => {
  const alk = { kind: "class", drugClass: "ALK TKI" } as const;

  it("sorts by duration on the aligned therapy, longest first by default (a 12, c 8, b 3; d has none)", () => {
    expect(layoutSwimmer(fourPatients(), { align: alk }).order).toEqual(["a", "c", "b", "d"]);
  });

  it("sorts ascending when asked, missing values still last", () => {
    expect(layoutSwimmer(fourPatients(), { align: alk, order: "asc" }).order).toEqual([
      "b",
      "c",
      "a",
      "d",
    ]);
  });

  it("sorts by best response (CR > PR > PD), then by any field (age)", () => {
    expect(layoutSwimmer(fourPatients(), { sort: "response" }).order).toEqual(["c", "a", "b", "d"]);
    expect(layoutSwimmer(fourPatients(), { sort: "age", order: "asc" }).order).toEqual([
      "c",
      "a",
      "d",
      "b",
    ]);
  });

  it("breaks ties stably, in input order", () => {
    const same = ["x", "y", "z"].map((id) =>
      patient(id, { dx: "2020-01-01", alk: ["2020-02-01", "2020-05-01"] }),
    );
    expect(layoutSwimmer(same, { align: alk }).order).toEqual(["x", "y", "z"]);
    expect(layoutSwimmer(same, { align: alk, order: "asc" }).order).toEqual(["x", "y", "z"]);
  });

  it("groups by a field with a header and n per group, sorted within each group", () => {
    const l = layoutSwimmer(fourPatients(), { align: alk, group: "sex" });
    const headers = l.items.filter((i) => i.type === "group");
    expect(headers.map((h) => [h.label, h.n])).toEqual([
      ["female", 2],
      ["male", 2],
    ]);
    expect(l.order).toEqual(["a", "c", "b", "d"]);
    expect(headers[0]!.text.text).toMatch(/^sex: female \(n = 2; median/);
  });

  it("filters by field values and names what it left out", () => {
    const l = layoutSwimmer(fourPatients(), { filter: [{ field: "sex", values: ["male"] }] });
    expect(l.order.sort()).toEqual(["b", "d"]);
    expect(l.filteredOut).toEqual(["a", "c"]);
  });
});

describe("layoutSwimmer: what each row shows", () => {
  it("ends each row as ongoing arrow, censored tick or death, with geometry", () => {
    const ps = [
      patient("on", { dx: "2020-01-01", alk: ["2020-02-01", null], followUp: "2020-12-01" }),
      patient("cens", {
        dx: "2020-01-01",
        alk: ["2020-02-01", "2020-06-01"],
        followUp: "2020-12-01",
      }),
      patient("dead", { dx: "2020-01-01", alk: ["2020-02-01", "2020-06-01"], death: "2020-09-01" }),
    ];
    const l = layoutSwimmer(ps);
    const byId = Object.fromEntries(rows(l).map((r) => [r.id, r]));
    expect(byId["on"]!.end).toMatchObject({ kind: "ongoing", closed: true });
    expect(byId["on"]!.end!.points).toHaveLength(3);
    expect(byId["cens"]!.end).toMatchObject({ kind: "censored", closed: false, glyph: null });
    expect(byId["dead"]!.end).toMatchObject({ kind: "death", glyph: "death" });
    expect(byId["dead"]!.followUp!.x2).toBe(byId["dead"]!.end!.x);
  });

  it("colours segments with the patient view's keys and draws response periods as bands", () => {
    const l = layoutSwimmer(fourPatients());
    const b = rows(l).find((r) => r.id === "b")!;
    expect(b.segments.map((s) => s.colorKey)).toEqual([
      { kind: "class", drugClass: "EGFR TKI" },
      { kind: "class", drugClass: "ALK TKI" },
    ]);
    const a = rows(l).find((r) => r.id === "a")!;
    expect(a.bands).toHaveLength(1);
    expect(a.bands[0]).toMatchObject({ code: "PR", colorKey: { kind: "response", code: "PR" } });
    expect(a.durable).toBe(true);
  });

  it("puts a glyph at the x of its day from the anchor", () => {
    const p = patient("p", {
      dx: "2020-01-01",
      alk: ["2020-02-01", "2020-12-01"],
      response: { date: "2020-05-01", value: "PR" },
    });
    const l = layoutSwimmer([p]);
    const r = rows(l)[0]!;
    expect(r.glyphs).toHaveLength(1);
    const [d0, d1] = l.axis.domain;
    const [r0, r1] = l.axis.range;
    expect(r.glyphs[0]!.x).toBeCloseTo(r0 + ((121 - d0) * (r1 - r0)) / (d1 - d0), 6); // 2020-05-01 is day 121
  });

  it("draws landmark lines at 6 and 12 months by default", () => {
    const l = layoutSwimmer(fourPatients());
    expect(l.landmarks.map((m) => m.label)).toEqual(["6 mo", "12 mo"]);
    expect(l.landmarks[0]!.value).toBeCloseTo(6 * MONTH, 6);
  });

  it("draws each landmark and the zero line whole when no row message is in the way", () => {
    const l = layoutSwimmer(fourPatients());
    for (const m of l.landmarks) expect(m.pieces).toEqual([[m.y1, m.y2]]);
    expect(l.zero!.pieces).toEqual([[l.zero!.y1, l.zero!.y2]]);
  });

  it("breaks the landmark lines around the rows' messages and never through their text", () => {
    // Seed 002's three cases without an interval say so in italics across the 6 and 12 month lines.
    const l = layoutSwimmer(table1());
    const messages = rows(l).flatMap((r) => (r.message ? [r.message] : []));
    expect(messages).toHaveLength(3);
    const fs = l.fontSize;
    for (const m of l.landmarks) {
      expect(m.pieces).toHaveLength(messages.length + 1);
      expect(m.pieces[0]![0]).toBe(m.y1);
      expect(m.pieces.at(-1)![1]).toBe(m.y2);
      for (const [a, b] of m.pieces) {
        expect(b).toBeGreaterThan(a);
        // No piece reaches into a message's text (baseline minus cap height to the descenders).
        for (const t of messages) expect(b <= t.y - fs * 0.75 || a >= t.y + fs * 0.25).toBe(true);
      }
    }
  });

  it("survives JSON: the layout is plain data", () => {
    const l = layoutSwimmer(table1(), { group: "sex" });
    expect(JSON.parse(JSON.stringify(l))).toEqual(l);
  });
});

describe("layoutSwimmer: seed 002 Table 1", () => {
  it("draws all 16 cases, longest interval first, the three without an interval last with a message", () => {
    const l = layoutSwimmer(table1());
    expect(l.order).toEqual([
      "case-14",
      "case-13",
      "case-4",
      "case-10",
      "case-3",
      "case-11",
      "case-2",
      "case-15",
      "case-1",
      "case-12",
      "case-16",
      "case-5",
      "case-9",
      "case-6",
      "case-7",
      "case-8",
    ]);
    const r6 = rows(l).find((r) => r.id === "case-6")!;
    expect(r6.message?.text).toBe("Interval to ALK resistance not reported");
    expect(r6.after?.full).toBe("response NA · no further regimen");
  });

  it("colours each interval by the class of the EGFR TKIs given, and ends it at ALK resistance", () => {
    const l = layoutSwimmer(table1());
    const r1 = rows(l).find((r) => r.id === "case-1")!;
    expect(r1.segments[0]!.colorKey).toEqual({ kind: "class", drugClass: "EGFR TKI" });
    expect(r1.end).toMatchObject({ kind: "event", glyph: "resistance" });
    expect(r1.after?.full).toBe("CR · osimertinib + alectinib");
    const r9 = rows(l).find((r) => r.id === "case-9")!;
    expect(r9.segments[0]!.colorKey).toEqual({ kind: "class", drugClass: "several" });
    expect(l.legend.map((e) => e.label)).toContain("ALK resistance");
  });

  it("paginates on slides: every row on exactly one page", () => {
    const pages = [0, 1, 2, 3].map((page) =>
      layoutSwimmer(table1(), { width: 1920, fontSize: 26, height: 1080, page }),
    );
    const count = pages[0]!.page.count;
    expect(count).toBeGreaterThan(1);
    const seen = pages.slice(0, count).flatMap((p) => p.order);
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
    for (const p of pages.slice(0, count)) expect(p.height).toBe(1080);
  });
});

describe("the durable-response flag (threshold `durableMonths`, default 6)", () => {
  /** An ALK TKI from 2020-02-01 with response calls on the given dates. */
  const withCalls = (id: string, calls: Array<[string, "CR" | "PR" | "SD" | "PD"]>) =>
    parse(
      doc(
        [
          tki("alk", "2020-02-01", { end: "2021-06-01" }),
          ...calls.map(
            ([date, value], i) =>
              ({
                kind: "imaging",
                id: `ct${i}`,
                date,
                modality: "CT",
                evaluates: "alk",
                responses: [{ value }],
              }) as never,
          ),
        ],
        {
          id,
          diagnoses: [
            { id: "dx", date: "2020-01-01", histology: "adenocarcinoma", primarySite: "lung" },
          ],
        },
      ),
    );

  it("joins consecutive PR calls into one response: three 3-month periods make a durable one", () => {
    const p = withCalls("pr-pr-pr", [
      ["2020-03-01", "PR"],
      ["2020-06-01", "PR"],
      ["2020-09-01", "PR"],
      ["2020-12-01", "PD"],
    ]);
    const r = rows(layoutSwimmer([p]))[0]!;
    expect(r.bands).toHaveLength(3);
    expect(r.durable).toBe(true);
    // The bracket spans the whole response: from the first PR call to the PD call.
    expect(r.durableMark!.x).toBe(r.bands[0]!.x);
    expect(r.durableMark!.x2).toBe(r.bands[2]!.x2);
    expect(r.durableMark!.y).toBeLessThan(r.durableMark!.tickY);
    expect(r.durableMark!.tickY).toBeLessThanOrEqual(Math.min(...r.segments.map((s) => s.y)));
    expect(r.description).toContain("durable response (CR or PR for at least 6 months)");
  });

  it("a response broken by stable disease is two responses, neither durable at 6 months", () => {
    const p = withCalls("pr-sd-pr", [
      ["2020-03-01", "PR"],
      ["2020-06-01", "SD"],
      ["2020-09-01", "PR"],
      ["2020-12-01", "PD"],
    ]);
    const l = layoutSwimmer([p]);
    expect(rows(l)[0]!.durableMark).toBeNull();
    expect(l.legend.map((e) => e.key)).not.toContain("style:durable");
    // At a 3-month threshold each PR period qualifies.
    const l3 = layoutSwimmer([p], { durableMonths: 3 });
    expect(rows(l3)[0]!.durable).toBe(true);
    expect(l3.legend.find((e) => e.key === "style:durable")!.label).toBe(
      "Durable response (CR or PR ≥ 3 months)",
    );
  });

  it("the scene draws the bracket and its legend swatch", () => {
    const p = withCalls("cr", [
      ["2020-03-01", "CR"],
      ["2020-12-01", "CR"],
    ]);
    const l = layoutSwimmer([p]);
    const svg = toSvgString(drawSwimmer(l, makeSwimmerPaint(l, themes.screen, "d")));
    expect(svg.match(/class="oncoline-swimmer-durable"/g)).toHaveLength(2); // the row and the legend
    expect(svg).toContain("Durable response (CR or PR ≥ 6 months)");
  });
});

describe("the waterfall of best % change (option `waterfall`)", () => {
  /** An ALK TKI from 2020-02-01 with scans stating a response and the target-sum change. */
  const scanned = (id: string, scans: Array<[string, "CR" | "PR" | "SD" | "PD", number?]>) =>
    parse(
      doc(
        [
          tki("alk", "2020-02-01", { end: "2021-02-01" }),
          ...scans.map(
            ([date, value, change], i) =>
              ({
                kind: "imaging",
                id: `ct${i}`,
                date,
                modality: "CT",
                evaluates: "alk",
                responses: [{ value }],
                ...(change === undefined ? {} : { targetSumChangePct: change }),
              }) as never,
          ),
        ],
        {
          id,
          diagnoses: [
            { id: "dx", date: "2020-01-01", histology: "adenocarcinoma", primarySite: "lung" },
          ],
        },
      ),
    );
  const cohort = [
    scanned("shrinks", [
      ["2020-04-01", "PR", -35],
      ["2020-07-01", "PR", -52],
      ["2020-10-01", "PD", -10],
    ]),
    scanned("grows", [["2020-04-01", "PD", 40]]),
    scanned("unstated", [["2020-04-01", "SD"]]),
  ];
  const align = { kind: "class", drugClass: "ALK TKI" } as const;

  it("takes each row's lowest stated change on or after day 0, and sorts by it", () => {
    const l = layoutSwimmer(cohort, { align, waterfall: true, sort: "bestChange", order: "asc" });
    expect(rows(l).map((r) => [r.id, r.waterfall!.value])).toEqual([
      ["shrinks", -52],
      ["grows", 40],
      ["unstated", null],
    ]);
  });

  it("draws bars from the zero line on one scale, in the rows' order, with RECIST lines", () => {
    const l = layoutSwimmer(cohort, { align, waterfall: true });
    const w = l.waterfall!;
    expect(w.domain).toEqual([-100, 40]);
    const x = (v: number) =>
      w.x0 + ((v - w.domain[0]) / (w.domain[1] - w.domain[0])) * (w.x1 - w.x0);
    const byId = Object.fromEntries(rows(l).map((r) => [r.id, r]));
    expect(byId["shrinks"]!.waterfall).toMatchObject({ x2: w.zeroX, colorKey: { code: "PR" } });
    expect(byId["shrinks"]!.waterfall!.x).toBeCloseTo(x(-52), 6);
    expect(byId["grows"]!.waterfall).toMatchObject({ x: w.zeroX, colorKey: { code: "PD" } });
    expect(byId["grows"]!.waterfall!.x2).toBeCloseTo(x(40), 6);
    // A row without a stated change says so; it is not drawn as 0 %.
    expect(byId["unstated"]!.waterfall).toMatchObject({ value: null, text: { text: "NR" } });
    expect(byId["unstated"]!.description).toContain(
      "best % change of the target lesions not reported",
    );
    expect(byId["shrinks"]!.description).toContain("best change of the target lesions −52%");
    expect(w.refs.map((ref) => [ref.value, ref.label])).toEqual([
      [-30, "−30%"],
      [20, "+20%"],
    ]);
    expect(w.refs[0]!.x).toBeCloseTo(x(-30), 6);
    // The panel sits right of the time plot and does not overlap it.
    expect(w.x0).toBeGreaterThan(l.plot.x + l.plot.width);
    expect(w.x1).toBeLessThanOrEqual(l.width);
    expect(l.legend.filter((e) => e.type === "waterfall").map((e) => e.label)).toEqual([
      "Best % change, best response PR",
      "Best % change, best response PD",
    ]);
  });

  it("is off by default: no panel, no bars, the time plot keeps the width", () => {
    const off = layoutSwimmer(cohort, { align });
    const on = layoutSwimmer(cohort, { align, waterfall: true });
    expect(off.waterfall).toBeNull();
    expect(rows(off).every((r) => r.waterfall === null)).toBe(true);
    expect(on.plot.width).toBeLessThan(off.plot.width);
  });

  it("the scene draws a bar per stated change and NR for the rest", () => {
    const l = layoutSwimmer(cohort, { align, waterfall: true });
    const svg = toSvgString(drawSwimmer(l, makeSwimmerPaint(l, themes.journal, "w")));
    expect(svg.match(/<rect class="oncoline-swimmer-waterfall"/g)).toHaveLength(2);
    expect(svg).toMatch(/<text class="oncoline-swimmer-waterfall"[^>]*>NR</);
    expect(svg).toContain(">Best % change<");
  });
});

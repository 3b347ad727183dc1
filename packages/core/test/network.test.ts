import { describe, expect, it } from "vitest";
import {
  formatInterval,
  formatIssue,
  linesOfTherapy,
  parseDay,
  parseTimeline,
  summarizeTimeline,
  therapyMetrics,
} from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";

const clinical = (id: string, start: unknown) => ({
  kind: "clinical" as const,
  id,
  category: "other" as const,
  term: id,
  start: start as never,
});
const span = (t: ReturnType<typeof parse>, id: string) => t.events.find((e) => e.id === id)!.span;

describe("the date network", () => {
  it("reads 'about one year before' as 6–18 months before, not 0–24", () => {
    const t = parse(
      doc([
        clinical("surgery", "2020-06-15"),
        clinical("symptoms", {
          relativeTo: { event: "surgery" },
          offset: { amount: -1, unit: "year" },
          approximate: true,
        }),
      ]),
    );
    const s = span(t, "symptoms").start;
    const day = parseDay("2020-06-15")!;
    expect((day - s.latest!) / 30.436875).toBeCloseTo(6, 0);
    expect((day - s.earliest!) / 30.436875).toBeCloseTo(18, 0);
  });

  it("prints a stated 5 months as exactly 4.5–5.5 months", () => {
    const t = parse(
      doc([
        tki("crizotinib", "2021-03-01", {
          end: { relativeTo: { event: "crizotinib" }, offset: { amount: 5, unit: "month" } },
        }),
      ]),
    );
    expect(formatInterval(therapyMetrics(t)[0]!.timeOnTreatment)).toBe("4.5–5.5 mo");
  });

  it("narrows an earlier date by a later one: bounds flow both ways", () => {
    // "Sometime in 2019", a scan two weeks (± ½ week) later, and that scan not after the MRI of
    // 2019-03-20: the biopsy can be no later than 10 days before the MRI.
    const t = parse(
      doc([
        clinical("biopsy", "2019"),
        clinical("scan", { relativeTo: { event: "biopsy" }, offset: { amount: 2, unit: "week" } }),
        { kind: "imaging", id: "mri", modality: "MRI", date: "2019-03-20" },
        clinical("same", { relativeTo: { event: "mri" }, offset: { amount: 0, unit: "day" } }),
        clinical("link", { after: { event: "scan" }, before: { event: "same" } }),
      ]),
    );
    const biopsy = span(t, "biopsy").start;
    expect(biopsy.latest).toBe(parseDay("2019-03-10"));
    expect(biopsy.earliest).toBe(parseDay("2019-01-01"));
  });

  it("bounds every date by the source's publication", () => {
    const t = parse(
      doc([clinical("relapse", "2021-02-01"), clinical("death", { after: { event: "relapse" } })], {
        source: { citation: "x", kind: "case-report", published: "2022-05" },
      }),
    );
    expect(span(t, "death").start.latest).toBe(parseDay("2022-05-31"));
  });

  it("reports a date after the publication as one contradiction naming both statements", () => {
    const r = parseTimeline(
      doc([clinical("relapse", "2023-02-01")], {
        source: { citation: "x", kind: "case-report", published: "2022-05" },
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map(formatIssue)).toEqual([
        "source.published: events[0] (relapse).start 2023-02-01 and published 2022-05 cannot both hold; a source cannot report what happened after it",
      ]);
  });

  it("ends a therapy stopped for progression at that progression, and keeps its stated duration", () => {
    const t = parse(
      doc([
        tki("ceritinib", undefined, {
          duration: { amount: 8, unit: "month" },
          stopReason: "progression",
        }),
        {
          kind: "progression",
          id: "pd",
          basis: "radiographic",
          therapy: "ceritinib",
          date: "2020-11-10",
        },
      ]),
    );
    const s = span(t, "ceritinib");
    expect(s.end.earliest).toBe(parseDay("2020-11-10"));
    expect(s.end.latest).toBe(parseDay("2020-11-10"));
    expect(s.length![0] / 30.436875).toBeCloseTo(7.5, 1);
    expect(s.length![1]! / 30.436875).toBeCloseTo(8.5, 1);
  });

  it("counts an offset in cycles of the anchor therapy's cycle length", () => {
    const t = parse(
      doc([
        tki("docetaxel", "2022-01-10", { cycleDays: 21 }),
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: {
            relativeTo: { event: "docetaxel" },
            offset: { amount: 6, unit: "cycle" },
            text: "after 6 cycles",
          },
          responses: [{ value: "CR" }],
        },
      ]),
    );
    const d = span(t, "ct").start;
    const start = parseDay("2022-01-10")!;
    // 6 ± ½ cycles of 21 days.
    expect([d.earliest! - start, d.latest! - start]).toEqual([115, 137]);
  });

  it("reads an offset in cycles of no stated length as order only, with a warning", () => {
    const r = parseTimeline(
      doc([
        tki("docetaxel", "2022-01-10"),
        clinical("x", { relativeTo: { event: "docetaxel" }, offset: { amount: 2, unit: "cycle" } }),
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map(formatIssue)).toEqual([
      "events[1] (x).start.offset.unit: warning: 'docetaxel' states no cycleDays, so 2 cycles have no length here: read only as after 'docetaxel' (give the course's cycleDays to place it)",
    ]);
    const x = r.value.events.find((e) => e.id === "x")!.span.start;
    expect(x.earliest).toBe(parseDay("2022-01-10"));
    expect(x.latest).toBeNull();
  });

  it("withdraws line numbers when earlier therapy is not reported", () => {
    const t = parse(
      doc([tki("a", "2020-01-01", { end: "2020-06-01" }), tki("b", "2020-07-01")], {
        priorTherapy: "not-reported",
      }),
    );
    expect(linesOfTherapy(t).map((l) => l.numbering)).toEqual(["unknown", "unknown"]);
  });

  it("leaves two therapies unnumbered when the source does not say which came first", () => {
    // Neither the dates nor the list (told out of time order: the 2022 scan first) order them.
    const t = parse(
      doc([
        { kind: "imaging", id: "ct", modality: "CT", date: "2022-03-01" },
        tki("a", { after: { date: "2019" }, before: { date: "2021" } }),
        tki("b", { after: { date: "2019" }, before: { date: "2021" } }),
      ]),
    );
    expect(linesOfTherapy(t).map((l) => l.numbering)).toEqual(["unknown", "unknown"]);
  });

  it("reports an ongoing therapy without progression as progression-free for at least its time on it", () => {
    const t = parse(
      doc([tki("lorlatinib", "2021-01-04", { ongoing: true })], { dataCutoff: "2022-01-04" }),
    );
    expect(formatInterval(summarizeTimeline(t).therapies[0]!.timeToProgression)).toBe("12.0+ mo");
  });
});

describe("the date network's cost is bounded (issue 15, defect 3)", () => {
  // Each link used to copy the chain before it: 2,000 links took 88 s and 389 MB, and 10,000 ran
  // out of memory. The solver now does one pass per direction; no timing asserted here.
  it("parseTimeline resolves a chain of 10,000 relative dates, exact to the day", () => {
    const events = Array.from({ length: 10_000 }, (_, i) =>
      clinical(
        `c${i}`,
        i === 0
          ? "2020-01-01"
          : { relativeTo: { event: `c${i - 1}` }, offset: { amount: 1, unit: "day" } },
      ),
    );
    const t = parse(doc(events));
    const last = t.events.at(-1)!.span.start;
    expect([last.earliest, last.latest]).toEqual([
      parseDay("2020-01-01")! + 9_999,
      parseDay("2020-01-01")! + 9_999,
    ]);
  });
});

// A colon cancer history (an unseen case report): right hemicolectomy, three cycles of adjuvant
// chemotherapy, recurrence, cetuximab + FOLFOX-4, a second operation and a year of adjuvant
// chemotherapy, then, years later, cetuximab + FOLFIRI and cetuximab + capecitabine maintenance.
// Lines of therapy count treatment of advanced disease: the adjuvant courses are no lines, and
// maintenance that keeps cetuximab continues the rechallenge's line. Before, every course was a
// line, and the adjuvant course (dated only "after surgery") made every number "L?". The same
// history showed a second fault: a course with no end stated and a wide window was drawn as an
// outline from its drawn start to its drawn end, which reads as a length no one stated (three
// adjuvant cycles over eight years).
import { describe, expect, it } from "vitest";
import { layoutTimeline, linesOfTherapy, type BarMark } from "../src/index.js";
import { doc, parse } from "./fixtures.js";

const agent = (name: string, drugClass: string) => ({ name, drugClass });
const t = parse(
  doc(
    [
      {
        kind: "procedure",
        id: "surgery",
        type: "surgery",
        name: "right hemicolectomy",
        date: "2006-11-16",
      },
      {
        kind: "therapy",
        id: "adj1",
        intent: "adjuvant",
        regimen: "adjuvant chemotherapy",
        agents: [],
        cycles: 3,
        start: { after: { event: "surgery" } },
      },
      {
        kind: "progression",
        id: "recurrence",
        basis: "radiographic",
        date: { relativeTo: { event: "surgery" }, offset: { amount: 15, unit: "month" } },
      },
      {
        kind: "therapy",
        id: "folfox",
        agents: [agent("cetuximab", "anti-EGFR antibody"), agent("FOLFOX-4", "chemotherapy")],
        start: { after: { event: "recurrence" } },
      },
      {
        kind: "therapy",
        id: "adj2",
        intent: "adjuvant",
        regimen: "chemotherapy",
        agents: [],
        start: { after: { event: "folfox", edge: "start" } },
        duration: { amount: 1, unit: "year" },
      },
      {
        kind: "therapy",
        id: "folfiri",
        cycleDays: 14,
        agents: [agent("cetuximab", "anti-EGFR antibody"), agent("FOLFIRI", "chemotherapy")],
        start: {
          relativeTo: { event: "adj2", edge: "end" },
          offset: { amount: 3, unit: "year" },
        },
      },
      {
        kind: "therapy",
        id: "maintenance",
        intent: "maintenance",
        stopReason: "progression",
        agents: [
          agent("cetuximab", "anti-EGFR antibody"),
          agent("capecitabine", "fluoropyrimidine"),
        ],
        start: { relativeTo: { event: "folfiri" }, offset: { amount: 12, unit: "cycle" } },
        duration: { amount: 10, unit: "month" },
      },
    ] as never,
    { schemaVersion: "1.1", source: { citation: "test", kind: "synthetic", published: "2017" } },
  ),
);

describe("lines of therapy around surgery and maintenance", () => {
  const lines = linesOfTherapy(t);

  it("counts no adjuvant course as a line, and numbers the lines for recurrent disease", () => {
    expect(lines.map((l) => [l.number, l.numbering, l.therapyIds])).toEqual([
      [1, "derived", ["folfox"]],
      [2, "derived", ["folfiri", "maintenance"]],
    ]);
  });

  it("labels the adjuvant courses with no line number and the lines with theirs", () => {
    const labels = new Map(
      layoutTimeline(t, { width: 960 }).marks.map((m) => [m.id, m.label?.full ?? ""]),
    );
    expect(labels.get("adj1")).toBe("adjuvant chemotherapy × 3 cycles");
    expect(labels.get("folfox")).toMatch(/^L1: cetuximab \+ FOLFOX-4/);
    // The phase and the stated length are facts of the label too.
    expect(labels.get("maintenance")).toBe(
      "L2: maintenance cetuximab + capecitabine for 10 months",
    );
    expect(labels.get("adj2")).toBe("adjuvant chemotherapy for 1 year");
  });

  it("counts induction, consolidation and a transplant as one line, and the therapy for relapse as the next", () => {
    const aml = parse(
      doc([
        {
          kind: "therapy",
          id: "induction",
          intent: "induction",
          agents: [agent("cytarabine", "antimetabolite"), agent("daunorubicin", "anthracycline")],
          start: "2019-03-10",
          end: "2019-03-17",
        },
        {
          kind: "therapy",
          id: "hidac",
          intent: "consolidation",
          agents: [agent("cytarabine", "antimetabolite")],
          start: "2019-05",
          end: "2019-08",
        },
        {
          kind: "therapy",
          id: "hsct",
          intent: "consolidation",
          agents: [agent("allogeneic stem cell transplant", "cell therapy")],
          start: "2019-09-12",
          end: "2019-09-12",
        },
        {
          kind: "therapy",
          id: "gilteritinib",
          agents: [agent("gilteritinib", "FLT3 inhibitor")],
          start: "2020-05",
        },
      ] as never),
    );
    expect(linesOfTherapy(aml).map((l) => [l.number, l.numbering, l.therapyIds])).toEqual([
      [1, "derived", ["induction", "hidac", "hsct"]],
      [2, "derived", ["gilteritinib"]],
    ]);
  });

  it("keeps a stated line number, adjuvant or not", () => {
    const stated = parse({
      ...t.document,
      events: t.document.events.map((e) => (e.id === "adj1" ? { ...e, line: 1 } : e)),
    });
    expect(linesOfTherapy(stated)[0]!.therapyIds).toEqual(["adj1"]);
  });

  it("draws a course with no end stated as a fade from its start, not an outline to a drawn end", () => {
    const l = layoutTimeline(t, { width: 960 });
    const adj1 = l.marks.find((m): m is BarMark => m.id === "adj1")!;
    // Three cycles with no cycle length and no end: nothing says how long; the whisker says where.
    expect(adj1.x2 - adj1.x).toBeLessThanOrEqual(40);
    // Its end is bounded above only by the report's date: it fades out with a "?", no whisker
    // drawn up to the report as if the course might have run for years.
    expect(adj1.openEnd).toBe(true);
  });
});

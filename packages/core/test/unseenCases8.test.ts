// What an eighth round of unseen case reports (choriocarcinoma, Langerhans cell histiocytosis,
// myelofibrosis, pseudomyxoma peritonei, retinoblastoma, CAR T for lymphoma, chordoma, Kaposi
// sarcoma) found wrong, each as the behaviour it now has.
import { describe, expect, it } from "vitest";
import { layoutTimeline, type BarMark, type PointMark } from "../src/index.js";
import { describePatient } from "../src/layout/caseCaption.js";
import { doc, parse, tki } from "./fixtures.js";

type Parsed = ReturnType<typeof parse>;
const atOf = (t: Parsed, id: string, edge: "start" | "end" = "start") => {
  const e = [...t.events, ...t.diagnoses].find((x) => x.id === id)!;
  const d = e.span[edge];
  return d.at ?? d.earliest!;
};
const after = (id: string, edge?: "end") => ({ after: { event: id, ...(edge ? { edge } : {}) } });

describe("choriocarcinoma: five cycles of EMA-CO, then two more, then a year of follow-up", () => {
  const t = parse(
    doc([
      { kind: "procedure", id: "tah", type: "surgery", date: "2015-12-15" },
      tki("emaco", after("tah"), { cycles: 5, cycleDays: 14 }),
      {
        kind: "response",
        id: "cr",
        basis: "tumor-marker",
        date: { relativeTo: { event: "emaco" }, offset: { amount: 5, unit: "cycle" } },
        responses: [{ value: "CR" }],
        evaluates: "emaco",
      },
      tki("consol", after("cr"), { cycles: 2, cycleDays: 14, end: "2016-03" }),
      {
        kind: "lab",
        id: "hcg",
        analyte: "beta-hCG",
        values: [{ date: { ...after("consol", "end"), before: { event: "fu" } }, text: "normal" }],
      },
      {
        kind: "outcome",
        id: "fu",
        status: "last-follow-up",
        date: {
          relativeTo: { event: "consol", edge: "end" },
          offset: { amount: 1, unit: "year" },
        },
      },
    ] as never),
  );

  it("draws a course of five 14-day cycles about 70 days long, ended before the two cycles after it", () => {
    const length = atOf(t, "emaco", "end") - atOf(t, "emaco");
    expect(length).toBeGreaterThanOrEqual(56);
    expect(length).toBeLessThanOrEqual(70);
    expect(atOf(t, "emaco", "end")).toBeLessThanOrEqual(atOf(t, "consol"));
  });

  it("draws 'one year of follow-up' a year after where the last cycle is drawn, not at the margin's far end", () => {
    // The margin of "one year" runs from 6 to 18 months; a value stated between the two must not
    // pull the follow-up to the margin's end.
    expect(atOf(t, "fu") - atOf(t, "consol", "end")).toBeGreaterThanOrEqual(365 - 2);
    expect(atOf(t, "fu") - atOf(t, "consol", "end")).toBeLessThanOrEqual(365 + 2);
  });
});

describe("myelofibrosis: ruxolitinib stopped after a progression in early 2021, then a withdrawal syndrome and death, none dated", () => {
  const d = doc(
    [
      tki("rux", "2019", { end: after("pd"), stopReason: "progression" }),
      { kind: "progression", id: "pd", basis: "clinical", therapy: "rux", date: "2021-40" },
      {
        kind: "adverse-event",
        id: "rds",
        term: "ruxolitinib discontinuation syndrome",
        therapy: "rux",
        start: after("rux", "end"),
      },
      { kind: "procedure", id: "ecmo", type: "other", name: "ECMO", date: after("rds") },
      { kind: "outcome", id: "death", status: "death", date: after("ecmo") },
    ] as never,
    {
      diagnoses: [
        { id: "dx", primarySite: "bone marrow", histology: "myelofibrosis", date: "2014" },
      ],
      source: { citation: "x", kind: "case-report", published: "2022-11" },
    } as never,
  );
  const t = parse(d);
  const l = layoutTimeline(t, { width: 960 });
  const bar = (id: string) => l.marks.find((m): m is BarMark => m.type === "bar" && m.id === id)!;
  const point = (id: string) =>
    l.marks.find((m): m is PointMark => m.type === "point" && m.eventId === id)!;

  it("keeps the windows as stated: after early 2021, before the report", () => {
    for (const id of ["rds", "ecmo", "death"]) {
      const s = t.events.find((e) => e.id === id)!.span.start;
      expect(s.earliest, id).not.toBeNull();
      expect(s.latest, id).toBe(Date.UTC(2022, 10, 30) / 86_400_000);
      expect(s.byReport, id).toBe(true);
    }
  });

  it("draws the chain in its order by the told order's steps, not spread evenly up to the report", () => {
    const xs = ["pd", "rds", "ecmo", "death"].map((id) => atOf(t, id));
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    // No tick past the last stated day (the end of June 2021): no time scale is claimed there.
    const lastStated = Date.UTC(2021, 5, 30) / 86_400_000;
    expect(l.axis.untimed[0]![0]).toBe(lastStated + 1);
    for (const tk of l.ticks) expect(tk.value).toBeLessThanOrEqual(lastStated);
    expect(l.notes.map((n) => n.text).join(" ")).toContain("No dates are stated after 2021-06-30");
  });

  it("counted from the diagnosis of 2014 (a relative axis), still prints no tick past the last stated date", () => {
    const r = layoutTimeline(t, { width: 960, axis: { mode: "relative", anchor: "dx" } });
    expect(r.axis.mode).toBe("relative");
    expect(r.axis.untimed.length).toBe(1);
    const from = r.axis.untimed[0]![0];
    for (const tk of r.ticks) expect(tk.value).toBeLessThan(from);
  });

  it("ends ruxolitinib before the syndrome stated after its stop, though its end's window runs to the report", () => {
    expect(bar("rux").x2).toBeLessThanOrEqual(point("rds").x + 0.5);
    expect(bar("rux").x2).toBeLessThan(point("death").x);
  });
});

describe("retinoblastoma: a boy of two months", () => {
  it("names a child so from an age in days, weeks, months or under 18 years, not from '10 years ago'", () => {
    const who = (ageText: string) => describePatient({ label: "p", sex: "male", ageText });
    expect(who("2 months")).toBe("boy, 2 months");
    expect(who("3 weeks")).toBe("boy, 3 weeks");
    expect(who("9 years")).toBe("boy, 9 years");
    expect(who("17 years old")).toBe("boy, 17 years old");
    expect(who("19 years")).toBe("man, 19 years");
    expect(who("65 years")).toBe("man, 65 years");
    expect(who("10 years ago")).toBe("man, 10 years ago");
    expect(who("2 months ago")).toBe("man, 2 months ago");
  });
});

describe("chordoma: imatinib stopped as refractory, at its one progression", () => {
  it("ends a course stopped 'refractory' (or for primary resistance, or a lost response) at the one progression recorded on it", () => {
    for (const stopReason of ["refractory", "primary-resistance", "loss-of-response"] as const) {
      const t = parse(
        doc([
          tki("imatinib", { before: { event: "pd" } }, { stopReason }),
          {
            kind: "progression",
            id: "pd",
            basis: "radiographic",
            therapy: "imatinib",
            date: "2018-05",
          },
          tki("erlotinib", { after: { event: "pd" } }),
        ] as never),
      );
      const end = t.events.find((e) => e.id === "imatinib")!.span.end;
      expect([end.earliest, end.latest], stopReason).toEqual([
        Date.UTC(2018, 4, 1) / 86_400_000,
        Date.UTC(2018, 4, 31) / 86_400_000,
      ]);
    }
  });
});

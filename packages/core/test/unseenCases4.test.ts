// What a fourth round of unseen case reports and the known gaps of the round before found wrong,
// each as the behaviour it now has.
import { describe, expect, it } from "vitest";
import { layoutTimeline, linesOfTherapy, type Mark } from "../src/index.js";
import { doc, parse } from "./fixtures.js";

describe("chemoradiation after induction chemotherapy (line rule 6)", () => {
  const history = (intent: string, concurrent: boolean) =>
    parse(
      doc([
        {
          kind: "therapy",
          id: "tpf",
          intent,
          agents: [{ name: "cisplatin" }, { name: "5-fluorouracil" }],
          start: "2019-01",
          end: "2019-03",
        },
        {
          kind: "radiotherapy",
          id: "rt",
          intent: "curative",
          technique: "IMRT",
          site: "oropharynx and neck",
          start: { after: { event: "tpf", edge: "end" } },
          end: { relativeTo: { event: "rt" }, offset: { amount: 7, unit: "week" } },
        },
        {
          kind: "therapy",
          id: "cis",
          agents: [{ name: "cisplatin" }],
          start: concurrent
            ? { after: { event: "rt" }, before: { event: "rt", edge: "end" } }
            : "2020-06",
        },
        {
          kind: "therapy",
          id: "pembro",
          intent: "palliative",
          agents: [{ name: "pembrolizumab" }],
          start: "2020-09",
        },
      ] as never),
    );

  it("is one line with the induction it follows; the recurrence's drug is line 2", () => {
    const lines = linesOfTherapy(history("induction", true));
    expect(lines.map((l) => [l.number, l.therapyIds])).toEqual([
      [1, ["tpf", "cis"]],
      [2, ["pembro"]],
    ]);
  });

  it("also after a course given with curative intent", () => {
    const lines = linesOfTherapy(history("curative", true));
    expect(lines.map((l) => l.therapyIds)).toEqual([["tpf", "cis"], ["pembro"]]);
  });

  it("but not after palliative therapy, and not a course outside the radiotherapy", () => {
    expect(linesOfTherapy(history("palliative", true)).map((l) => l.therapyIds)).toEqual([
      ["tpf"],
      ["cis"],
      ["pembro"],
    ]);
    expect(linesOfTherapy(history("induction", false)).map((l) => l.therapyIds)).toEqual([
      ["tpf"],
      ["cis"],
      ["pembro"],
    ]);
  });
});

const barOf = (marks: readonly Mark[], id: string) => {
  const m = marks.find((k) => k.id === id);
  if (m?.type !== "bar") throw new Error(`no bar ${id}`);
  return m;
};
const pointOf = (marks: readonly Mark[], id: string) => {
  const m = marks.find((k) => k.id === id);
  if (m?.type !== "point") throw new Error(`no point ${id}`);
  return m;
};

describe("a course whose end is not stated, and what is stated to follow it", () => {
  // Ewing sarcoma, no calendar dates: six cycles, the ribs resected "after completion of the 6th
  // cycle", eight more cycles "following surgery", an excellent response at the end of therapy.
  const t = parse(
    doc([
      { kind: "clinical", id: "pres", category: "presentation", term: "presented" },
      {
        kind: "therapy",
        id: "pre",
        intent: "neoadjuvant",
        agents: [{ name: "vincristine" }],
        cycles: 6,
        cycleDays: 14,
        start: { after: { event: "pres" } },
      },
      {
        kind: "procedure",
        id: "resection",
        type: "surgery",
        name: "rib resection",
        date: { after: { event: "pre", edge: "end" } },
      },
      {
        kind: "therapy",
        id: "post",
        intent: "adjuvant",
        agents: [{ name: "vincristine" }],
        cycles: 8,
        cycleDays: 14,
        start: { after: { event: "resection" } },
      },
      {
        kind: "response",
        id: "eot",
        basis: "clinical",
        responses: [{ text: "excellent response" }],
        date: { relativeTo: { event: "post", edge: "end" }, offset: { amount: 0, unit: "day" } },
      },
    ] as never),
  );
  const marks = layoutTimeline(t, { width: 960 }).marks;

  it("fades out no further than the first mark stated after its end", () => {
    const pre = barOf(marks, "pre");
    const resection = pointOf(marks, "resection");
    expect(pre.x2).toBeLessThanOrEqual(resection.x + 1e-9);
    expect(barOf(marks, "post").x).toBeGreaterThanOrEqual(resection.x);
    expect(barOf(marks, "post").x2).toBeLessThanOrEqual(pointOf(marks, "eot").x + 1e-9);
  });
});

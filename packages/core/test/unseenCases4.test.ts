// What a fourth round of unseen case reports and the known gaps of the round before found wrong,
// each as the behaviour it now has.
import { describe, expect, it } from "vitest";
import { linesOfTherapy } from "../src/index.js";
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

// Care for an immune-related colitis (antibiotics and prednisone, then infliximab) is no line of
// anticancer therapy: a case report told as "ipilimumab, colitis, steroids, infliximab" has one line.
import { describe, expect, it } from "vitest";
import { isSupportive, layoutTimeline, linesOfTherapy, type Timeline } from "../src/index.js";
import { doc, parse } from "./fixtures.js";

const course = (id: string, start: string, agents: Array<[string, string?]>, extra = {}) => ({
  kind: "therapy" as const,
  id,
  agents: agents.map(([name, drugClass]) => (drugClass ? { name, drugClass } : { name })),
  start,
  ...extra,
});
const therapy = (t: Timeline, id: string) => {
  const e = t.events.find((x) => x.id === id)!;
  if (e.kind !== "therapy") throw new Error(id);
  return e;
};

describe("supportive care and lines of therapy", () => {
  const t = parse(
    doc([
      course("ipilimumab", "2020-01-01", [["ipilimumab", "anti-CTLA-4"]], { end: "2020-03-01" }),
      course("care", "2020-03-20", [
        ["metronidazole", "antibiotic"],
        ["prednisone", "Corticosteroid"],
      ]),
      course("infliximab", "2020-04-01", [["infliximab", "anti TNF"]]),
      course("docetaxel", "2020-06-01", [
        ["docetaxel", "taxane"],
        ["prednisolone", "corticosteroid"],
      ]),
    ] as never),
  );

  it("leaves out a course whose every agent is of a supportive class, whatever its spelling", () => {
    expect(isSupportive(therapy(t, "care"))).toBe(true);
    expect(isSupportive(therapy(t, "infliximab"))).toBe(true);
    expect(isSupportive(therapy(t, "docetaxel"))).toBe(false);
    expect(linesOfTherapy(t).map((l) => [l.number, l.therapyIds])).toEqual([
      [1, ["ipilimumab"]],
      [2, ["docetaxel"]],
    ]);
  });

  it("draws supportive courses without a line number", () => {
    const labels = new Map(
      layoutTimeline(t, { width: 960 }).marks.map((m) => [m.id, m.label?.full ?? ""]),
    );
    expect(labels.get("infliximab")).toBe("infliximab");
    expect(labels.get("docetaxel")).toMatch(/^L2: docetaxel \+ prednisolone/);
  });

  it("counts cytokine-release care (tocilizumab, anakinra) as supportive, and labels a one-day course so", () => {
    const t2 = parse(
      doc([
        course("cart", "2019-06-01", [["tisagenlecleucel", "CD19 CAR-T"]], {
          end: { relativeTo: { event: "cart" }, offset: { amount: 0, unit: "day" } },
        }),
        course("toci", "2019-06-16", [["tocilizumab", "anti-IL-6R"]]),
        course("ana", "2019-06-25", [["anakinra", "IL-1 antagonist"]]),
      ] as never),
    );
    expect(isSupportive(therapy(t2, "toci"))).toBe(true);
    expect(isSupportive(therapy(t2, "ana"))).toBe(true);
    expect(linesOfTherapy(t2).map((l) => l.therapyIds)).toEqual([["cart"]]);
    const labels = new Map(
      layoutTimeline(t2, { width: 960 }).marks.map((m) => [m.id, m.label?.full ?? ""]),
    );
    expect(labels.get("cart")).toBe("L1: tisagenlecleucel on one day");
  });

  it("follows a stated intent, and keeps an agent with no class a line", () => {
    const stated = parse(
      doc([
        course("dex", "2020-01-01", [["dexamethasone", "corticosteroid"]], {
          intent: "palliative",
        }),
        course("x", "2020-02-01", [["study drug"]]),
        course("bp", "2020-03-01", [["zoledronic acid", "bisphosphonate"]], {
          intent: "supportive",
        }),
      ] as never),
    );
    expect(isSupportive(therapy(stated, "dex"))).toBe(false);
    expect(isSupportive(therapy(stated, "x"))).toBe(false);
    expect(isSupportive(therapy(stated, "bp"))).toBe(true);
    expect(linesOfTherapy(stated).map((l) => l.therapyIds)).toEqual([["dex"], ["x"]]);
  });

  it("reads a supportive class with a generic suffix, and a supportive drug named without a class", () => {
    const t3 = parse(
      doc([
        course("cart", "2019-06-01", [["lisocabtagene maraleucel", "CD19 CAR-T"]]),
        course("toci", "2019-06-16", [["tocilizumab", "anti-IL-6R antibody"]]),
        course("counts", "2019-08-01", [["G-CSF"], ["eltrombopag"]]),
        course("tpo", "2019-09-01", [["romiplostim", "thrombopoietin receptor agonist"]]),
        // A supportive word inside a class of anticancer drugs keeps it a line.
        course("adt", "2019-10-01", [["bicalutamide", "non-steroidal antiandrogen"]]),
        course("egfr", "2019-11-01", [["cetuximab", "epidermal growth factor receptor antibody"]]),
        // A corticosteroid alone, named without a class or intent, is care (an irAE's steroids);
        // with lenalidomide it is part of the line.
        course("dex", "2019-12-01", [["dexamethasone"]]),
        course("rd", "2019-12-15", [["lenalidomide"], ["dexamethasone"]]),
        course("toci2", "2020-01-01", [["tocilizumab", "IL-6 receptor antibody"]]),
        course("nk1", "2020-01-02", [["aprepitant", "NK1 receptor antagonist"]]),
        // Receptor blockers of anticancer classes are not care.
        course("gr", "2020-02-01", [["relacorilant", "glucocorticoid receptor antagonist"]]),
        course("csf1r", "2020-03-01", [
          ["emactuzumab", "colony-stimulating factor receptor antibody"],
        ]),
        course("gfr", "2020-04-01", [["x", "growth factor receptor inhibitor"]]),
      ] as never),
    );
    for (const id of ["toci", "counts", "tpo", "dex", "toci2", "nk1"])
      expect(isSupportive(therapy(t3, id))).toBe(true);
    for (const id of ["cart", "adt", "egfr", "rd", "gr", "csf1r", "gfr"])
      expect(isSupportive(therapy(t3, id))).toBe(false);
  });

  it("leaves a course given only by a locoregional route out of the lines, and prints the route", () => {
    const t4 = parse(
      doc([
        course("atezobev", "2021-01-01", [["atezolizumab"], ["bevacizumab"]], {
          end: "2021-03-01",
        }),
        {
          kind: "therapy",
          id: "haic",
          agents: [{ name: "cisplatin", route: "hepatic arterial infusion (HAIC)" }],
          start: "2021-03-15",
          end: "2021-05-01",
        },
        course("lenvatinib", "2021-06-01", [["lenvatinib"]]),
        {
          kind: "therapy",
          id: "bcg",
          agents: [{ name: "BCG", route: "intravesical" }],
          start: "2021-07-01",
        },
        {
          kind: "therapy",
          id: "ivmtx",
          agents: [{ name: "methotrexate", route: "IV", note: "high dose" }],
          start: "2021-09-01",
        },
      ] as never),
    );
    // Other spellings of the same routes.
    for (const route of [
      "intra-vesical",
      "intra-peritoneal",
      "HAI",
      "cTACE",
      "isolated limb infusion",
    ]) {
      const one = parse(
        doc([
          { kind: "therapy", id: "x", agents: [{ name: "drug", route }], start: "2021-01-01" },
        ] as never),
      );
      expect(linesOfTherapy(one)).toEqual([]);
    }
    expect(linesOfTherapy(t4).map((l) => l.therapyIds)).toEqual([
      ["atezobev"],
      ["lenvatinib"],
      ["ivmtx"],
    ]);
    const labels = new Map(
      layoutTimeline(t4, { width: 1600 }).marks.map((m) => [m.id, m.label?.full ?? ""]),
    );
    expect(labels.get("haic")).toBe("cisplatin (hepatic arterial infusion (HAIC))");
    expect(labels.get("lenvatinib")).toBe("L2: lenvatinib");
    expect(labels.get("bcg")).toBe("BCG (intravesical)");
    // A usual route is not printed; the agent's note is.
    expect(labels.get("ivmtx")).toBe("L3: methotrexate (high dose)");
  });
});

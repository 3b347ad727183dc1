// What a sixth round of unseen case reports (adrenocortical, nasopharyngeal, Ewing sarcoma,
// neuroblastoma, mycosis fungoides, ROS1 lung, Waldenström, anal cancer) found wrong or could not
// say, each as the behaviour it now has.
import { describe, expect, it } from "vitest";
import { layoutTimeline, parseTimeline, shortLabel } from "../src/index.js";
import { doc, parse, barOf, pointOf } from "./fixtures.js";

const layout = (t: ReturnType<typeof parse>) => layoutTimeline(t, { width: 960 });

describe("what the model can now say", () => {
  it("a single dose ends the day it began and says so; a dose count is printed", () => {
    const t = parse(
      doc([
        {
          kind: "therapy",
          id: "cart",
          agents: [{ name: "tisagenlecleucel", drugClass: "CAR-T" }],
          doses: 1,
          start: "2021-03-04",
        },
        {
          kind: "therapy",
          id: "rt2",
          agents: [{ name: "zoledronic acid" }],
          doses: 2,
          start: "2021-05",
        },
      ]),
    );
    const cart = t.events.find((e) => e.id === "cart")!;
    expect(cart.span.end.earliest).toBe(cart.span.start.earliest);
    expect(cart.span.end.latest).toBe(cart.span.start.latest);
    expect(shortLabel(cart)).toBe("tisagenlecleucel single dose");
    expect(shortLabel(t.events.find((e) => e.id === "rt2")!)).toBe("zoledronic acid × 2 doses");
    const bar = barOf(layout(t).marks, "cart");
    expect(bar.openEnd).toBe(false);
  });

  it("a single dose that is ongoing, or a regimen class beside named agents, is refused by path", () => {
    const r = parseTimeline(
      doc([
        {
          kind: "therapy",
          id: "a",
          agents: [{ name: "x" }],
          doses: 1,
          ongoing: true,
          start: "2021",
        },
        {
          kind: "therapy",
          id: "b",
          agents: [{ name: "y" }],
          drugClass: "platinum chemotherapy",
          start: "2021",
        },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msgs = r.issues.map((i) => `${i.path}: ${i.message}`);
    expect(msgs.some((m) => m.startsWith("events[0]") && m.includes("single dose"))).toBe(true);
    expect(msgs.some((m) => m.startsWith("events[1]") && m.includes("drugClass"))).toBe(true);
  });

  it("a regimen whose agents are not named takes its stated class's colour and legend entry", () => {
    const t = parse(
      doc([
        {
          kind: "therapy",
          id: "chemo",
          agents: [],
          regimen: "chemotherapy",
          drugClass: "platinum chemotherapy",
          start: "2020-01",
          end: "2020-05",
        },
      ]),
    );
    const l = layout(t);
    expect(barOf(l.marks, "chemo").colorKey).toEqual({
      kind: "class",
      drugClass: "platinum chemotherapy",
    });
    expect(JSON.stringify(l.legend)).toContain("platinum chemotherapy");
  });

  it("radiotherapy in Gy(RBE), and a radioligand's activity and cycles, reach the label", () => {
    const t = parse(
      doc([
        {
          kind: "radiotherapy",
          id: "p",
          site: "oesophagus",
          technique: "proton",
          totalDoseGy: 60,
          fractions: 30,
          doseUnit: "Gy(RBE)",
          start: "2019-02",
          end: "2019-03",
        },
        {
          kind: "radiotherapy",
          id: "lu",
          site: "liver metastases",
          technique: "radionuclide",
          radionuclide: "177Lu-DOTATATE",
          activity: { value: 7.4, unit: "GBq" },
          cycles: 4,
          start: "2020-01",
          end: "2020-07",
        },
      ]),
    );
    expect(shortLabel(t.events[0]!)).toBe("Proton RT, oesophagus: 60 Gy(RBE) / 30 fx");
    expect(shortLabel(t.events[1]!)).toBe("177Lu-DOTATATE, liver metastases: 7.4 GBq × 4 cycles");
    const l = layout(t);
    expect(barOf(l.marks, "lu").description).toContain("7.4 GBq × 4 cycles");
  });

  it("an imaging study names its tracer and says what it showed when that is no response", () => {
    const t = parse(
      doc([
        {
          kind: "imaging",
          id: "pet",
          modality: "PET-CT",
          tracer: "68Ga-DOTATATE",
          finding: "no distant metastases.",
          date: "2020-01-10",
        },
        { kind: "imaging", id: "spect", modality: "SPECT-CT", tracer: "123I-MIBG", date: "2020-02" },
      ]),
    );
    const l = layout(t);
    expect(pointOf(l.marks, "pet").label?.text).toContain(
      "68Ga-DOTATATE PET-CT: no distant metastases",
    );
    expect(pointOf(l.marks, "pet").description).toContain("no distant metastases");
    expect(pointOf(l.marks, "spect").label?.text).toContain("123I-MIBG SPECT-CT");
  });

  it("a relapse after a transplant, and graft-versus-host disease, can be tied to the procedure", () => {
    const r = parseTimeline(
      doc([
        { kind: "procedure", id: "hsct", type: "transplant", name: "allo-HSCT", date: "2020-01" },
        {
          kind: "adverse-event",
          id: "gvhd",
          term: "acute GVHD",
          grade: 2,
          therapy: "hsct",
          start: "2020-03",
        },
        { kind: "progression", id: "rel", basis: "pathologic", therapy: "hsct", date: "2021-01" },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const l = layout(r.value);
    expect(pointOf(l.marks, "gvhd").description).toContain("attributed to allo-HSCT");
  });
});

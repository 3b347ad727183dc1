// Schema 1.1 additions: each is optional, validated with a path, described and drawn by default.
import { describe, expect, it } from "vitest";
import {
  caseCaption,
  describeEvent,
  formatFindings,
  formatIssue,
  layoutTimeline,
  linesOfTherapy,
  parseTimeline,
  shortLabel,
  summarizeTimeline,
  type NormalizedEvent,
} from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";

type Ev = Parameters<typeof doc>[0][number];
const one = (e: Ev, extra = {}) => parse(doc([e], extra)).events[0]!;
const messages = (input: unknown) => {
  const r = parseTimeline(input);
  return r.ok ? [] : r.issues.map(formatIssue);
};
const labels = (events: Ev[]) =>
  layoutTimeline(parse(doc(events)), { width: 1600 }).marks.map((m) => m.label?.full);

describe("schema 1.1 additions", () => {
  it("a 1.0 document stays valid and 1.1 is accepted", () => {
    expect(parseTimeline(doc([tki("a", "2023-05-03")])).ok).toBe(true);
    expect(parseTimeline(doc([tki("a", "2023-05-03")], { schemaVersion: "1.1" })).ok).toBe(true);
  });

  it("procedure pathology: pCR, ypTNM and margins in the label and the description", () => {
    const e = one({
      kind: "procedure",
      id: "op",
      type: "surgery",
      name: "mastectomy",
      date: "2023-05-03",
      pathology: { completeResponse: true, tnm: "ypT0N0", margins: "R0" },
    });
    expect(shortLabel(e)).toBe("mastectomy: pCR, ypT0N0, R0");
    expect(describeEvent(e)).toContain("pathology: pCR, ypT0N0, R0");
    expect(messages(doc([{ ...e, pathology: { margins: "R4" } } as never]))[0]).toContain(
      "events[0] (op).pathology.margins",
    );
  });

  it("imaging responses in words, with criteria, and a call needs a value or text", () => {
    const ev = (responses: unknown): Ev =>
      ({ kind: "imaging", id: "mri", modality: "MRI", date: "2023-05-03", responses }) as Ev;
    expect(labels([ev([{ value: "CR", scope: "intracranial", criteria: "RANO" }])])).toEqual([
      "CR intracranial (RANO) · MRI",
    ]);
    expect(labels([ev([{ text: "near-complete disappearance" }])])).toEqual([
      "near-complete disappearance · MRI",
    ]);
    expect(labels([ev([{ value: "PR", criteria: "Lugano", text: "Deauville 2" }])])).toEqual([
      "PR (Lugano): Deauville 2 · MRI",
    ]);
    expect(messages(doc([ev([{ scope: "intracranial" }])]))).toEqual([
      "events[0] (mri).responses[0]: a response needs a value (CR, PR, SD, PD, NE) or the source's text",
    ]);
  });

  it("a response never hides what was scanned and found: modality, sites, SUVmax, a given label", () => {
    const pet = (extra: object): Ev =>
      ({
        kind: "imaging",
        id: "pet",
        modality: "PET-CT",
        date: "2023-05-03",
        responses: [{ text: "hyper-uptake" }],
        ...extra,
      }) as Ev;
    expect(labels([pet({ sites: ["pancreas"], suvMax: 7 })])).toEqual([
      "hyper-uptake · PET-CT: pancreas, SUVmax 7",
    ]);
    // What the response's words say already is not repeated.
    expect(
      labels([
        pet({
          sites: ["pancreas"],
          suvMax: 7,
          responses: [{ text: "focus in the pancreas, SUVmax 7" }],
        }),
      ]),
    ).toEqual(["focus in the pancreas, SUVmax 7 · PET-CT"]);
    expect(labels([pet({ modality: "other", label: "EUS: gastric wall mass" })])).toEqual([
      "hyper-uptake · EUS: gastric wall mass",
    ]);
    expect(
      labels([pet({ modality: "CT", lesions: [{ site: "liver", sizeMm: [12] }], responses: [] })]),
    ).toEqual(["CT: liver 12 mm"]);
    // Facts are matched as whole words: "reduction" does not say "CT", "delivery" not "liver".
    expect(
      labels([
        pet({
          modality: "CT",
          sites: ["liver"],
          responses: [{ value: "PR", text: "marked reduction, delivery" }],
        }),
      ]),
    ).toEqual(["PR: marked reduction, delivery · CT: liver"]);
    expect(
      labels([
        pet({
          modality: "CT",
          label: "CT at 2 months: ≥50% shrinkage",
          responses: [{ text: "≥50% shrinkage" }],
        }),
      ]),
    ).toEqual(["CT at 2 months: ≥50% shrinkage"]);
    // A given label that names the call takes its place; the change and criteria follow.
    expect(
      labels([
        pet({
          modality: "CT",
          label: "CT at 2 months: PR",
          targetSumChangePct: -77.4,
          responses: [{ value: "PR", criteria: "RECIST 1.1" }],
        }),
      ]),
    ).toEqual(["CT at 2 months: PR −77.4% (RECIST 1.1)"]);
    // Two scoped calls: the study's facts are given once, after the first.
    expect(
      labels([
        pet({
          modality: "MRI",
          responses: [
            { value: "CR", scope: "intracranial" },
            { value: "PR", scope: "extracranial" },
          ],
        }),
      ]),
    ).toEqual(["CR intracranial · MRI", "PR extracranial"]);
  });

  it("a regimen named with its agents keeps its name: R-CHOP (rituximab + …)", () => {
    const rchop: Ev = {
      kind: "therapy",
      id: "rchop",
      regimen: "R-CHOP",
      agents: [{ name: "rituximab" }, { name: "cyclophosphamide" }],
      cycles: 6,
      start: "2023-05-03",
    };
    expect(labels([rchop])).toEqual(["L1: R-CHOP (rituximab + cyclophosphamide) × 6 cycles"]);
    expect(describeEvent(one(rchop))).toContain("R-CHOP (rituximab + cyclophosphamide)");
  });

  it("a worded response has no rank in best response", () => {
    const t = parse(
      doc([
        tki("a", "2023-05-03"),
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: "2023-08-01",
          evaluates: "a",
          responses: [{ text: "favourable response" }],
        },
      ]),
    );
    expect(summarizeTimeline(t).lines[0]!.bestResponse).toBeNull();
  });

  it("stop reasons refractory and primary resistance are drawn on the label", () => {
    const e = one(tki("a", "2023-05-03", { stopReason: "primary-resistance" }));
    expect(shortLabel(e, "L1")).toBe("L1: a (primary resistance)");
  });

  it("radiotherapy techniques SRS, gamma knife and proton", () => {
    for (const [technique, text] of [
      ["SRS", "SRS"],
      ["gamma-knife", "Gamma Knife"],
      ["proton", "Proton RT"],
      ["brachytherapy", "Brachytherapy"],
    ] as const) {
      const e = one({
        kind: "radiotherapy",
        id: "rt",
        site: "brain",
        technique,
        totalDoseGy: 20,
        fractions: 1,
        start: "2023-05-03",
      });
      expect(shortLabel(e)).toBe(`${text}, brain: 20 Gy / 1 fx`);
    }
  });

  it("diagnosis grade (Gleason), receptors and drivers reach the caption", () => {
    const t = parse(
      doc([], {
        patient: {
          label: "P",
          ageAtDiagnosis: 51,
          sex: "female",
          menopausalStatus: "postmenopausal",
          smoking: "former",
          packYears: 30,
          context: ["pregnant (20 weeks)"],
        },
        source: {
          citation: "x",
          kind: "case-report",
          firstAuthor: "Doe J",
          journal: "Cureus",
          year: 2024,
          doi: "10.1/x",
        },
        diagnoses: [
          {
            id: "dx",
            primarySite: "breast",
            histology: "invasive ductal carcinoma",
            grade: { value: "3", system: "Nottingham" },
            receptors: [
              { receptor: "ER", status: "positive", percent: 90 },
              { receptor: "HER2", status: "positive", ihc: "2+", fish: "amplified" },
            ],
            drivers: [{ gene: "PIK3CA", type: "mutation", variant: "H1047R", status: "detected" }],
            metastaticSites: ["bone"],
          },
        ],
      }),
    );
    expect(caseCaption(t)).toEqual([
      "Patient: 51-year-old woman, postmenopausal, former smoker (30 pack-years); pregnant (20 weeks).",
      "Diagnosis: breast invasive ductal carcinoma, grade 3 (Nottingham); metastases: bone.",
      "Biomarkers: ER+ 90%, HER2+ (IHC 2+, FISH amplified), PIK3CA H1047R.",
      "Source: Doe J et al., Cureus 2024. doi:10.1/x",
    ]);
    const prostate = parse(
      doc([], {
        diagnoses: [
          { id: "dx", primarySite: "prostate", grade: { value: "4 + 5 = 9", system: "Gleason" } },
        ],
      }),
    );
    expect(caseCaption(prostate)[1]).toBe("Diagnosis: prostate, Gleason 4 + 5 = 9.");
  });

  it("age stated in words", () => {
    const t = parse(doc([], { patient: { label: "P", sex: "male", ageText: "in his sixties" } }));
    expect(caseCaption(t)[0]).toBe("Patient: man, in his sixties.");
  });

  it("molecular results grouped: positives named, negatives and untested grouped by gene", () => {
    expect(
      formatFindings([
        { gene: "ALK", type: "fusion", partner: "EML4", status: "detected" },
        { gene: "EGFR", type: "mutation", status: "not-detected" },
        { gene: "KRAS", type: "mutation", status: "not-detected" },
        { gene: "ROS1", type: "fusion", status: "not-tested" },
      ]),
    ).toBe("EML4::ALK fusion, EGFR, KRAS negative, ROS1 not tested");
  });

  it("lab values with a comparator or in words are drawn as stated", () => {
    const psa: Ev = {
      kind: "lab",
      id: "psa",
      analyte: "PSA",
      unit: "ng/mL",
      values: [
        { date: "2023-01-01", value: 12 },
        { date: "2023-06-01", value: 0.1, qualifier: "<" },
        { date: "2023-09-01", text: "normalized" },
      ],
    };
    const e = one(psa);
    // 12 to below 0.1 spans two orders of magnitude: a log track (labScale.test.ts).
    expect(labels([psa])).toEqual(["PSA 12 ng/mL → normalized (3 values, log scale)"]);
    expect(describeEvent(e)).toContain("< 0.1 ng/mL on 2023-06-01");
    expect(messages(doc([{ ...psa, values: [{ date: "2023-01-01" }] } as never]))).toEqual([
      "events[0] (psa).values[0]: a lab value needs a number or the source's words (text)",
    ]);
  });

  it("intermittent therapy is marked on the bar, the label and in the legend", () => {
    const t = parse(doc([tki("a", "2023-05-03", { end: "2024-05-03", intermittent: true })]));
    const l = layoutTimeline(t, { width: 960 });
    const bar = l.marks.find((m) => m.type === "bar");
    expect(bar?.type === "bar" && bar.intermittent).toBe(true);
    expect(bar?.label?.full).toBe("L1: a intermittent");
    expect(l.legend.map((e) => e.key)).toContain("style:intermittent");
  });

  it("unnamed agents: a regimen text standing for several lines numbers the lines after it", () => {
    const t = parse(
      doc([
        {
          kind: "therapy",
          id: "earlier",
          agents: [],
          regimen: "chemotherapy",
          lineCount: 3,
          start: "2019",
          end: "2021",
        },
        tki("b", "2022-01-01"),
      ]),
    );
    expect(linesOfTherapy(t).map((l) => [l.number, l.count])).toEqual([
      [1, 3],
      [4, 1],
    ]);
    const full = layoutTimeline(t, { width: 1600 }).marks.map((m) => m.label?.full);
    expect(full).toContain("L1–3: chemotherapy (3 lines)");
    expect(full).toContain("L4: b");
    expect(messages(doc([{ kind: "therapy", id: "x", agents: [] } as never]))).toEqual([
      "events[0] (x).agents: a therapy needs at least one agent, or a regimen text when the agents are not named",
    ]);
  });

  it("finding status not tested", () => {
    const e = one({
      kind: "molecular",
      id: "m",
      resultDate: "2023-05-03",
      sample: { type: "tissue" },
      method: { type: "NGS" },
      findings: [{ gene: "ROS1", type: "fusion", status: "not-tested" }],
    }) as NormalizedEvent;
    expect(shortLabel(e)).toBe("ROS1 not tested");
  });

  it("a finding's origin, germline or somatic, on blood or saliva, reaches the label and the description", () => {
    // An unseen pancreatic cancer report: germline BRCA1 found after progression, then olaparib.
    const e = one({
      kind: "molecular",
      id: "m",
      resultDate: "2020-01",
      sample: { type: "blood" },
      method: { type: "other", name: "germline panel" },
      findings: [
        { gene: "BRCA1", type: "mutation", status: "detected", origin: "germline" },
        {
          gene: "KRAS",
          type: "mutation",
          variant: "p.G12D",
          status: "detected",
          origin: "somatic",
        },
      ],
    }) as NormalizedEvent;
    expect(shortLabel(e)).toBe("germline BRCA1 mutation, somatic KRAS p.G12D");
    expect(describeEvent(e)).toContain("on blood");
    expect(
      messages(
        doc([
          {
            ...e,
            findings: [
              { gene: "BRCA1", type: "mutation", status: "detected", origin: "inherited" },
            ],
          } as never,
        ]),
      )[0],
    ).toMatch(/findings\[0\]\.origin: must be one of "germline", "somatic"/);
  });
});

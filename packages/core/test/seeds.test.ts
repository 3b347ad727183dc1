import { describe, expect, it } from "vitest";
import {
  describeDate,
  formatDay,
  intervalContainsMonths,
  linesOfTherapy,
  parseCohort,
  parseTimeline,
  summarizeTimeline,
  type NormalizedEvent,
  type Timeline,
} from "../src/index.js";
import { cohortSeeds, patientSeeds, seedJson } from "../../../scripts/seeds.mjs";

const load = (prefix: string): Timeline => {
  const r = parseTimeline(seedJson(prefix));
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.value;
};
const ev = <K extends NormalizedEvent["kind"]>(t: Timeline, id: string, kind: K) => {
  const e = t.events.find((x) => x.id === id);
  if (!e || e.kind !== kind) throw new Error(`no ${kind} ${id}`);
  return e as Extract<NormalizedEvent, { kind: K }>;
};
const day = (d: number | null) => (d === null ? null : formatDay(d));

describe("every seed", () => {
  it.each(patientSeeds().map((s) => [s.file, s.json] as const))(
    "%s parses with a citation",
    (_f, json) => {
      const r = parseTimeline(json);
      expect(r.ok, r.ok ? "" : JSON.stringify(r.issues)).toBe(true);
      expect(r.ok && r.value.document.source.citation.length).toBeGreaterThan(20);
    },
  );
});

describe("seed 000: ALK+ lung cancer, axillary node bleed, hemostatic radiotherapy", () => {
  const t = load("000-");
  it("keeps the diagnosis at month precision (October 2019) for a 48-year-old man", () => {
    expect(describeDate(t.diagnoses[0]!.span.start)).toBe("2019-10");
    expect(t.document.patient).toMatchObject({ ageAtDiagnosis: 48, sex: "male" });
  });
  it("escalates the axillary radiotherapy from 15 Gy / 5 fx to 39 Gy / 13 fx", () => {
    const rt = ev(t, "rt-axilla", "radiotherapy");
    expect([rt.totalDoseGy, rt.fractions, rt.intent]).toEqual([15, 5, "hemostatic"]);
    expect(rt.doseChanges?.at(-1)).toMatchObject({ totalDoseGy: 39, fractions: 13 });
  });
  it("puts the pneumonia three months after the February 2024 bleed, as a range", () => {
    expect(describeDate(ev(t, "axillary-bleed", "clinical").span.start)).toBe("2024-02");
    expect(describeDate(ev(t, "pneumonia", "clinical").span.start)).toBe("2024-04-17…2024-06-15");
  });
  it("bounds survival from October 2019 by the publication date, since the death date is not stated", () => {
    const s = summarizeTimeline(t).survival;
    expect(s.status).toBe("dead");
    // Death is not dated, but a report published on 2025-12-24 cannot describe a later death.
    expect(s.interval?.maxDays).toBe(2276); // 2019-10-01 … 2025-12-24
    expect(intervalContainsMonths(s.interval!, 55)).toBe(true); // ≈ 4 years 7 months of treatment
  });
});

describe("seed 001: teaching scenario without dates", () => {
  const t = load("001-");
  it("is valid, undated, and keeps the story order", () => {
    expect(t.undated).toBe(true);
    expect(t.events.map((e) => e.kind)).toEqual(["molecular", "clinical"]);
  });
  it("finds an EML4-ALK fusion by NGS in a 42-year-old never-smoker", () => {
    const ngs = ev(t, "ngs-panel", "molecular");
    expect(ngs.method.type).toBe("NGS");
    expect(ngs.findings[0]).toMatchObject({
      gene: "ALK",
      partner: "EML4",
      type: "fusion",
      status: "detected",
    });
    expect(t.document.patient).toMatchObject({ ageAtDiagnosis: 42, smoking: "never" });
  });
});

describe("seed 002: EGFR exon 19 → acquired EML4::ALK, osimertinib + alectinib", () => {
  const t = load("002-");
  it("keeps the text's age (62) and records the table's 65 as a discrepancy", () => {
    expect(t.document.patient.ageAtPresentation).toBe(62);
    expect(t.document.notes?.some((n) => n.kind === "discrepancy" && n.text.includes("65"))).toBe(
      true,
    );
  });
  it("times resistance about 13 months after osimertinib started, in osimertinib's frame", () => {
    const s = summarizeTimeline(t);
    const r = s.therapies.find((m) => m.therapyId === "osimertinib")!.timeToResistance[0]!;
    expect(r.resistanceId).toBe("resistance-eml4-alk");
    expect(intervalContainsMonths(r.interval!, 13)).toBe(true);
    expect(intervalContainsMonths(r.interval!, 12)).toBe(false);
    expect(ev(t, "resistance-eml4-alk", "resistance").span.start.frame).toBe("osimertinib.start");
  });
  it("numbers osimertinib, then osimertinib + alectinib, as two lines with doses kept", () => {
    expect(linesOfTherapy(t).map((l) => l.agents)).toEqual([
      ["osimertinib"],
      ["osimertinib", "alectinib"],
    ]);
    expect(ev(t, "osimertinib", "therapy").agents[0]).toMatchObject({
      dose: 80,
      unit: "mg",
      schedule: "daily",
    });
    expect(ev(t, "alectinib", "therapy").agents[0]).toMatchObject({
      dose: 600,
      unit: "mg",
      schedule: "twice daily",
    });
  });
  it("records SRT 32.5 Gy / 5 fx, WBRT 20 Gy / 5 fx and the 24.5 × 30.7 mm progressing lesion", () => {
    expect([
      ev(t, "srt-cavity", "radiotherapy").totalDoseGy,
      ev(t, "srt-cavity", "radiotherapy").fractions,
    ]).toEqual([32.5, 5]);
    expect([
      ev(t, "wbrt", "radiotherapy").totalDoseGy,
      ev(t, "wbrt", "radiotherapy").fractions,
    ]).toEqual([20, 5]);
    expect(ev(t, "mri-post-wbrt", "imaging").lesions?.[0]?.sizeMm).toEqual([24.5, 30.7]);
  });
  it("reaches intracranial CR on the combination, ongoing at one year", () => {
    const line2 = summarizeTimeline(t).lines[1]!;
    expect(line2.bestResponse).toMatchObject({ value: "CR" });
    expect(line2.ongoing).toBe(true);
    expect(intervalContainsMonths(line2.timeOnTreatment!, 12)).toBe(true);
  });
});

describe("seed 003: gastric DCTN1–ALK, XELOX + sintilimab, nab-paclitaxel, alectinib", () => {
  const t = load("003-");
  it("gives XELOX + sintilimab 5 cycles from 2022-09-20 to 2022-12-14 and progression on 2023-01-27", () => {
    const x = ev(t, "xelox-sintilimab", "therapy");
    expect(x.agents.map((a) => a.name)).toEqual(["capecitabine", "oxaliplatin", "sintilimab"]);
    expect([day(x.span.start.earliest), day(x.span.end.latest), x.cycles]).toEqual([
      "2022-09-20",
      "2022-12-14",
      5,
    ]);
    const m = summarizeTimeline(t).therapies.find((s) => s.therapyId === "xelox-sintilimab")!;
    expect(m.timeOnTreatment).toEqual({ minDays: 85, maxDays: 85, censored: false });
    expect(m.timeToProgression).toEqual({ minDays: 129, maxDays: 129, censored: false });
  });
  it("keeps CEA 323.26 ng/mL at month precision (August 2022)", () => {
    const cea = ev(t, "cea", "lab");
    expect([cea.unit, cea.values[0]!.value]).toEqual(["ng/mL", 323.26]);
    expect(describeDate(cea.span.start)).toBe("2022-08");
  });
  it("reports DCTN1 exon 19 :: ALK exon 20 from the 2022-09-08 biopsy on 2023-04-14", () => {
    const ngs = ev(t, "ngs-tissue", "molecular");
    expect([day(ngs.span.start.earliest), day(ngs.span.end.earliest)]).toEqual([
      "2022-09-08",
      "2023-04-14",
    ]);
    expect(ngs.findings.find((f) => f.id === "dctn1-alk")).toMatchObject({
      partner: "DCTN1",
      partnerExons: "19",
      geneExons: "20",
    });
  });
  it("links KRAS amplification replacing DCTN1–ALK in ctDNA to alectinib, about 11.5 months in", () => {
    const ct = ev(t, "ctdna", "molecular");
    expect(ct.findings.map((f) => [f.gene, f.status])).toEqual([
      ["ALK", "lost"],
      ["KRAS", "newly-detected"],
    ]);
    const r = summarizeTimeline(t).therapies.find((s) => s.therapyId === "alectinib")!
      .timeToResistance[0]!;
    expect(intervalContainsMonths(r.interval!, 11.5)).toBe(true);
  });
  it("gives strontium-89 on 2023-05-10 and death from gastrointestinal haemorrhage", () => {
    const sr = ev(t, "strontium-89", "radiotherapy");
    expect([sr.technique, sr.radionuclide, day(sr.span.start.earliest)]).toEqual([
      "radionuclide",
      "strontium-89",
      "2023-05-10",
    ]);
    expect(ev(t, "death", "outcome").cause).toMatch(/gastrointestinal/i);
  });
});

describe("seed 004: IMT with CARS1-ALK, alectinib with dose reduction", () => {
  const t = load("004-");
  it("starts alectinib 600 mg twice daily on 2023-02-09, holds it, resumes at 450 mg once daily", () => {
    const a = ev(t, "alectinib", "therapy");
    expect(a.agents[0]).toMatchObject({
      name: "alectinib",
      dose: 600,
      unit: "mg",
      schedule: "twice daily",
    });
    expect(day(a.span.start.earliest)).toBe("2023-02-09");
    expect(a.modifications?.map((m) => [m.type, m.dose ?? null, m.schedule ?? null])).toEqual([
      ["hold", null, null],
      ["resume", 450, "once daily"],
    ]);
  });
  it("reaches RECIST PR at two months: 40 → 14 mm, target sum −77.4%", () => {
    const ct = ev(t, "ct-2mo", "imaging");
    expect(ct.responses?.[0]).toMatchObject({ value: "PR", criteria: "RECIST 1.1" });
    expect(ct.targetSumChangePct).toBe(-77.4);
    expect(ct.lesions?.[0]).toMatchObject({ sizeMm: [14], baselineMm: [40] });
  });
  it("records calcium 15.9 mg/dL above its 8.8–10.5 range and CCND1 copy number 11", () => {
    const ca = ev(t, "calcium", "lab");
    expect(ca.values[0]!.value).toBeGreaterThan(ca.referenceRange!.high!);
    expect(ca.values[0]!.value).toBe(15.9);
    expect(
      ev(t, "ngs-tissue", "molecular").findings.find((f) => f.gene === "CCND1")?.copyNumber,
    ).toBe(11);
  });
  it("derives three lines (ICE, pazopanib, alectinib) with alectinib ongoing about 19 months", () => {
    const s = summarizeTimeline(t);
    expect(s.lines.map((l) => l.agents)).toEqual([
      ["ifosfamide", "carboplatin", "etoposide"],
      ["pazopanib"],
      ["alectinib"],
    ]);
    expect(s.lines[2]!.timeOnTreatment?.censored).toBe(true);
    expect(intervalContainsMonths(s.lines[2]!.timeOnTreatment!, 19)).toBe(true);
  });
});

describe("seed 002 Table 1: 16-patient literature cohort", () => {
  const r = parseCohort(cohortSeeds()[0]!.json);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const rows = r.value.rows;
  const months = rows.map((x) => x.values["monthsToAlkResistance"]);
  it("has 16 rows and keeps missing intervals missing, never zero", () => {
    expect(rows).toHaveLength(16);
    expect(months.filter((m) => m === null)).toHaveLength(3);
    expect(months).not.toContain(0);
  });
  it("reproduces the paper's median of 16 months (range 6–34)", () => {
    const xs = (months.filter((m) => typeof m === "number") as number[]).sort((a, b) => a - b);
    expect([xs.length, xs[(xs.length - 1) / 2], xs[0], xs.at(-1)]).toEqual([13, 16, 6, 34]);
  });
  it("keeps the text's age 62 for the present case, noting the table's 65", () => {
    expect(rows[0]!.values["age"]).toBe(62);
    expect(rows[0]!.notes["age"]).toMatch(/65/);
  });
  it("reproduces the 66.7% response rate of combined EGFR + ALK TKIs (6 of 9)", () => {
    const egfr = ["osimertinib", "erlotinib", "gefitinib", "afatinib"];
    const alk = ["alectinib", "crizotinib", "brigatinib", "lorlatinib", "ceritinib"];
    const combo = rows.filter((x) => {
      const seq = x.values["postResistanceRegimens"];
      return (
        Array.isArray(seq) &&
        (seq as string[][]).some(
          (reg) => reg.some((a) => egfr.includes(a)) && reg.some((a) => alk.includes(a)),
        )
      );
    });
    const responses = combo.map((x) => x.values["bestResponse"]).filter((v) => v !== null);
    expect(responses).toHaveLength(9);
    expect(responses.filter((v) => v === "CR" || v === "PR")).toHaveLength(6);
  });
});

import { parseCohort, parseTimeline } from "@oncoline/core";
import { describe, expect, it } from "vitest";
import { formatImportIssue, importFhir } from "../src/index.js";
import { ownFixture } from "./fixtures.js";

const BUNDLES = ["fhir/mcode-stu4-jenny-m.bundle.json", "fhir/mcode-stu1-style.bundle.json"];
const load = (name: string) => importFhir([{ name, text: ownFixture(name) }]);

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** The clinical date fields of a resource (as this test reads FHIR, independently of the importer). */
const DATE_FIELDS = [
  "onsetDateTime",
  "effectiveDateTime",
  "effectivePeriod.start",
  "effectivePeriod.end",
  "performedDateTime",
  "performedPeriod.start",
  "performedPeriod.end",
  "issued",
  "authoredOn",
  "dosageInstruction.0.timing.repeat.boundsPeriod.start",
];
const at = (r: unknown, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>(
      (x, k) => (Array.isArray(x) ? x[Number(k)] : isObject(x) ? x[k] : undefined),
      r,
    );
/** A FHIR date at its stated precision: the calendar date as written, never shifted. */
const stated = (v: string) => v.slice(0, 10).replace(/T.*$/, "");

function resourcesOf(name: string) {
  const bundle = JSON.parse(ownFixture(name)) as { entry: Array<{ resource: Json }> };
  return bundle.entry.map((e) => {
    const r = e.resource;
    const dates = DATE_FIELDS.flatMap((f) => {
      const v = at(r, f);
      return typeof v === "string" ? [stated(v)] : [];
    });
    return { label: `${String(r.resourceType)}/${String(r.id)}`, dates };
  });
}

/** Every object in the imported cohort that names a resource (in a note or text). */
function mentions(value: unknown, label: string, found: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => mentions(v, label, found));
  else if (isObject(value)) {
    const own = Object.values(value).some((v) => typeof v === "string" && v.includes(`${label}`));
    if (own) found.push(value);
    Object.values(value).forEach((v) => mentions(v, label, found));
  }
  return found;
}

/** Every date the import wrote (event date fields, lab values, bounds). */
function writtenDates(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => writtenDates(v, out));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      if (["date", "start", "end", "sampleDate", "resultDate"].includes(k) && typeof v === "string")
        out.push(v);
      else writtenDates(v, out);
    }
  return out;
}

describe("importFhir on the hand-written mCODE bundles", () => {
  it.each(BUNDLES)("importFhir(%s) gives one valid patient timeline and no errors", (name) => {
    const r = load(name);
    expect(r.issues.map(formatImportIssue)).toEqual([]);
    expect(r.value.patients).toHaveLength(1);
    expect(parseCohort(r.value).ok).toBe(true);
    expect(parseTimeline(r.value.patients![0]).ok).toBe(true);
  });

  it.each(BUNDLES)(
    "walking %s: every dated resource is placed at its stated precision, every undated one is listed, 0 invented dates",
    (name) => {
      const r = load(name);
      const patient = r.value.patients![0]!;
      const sourceDates = new Set(resourcesOf(name).flatMap((x) => x.dates));
      // 0 invented dates: every date written is a date the bundle states, at the same precision.
      for (const d of writtenDates(patient)) expect(sourceDates, d).toContain(d);
      const notImported =
        r.warnings.find((w) => w.message.startsWith("not imported"))?.message ?? "";
      for (const { label, dates } of resourcesOf(name)) {
        if (label.startsWith("Patient/")) continue; // the patient is the timeline itself
        const found = mentions(patient, label);
        if (found.length === 0) {
          // Not in the timeline: counted as not imported (by type and reason), or the patient itself.
          expect(label.startsWith("Patient/") || notImported.length > 0, label).toBe(true);
          continue;
        }
        const text = JSON.stringify(found);
        if (dates.length === 0)
          expect(
            r.warnings.some((w) => w.path === label && /no date/.test(w.message)),
            `${label} is listed as undated`,
          ).toBe(true);
        // At least one of its stated dates is in the object that names it, exactly as stated.
        else
          expect(
            dates.some((d) => text.includes(d)),
            `${label} ${dates.join(", ")}`,
          ).toBe(true);
      }
    },
  );
});

describe("importFhir maps mCODE STU4 (Jenny M)", () => {
  const jenny = () => load(BUNDLES[0]!).value.patients![0]!;

  it("the primary cancer condition becomes the diagnosis with site, histology, stage and TNM", () => {
    expect(jenny().diagnoses![0]).toMatchObject({
      primarySite: "Primary malignant neoplasm of female left breast",
      date: "2018-03-16",
      histology: "Infiltrating duct carcinoma",
      stage: { value: "IIIC", tnm: "cT3" },
    });
  });

  it("requests starting the same day form one regimen; administrations fold into their request", () => {
    const therapies = jenny().events.filter((e) => e.kind === "therapy");
    expect(therapies.map((t) => t.agents.map((a) => a.name))).toEqual([
      ["DOXOrubicin", "cyclophosphamide"],
      ["PACLitaxel"],
      ["anastrozole"],
    ]);
    expect(therapies[0]).toMatchObject({ start: "2018-04-01", ongoing: true, intent: "curative" });
    expect(therapies[0]!.note).toContain(
      "MedicationAdministration/cancer-related-medication-admin-doxorubicin-jenny-m on 2018-04-22",
    );
  });

  it("the radiotherapy course summary gives 60 Gy / 30 fx (cGy → Gy) to the chest wall, the nodal volume in the note", () => {
    expect(jenny().events.find((e) => e.kind === "radiotherapy")).toMatchObject({
      site: "Chest Wall",
      totalDoseGy: 60,
      fractions: 30,
      start: "2018-08-15",
      end: "2018-10-25",
      note: expect.stringContaining("Chest Wall Lymph Nodes 50 Gy / 25 fx; 31 sessions"),
    });
  });

  it("a radiotherapy volume with an empty description has no site, never an empty one (found by the property test)", () => {
    const bundle = JSON.parse(ownFixture(BUNDLES[0]!)) as {
      entry: Array<{ resource: Record<string, unknown> }>;
    };
    for (const { resource } of bundle.entry)
      if (resource.resourceType === "BodyStructure") resource.description = "";
    const r = importFhir([{ name: "b.json", text: JSON.stringify(bundle) }]);
    expect(r.issues).toEqual([]);
    const rt = r.value.patients![0]!.events.find((e) => e.kind === "radiotherapy");
    expect(rt).toMatchObject({ site: expect.stringMatching(/\S/) });
  });

  it("disease status 'improved' stays words with its evidence, never a RECIST call", () => {
    const status = jenny().events.find((e) => e.id === "cancer-disease-status-jenny-m");
    expect(status).toMatchObject({
      kind: "clinical",
      term: "Disease status: improved",
      start: "2018-11-01",
    });
    expect(JSON.stringify(jenny())).not.toMatch(/"responses"/);
  });

  it("the genomics report lists the PALB2 variant with its protein change; ER/PR/HER2 are expression findings", () => {
    const report = jenny().events.find((e) => e.id === "genomics-report-jenny-m");
    expect(report).toMatchObject({
      sampleDate: "2018-03-15",
      resultDate: "2020-03-15",
      method: { type: "NGS", name: "panel: BRCA1, BRCA2, CDH1, PALB2, PTEN, STK11, TP53" },
      findings: [{ gene: "PALB2", type: "mutation", variant: "p.Tyr1183Ter", status: "detected" }],
    });
    expect(jenny().events.filter((e) => e.id === "genomic-variant-jenny-m")).toEqual([]);
    const er = jenny().events.find((e) => e.id === "tumor-marker-test-er-jenny-m");
    expect(er).toMatchObject({
      kind: "molecular",
      findings: [{ gene: "Estrogen receptor", status: "detected" }],
    });
  });

  it("unsupported resources are counted in one warning", () => {
    expect(load(BUNDLES[0]!).warnings.map(formatImportIssue)).toContain(
      "fhir/mcode-stu4-jenny-m.bundle.json: warning: not imported: 2 BodyStructure (resource type not used); 1 Practitioner (resource type not used); 1 Observation (observation of a kind not imported (vital signs, social history…))",
    );
  });
});

describe("importFhir maps STU1-style resources and keeps dates as stated", () => {
  const stu1 = () => load(BUNDLES[1]!).value.patients![0]!;

  it("'2019' stays a year, '2019-04' a month, and a dateTime keeps its own calendar date", () => {
    const p = stu1();
    expect(p.diagnoses![0]!.date).toBe("2019");
    expect(p.events.find((e) => e.id === "stu1-osimertinib")).toMatchObject({
      start: "2019-04",
      ongoing: true,
    });
    expect(p.events.find((e) => e.id === "stu1-carboplatin")).toMatchObject({
      start: "2019-06-30",
      end: "2019-09-01",
    });
    expect(p.events.find((e) => e.id === "stu1-disease-status-worse")).toMatchObject({
      kind: "progression",
      basis: "radiographic",
      date: "2019-08-31",
    });
  });

  it("a two-gene variant is a fusion with its 5′ partner; tumour markers are one lab series", () => {
    const p = stu1();
    expect(p.events.find((e) => e.id === "genomic-variant-fusion")).toMatchObject({
      findings: [{ gene: "ABL1", partner: "BCR", type: "fusion" }],
    });
    const cea = p.events.find((e) => e.kind === "lab");
    expect(cea).toMatchObject({ unit: "ng/mL", referenceRange: { high: 5 } });
    expect(cea && "values" in cea && cea.values.map((v) => v.date)).toEqual([
      "2019-04-10",
      "2019-07",
      undefined,
    ]);
  });

  it("a medication with no cancer link is left out and counted; an undated one stays undated", () => {
    const r = load(BUNDLES[1]!);
    expect(
      r.value.patients![0]!.events.find((e) => e.id === "stu1-dexamethasone-undated"),
    ).not.toHaveProperty("start");
    expect(r.warnings.map(formatImportIssue).join("\n")).toContain(
      "1 MedicationStatement (medication not linked to a cancer",
    );
  });
});

describe("importFhir dates from orders", () => {
  it("a MedicationRequest with only its order date (authoredOn) starts on or after that date, never on it", () => {
    const r = importFhir([
      {
        name: "b.json",
        text: JSON.stringify({
          resourceType: "Bundle",
          entry: [
            { resource: { resourceType: "Patient", id: "p" } },
            {
              resource: {
                resourceType: "MedicationRequest",
                id: "mr",
                meta: {
                  profile: [
                    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-request",
                  ],
                },
                status: "completed",
                medicationCodeableConcept: { text: "letrozole" },
                subject: { reference: "Patient/p" },
                authoredOn: "2020-02-03T10:00:00+13:00",
              },
            },
          ],
        }),
      },
    ]);
    expect(r.ok).toBe(true);
    expect(r.value.patients![0]!.events[0]).toMatchObject({
      kind: "therapy",
      start: { after: { date: "2020-02-03" } },
      stopReason: "completed",
      note: "ordered 2020-02-03 [FHIR MedicationRequest/mr]",
    });
    expect(parseTimeline(r.value.patients![0]).ok).toBe(true);
  });
});

describe("importFhir on bad input: located issues, never a throw", () => {
  const one = (json: unknown) => importFhir([{ name: "b.json", text: JSON.stringify(json) }]);
  const patient = { resource: { resourceType: "Patient", id: "p" } };

  it("a bundle with no Patient is an error naming Bundle.entry", () => {
    const r = one({
      resourceType: "Bundle",
      entry: [{ resource: { resourceType: "Observation", id: "o" } }],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map(formatImportIssue)).toEqual([
      "b.json: Bundle.entry: the bundle has no Patient resource: nothing to attach the records to",
    ]);
    expect(parseCohort(r.value).ok).toBe(true);
  });

  it("a resource that is not a Bundle, an entry without a resource and malformed JSON are located", () => {
    expect(one({ resourceType: "Patient", id: "p" }).issues.map(formatImportIssue)).toEqual([
      "b.json: resourceType: expected a Bundle, got a Patient resource (wrap it in a Bundle)",
    ]);
    expect(
      one({
        resourceType: "Bundle",
        entry: [patient, { fullUrl: "x" }, { resource: { id: 3 } }],
      }).issues.map(formatImportIssue),
    ).toEqual([
      "b.json: Bundle.entry[1].resource: entry without a resource object",
      "b.json: Bundle.entry[2].resource.resourceType: resource without a resourceType",
    ]);
    expect(
      importFhir([{ name: "b.json", text: '{"resourceType": "Bundle",\n "entry": [}' }]).issues[0],
    ).toMatchObject({ line: 2, column: 12, message: "not JSON: ValueExpected" });
    expect(one([1, 2]).issues.map(formatImportIssue)).toEqual([
      "b.json: expected a FHIR Bundle object",
    ]);
  });

  it("wrong field types and impossible dates are errors at the resource path; the rest imports", () => {
    const r = one({
      resourceType: "Bundle",
      entry: [
        patient,
        {
          resource: {
            resourceType: "Procedure",
            id: "s",
            code: { text: "Lobectomy" },
            performedDateTime: 20190401,
          },
        },
        {
          resource: {
            resourceType: "Procedure",
            id: "t",
            code: { text: "Biopsy" },
            performedDateTime: "2019-02-30",
          },
        },
        {
          resource: {
            resourceType: "Observation",
            id: "o",
            code: "not a concept",
            effectiveDateTime: ["2019"],
          },
        },
      ],
    });
    expect(r.issues.map(formatImportIssue)).toEqual([
      "b.json: Procedure/s.performedDateTime: expected a date string, got number; the date is left out",
      "b.json: Procedure/t.performedDateTime: '2019-02-30' has no day 30; the date is left out",
    ]);
    expect(r.value.patients![0]!.events.map((e) => e.id)).toEqual(["s", "t"]);
  });

  it(
    "a 50 MB bundle is refused by the size limit; the resource and issue limits bound the rest",
    { timeout: 120_000 },
    () => {
      const big = JSON.stringify({
        resourceType: "Bundle",
        entry: [patient],
        pad: "x".repeat(50 * 1024 * 1024),
      });
      expect(importFhir([{ name: "big.json", text: big }]).issues.map(formatImportIssue)).toEqual([
        "big.json:1: the file is 50.0 MB; the import limit is 32.0 MB (split it, or raise maxChars)",
      ]);
      const many = {
        resourceType: "Bundle",
        entry: [patient, ...Array.from({ length: 30 }, () => ({}))],
      };
      const r = importFhir([{ name: "m.json", text: JSON.stringify(many) }], {
        limits: { maxRecords: 10, maxIssues: 3 },
      });
      expect(r.issues.map(formatImportIssue)).toEqual([
        "m.json: Bundle.entry[1].resource: entry without a resource object",
        "m.json: Bundle.entry[2].resource: entry without a resource object",
        "m.json: Bundle.entry[3].resource: entry without a resource object",
        "m.json: and 7 more errors not listed",
      ]);
    },
  );
});

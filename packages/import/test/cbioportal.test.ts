import { parseCohort, parseTimeline, type TimelineEvent } from "@oncoline/core";
import { describe, expect, it } from "vitest";
import { formatImportIssue, importCbioportal } from "../src/index.js";
import { cbioportalFiles } from "./fixtures.js";

const lgg = () => importCbioportal(cbioportalFiles("lgg_ucsf_2014"), { studyId: "lgg_ucsf_2014" });

/** The day offset of a relative date written by the importer. */
const dayOf = (d: unknown): number | undefined =>
  (d as { offset?: { amount: number } } | undefined)?.offset?.amount;

const startOf = (e: TimelineEvent): unknown =>
  "start" in e && e.start !== undefined
    ? e.start
    : "date" in e
      ? e.date
      : "sampleDate" in e
        ? e.sampleDate
        : undefined;

describe("importCbioportal on lgg_ucsf_2014 (real study files)", () => {
  it("importCbioportal(files) gives 23 patients, no issues, and a cohort parseCohort accepts", () => {
    const r = lgg();
    expect(r.issues.map(formatImportIssue)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.value.patients).toHaveLength(23);
    expect(parseCohort(r.value).ok).toBe(true);
    for (const p of r.value.patients!) expect(parseTimeline(p).ok).toBe(true);
  });

  it("every row of every file becomes an event of its patient on the file's days (exact day offsets)", () => {
    const r = lgg();
    const patients = new Map(r.value.patients!.map((p) => [p.patient.label, p]));
    let checked = 0;
    for (const file of cbioportalFiles("lgg_ucsf_2014")) {
      const [header, ...lines] = file.text.trimEnd().split("\n");
      const cols = header!.split("\t");
      lines.forEach((text, i) => {
        const cells = text.split("\t");
        const get = (c: string) => cells[cols.indexOf(c)] ?? "";
        const events = patients.get(get("PATIENT_ID"))!.events;
        const start = Number(get("START_DATE"));
        const stop = get("STOP_DATE") === "" ? undefined : Number(get("STOP_DATE"));
        const line = i + 2;
        const event = events.find((e) => e.id.endsWith(`-L${line}`) && dayOf(startOf(e)) === start);
        expect(event, `${file.name}:${line}`).toBeDefined();
        if (stop !== undefined && event && "end" in event) expect(dayOf(event.end)).toBe(stop);
        checked++;
      });
    }
    expect(checked).toBe(
      cbioportalFiles("lgg_ucsf_2014").reduce(
        (n, f) => n + f.text.trimEnd().split("\n").length - 1,
        0,
      ),
    );
  });

  it("dates are relative to the undated day-0 diagnosis, in whole days", () => {
    const p04 = lgg().value.patients!.find((p) => p.id === "P04")!;
    expect(p04.diagnoses).toEqual([expect.objectContaining({ id: "diagnosis" })]);
    expect(p04.diagnoses![0]!.date).toBeUndefined();
    const tmz = p04.events.find((e) => e.kind === "therapy")!;
    expect(tmz).toMatchObject({
      agents: [{ name: "TMZ", drugClass: "Chemotherapy" }],
      start: { relativeTo: { event: "diagnosis" }, offset: { amount: 488, unit: "day" } },
      end: { relativeTo: { event: "diagnosis" }, offset: { amount: 518, unit: "day" } },
    });
    const timeline = parseTimeline(p04);
    if (!timeline.ok) throw new Error("P04 invalid");
    const span = timeline.value.events.find((e) => e.id === tmz.id)!.span;
    expect([span.start.earliest, span.start.latest]).toEqual([488, 488]);
    expect(span.start.frame).not.toBeNull();
  });

  it("P04's overlapping TMZ (488–518) and XRT (488–700) stay a therapy and a radiotherapy course", () => {
    const p04 = lgg().value.patients!.find((p) => p.id === "P04")!;
    const rt = p04.events.find((e) => e.kind === "radiotherapy");
    expect(rt).toMatchObject({ label: "XRT", technique: "unknown" });
    expect(dayOf((rt as { start: unknown }).start)).toBe(488);
    expect(dayOf((rt as { end: unknown }).end)).toBe(700);
  });

  it("P01's TMZ, TMZ + accutane, TMZ + thalidomide stay three separate courses with their own agents", () => {
    const p01 = lgg().value.patients!.find((p) => p.id === "P01")!;
    const courses = p01.events.flatMap((e) =>
      e.kind === "therapy" ? [e.agents.map((a) => a.name).join(" + ")] : [],
    );
    expect(courses).toEqual(["TMZ", "TMZ + accutane", "TMZ + thalidomide", "CCNU + thalidomide"]);
  });

  it("STATUS radiographic_progression becomes a radiographic progression; specimens become samples", () => {
    const p17 = lgg().value.patients!.find((p) => p.id === "P17")!;
    expect(p17.events.find((e) => e.kind === "progression")).toMatchObject({
      basis: "radiographic",
      date: { offset: { amount: 193 } },
    });
    const samples = p17.events.filter((e) => e.kind === "molecular");
    expect(samples.map((s) => s.label)).toContain("P17_Rec1_A");
    expect(samples[0]!.label).toBe("P17_Pri_A");
    expect(samples[0]!.note).toBe("SURGERY: Oligo II Initial");
  });
});

describe("importCbioportal on other real and test files", () => {
  it("the legacy study_es_0 file (no STOP_DATE, SPECIMEN_REFERENCE_NUMBER) imports with warnings", () => {
    const r = importCbioportal(cbioportalFiles("study_es_0"));
    expect(r.ok).toBe(true);
    expect(r.value.patients!.map((p) => p.id)).toEqual(["TCGA-A1-A0SB", "TCGA-A2-A04P"]);
    const messages = r.warnings.map(formatImportIssue);
    expect(messages).toContain(
      "study_es_0_legacy_data_timeline.txt:1: warning: no STOP_DATE column (legacy layout): every event is a point in time",
    );
    expect(messages.some((m) => /:2:4 \(SPECIMEN_REFERENCE_NUMBER\): warning: /.test(m))).toBe(
      true,
    );
    const a = r.value.patients![0]!;
    expect(a.events.filter((e) => e.kind === "molecular")).toHaveLength(3);
    expect(a.events[0]).toMatchObject({
      sample: { type: "tissue", site: "breast" },
      note: "SOURCE: Hospital 1",
    });
  });

  it("the exported clinical_timeline files and their meta files give the study id", () => {
    const r = importCbioportal(cbioportalFiles("cbioportal_export_test"));
    expect(r.ok).toBe(true);
    expect(r.value.id).toBe("study_es_0_import_export");
    expect(r.value.patients!.map((p) => p.id)).toEqual(["TCGA-BH-A0HL", "TCGA-BH-A18K"]);
  });

  it("the TCGA lung excerpt keeps every agent as written (brand names, NA, PLACEBO) with its notes", () => {
    const r = importCbioportal(cbioportalFiles("tcga_lung"));
    expect(r.ok).toBe(true);
    const therapies = r.value.patients!.flatMap((p) =>
      p.events.filter((e) => e.kind === "therapy"),
    );
    expect(therapies).toHaveLength(199);
    const tarceva = therapies.find(
      (t) => t.agents[0]!.name === "TARCEVA" && t.note?.includes("COMMENTS"),
    )!;
    expect(tarceva.note).toContain("COMMENTS: End date is NA");
    expect(tarceva.note).toContain("NOTE: 2-Drug_Day_of_Form_Completion: 14");
    expect(parseCohort(r.value).ok).toBe(true);
  });

  it("the REST ClinicalEvent JSON form imports like the files", () => {
    const json = JSON.stringify([
      {
        studyId: "lgg_ucsf_2014",
        patientId: "P04",
        eventType: "TREATMENT",
        startNumberOfDaysSinceDiagnosis: 488,
        endNumberOfDaysSinceDiagnosis: 518,
        attributes: [
          { key: "TREATMENT_TYPE", value: "Medical Therapy" },
          { key: "AGENT", value: "TMZ" },
        ],
      },
      {
        patientId: "P04",
        eventType: "STATUS",
        startNumberOfDaysSinceDiagnosis: 432,
        attributes: [{ key: "STATUS", value: "radiographic_progression" }],
      },
    ]);
    const r = importCbioportal([{ name: "events.json", text: json }]);
    expect(r.ok).toBe(true);
    expect(r.value.patients![0]!.events.map((e) => [e.kind, dayOf(startOf(e))])).toEqual([
      ["progression", 432],
      ["therapy", 488],
    ]);
  });

  it("LAB_TEST numeric results become one lab series per test; IMAGING keeps its modality and response", () => {
    const text = [
      "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tTEST\tRESULT\tDIAGNOSTIC_TYPE\tSTYLE_COLOR",
      "A\t10\t\tLAB_TEST\tCEA\t5.2\t\t",
      "A\t40\t\tLAB_TEST\tCEA\t<0.5\t\t",
      "A\t41\t\tLAB_TEST\tCEA\tpending\t\t",
      "A\t50\t\tIMAGING\t\tPartial Response\tCT scan\t#ff0000",
      "A\t60\t\tToxicity\t\t\t\t",
    ].join("\n");
    const r = importCbioportal([{ name: "data_timeline_misc.txt", text }]);
    expect(r.ok).toBe(true);
    const [lab, pending, ct, tox] = r.value.patients![0]!.events;
    expect(lab).toMatchObject({
      kind: "lab",
      analyte: "CEA",
      unit: "unit not stated",
      values: [{ value: 5.2 }, { value: 0.5, qualifier: "<" }],
    });
    expect(pending).toMatchObject({ kind: "clinical", term: "CEA: pending" });
    expect(ct).toMatchObject({
      kind: "imaging",
      modality: "CT",
      responses: [{ value: "PR" }],
      note: "STYLE_COLOR: #ff0000",
    });
    expect(tox).toMatchObject({ kind: "clinical", category: "other", term: "toxicity" });
  });
});

describe("importCbioportal links samples by SAMPLE_ID", () => {
  it("a SPECIMEN row and a SEQUENCING row of one SAMPLE_ID become one molecular test with both dates", () => {
    const specimen =
      "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tSAMPLE_ID\tSPECIMEN_TYPE\nA\t10\t\tSPECIMEN\tA-T1\tblood plasma";
    const sequencing =
      "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tSAMPLE_ID\tASSAY\nA\t40\t\tSEQUENCING\tA-T1\tIMPACT468";
    const r = importCbioportal([
      { name: "data_timeline_specimen.txt", text: specimen },
      { name: "data_timeline_sequencing.txt", text: sequencing },
    ]);
    expect(r.value.patients![0]!.events).toEqual([
      expect.objectContaining({
        kind: "molecular",
        label: "A-T1",
        sampleDate: { relativeTo: { event: "diagnosis" }, offset: { amount: 10, unit: "day" } },
        resultDate: { relativeTo: { event: "diagnosis" }, offset: { amount: 40, unit: "day" } },
        sample: { type: "plasma-ctDNA" },
        method: { type: "NGS", name: "IMPACT468" },
      }),
    ]);
  });
});

describe("importCbioportal on bad input: located issues, never a throw", () => {
  const file = (
    rows: string[],
    header = "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tAGENT",
  ) => [{ name: "data_timeline_treatment.txt", text: [header, ...rows].join("\n") }];

  it("a missing required column is an error on the header line naming it", () => {
    const r = importCbioportal(file(["A\t1\tTREATMENT"], "PATIENT_ID\tSTART_DATE\tEVENT_TYPE_X"));
    expect(r.ok).toBe(false);
    expect(r.issues.map(formatImportIssue)).toEqual([
      "data_timeline_treatment.txt:1: missing required columns STOP_DATE, EVENT_TYPE (header: PATIENT_ID, START_DATE, EVENT_TYPE_X)",
    ]);
    expect(parseCohort(r.value).ok).toBe(true);
  });

  it("non-numeric days and a stop before the start name the line and column; good rows still import", () => {
    const r = importCbioportal(
      file([
        "A\tabc\t\tTREATMENT\tTMZ",
        "A\t30\t10\tTREATMENT\tTMZ",
        "A\t5\t9.5\tTREATMENT\tTMZ",
        "A\t1\t2\tTREATMENT\tTMZ",
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map(formatImportIssue)).toEqual([
      "data_timeline_treatment.txt:2:2 (START_DATE): START_DATE 'abc' is not a whole number of days; row left out",
      "data_timeline_treatment.txt:3:3 (STOP_DATE): STOP_DATE day 10 is before START_DATE day 30; row left out",
      "data_timeline_treatment.txt:4:3 (STOP_DATE): STOP_DATE '9.5' is not a whole number of days; row left out",
    ]);
    expect(r.value.patients![0]!.events).toHaveLength(1);
    expect(parseCohort(r.value).ok).toBe(true);
  });

  it("a day beyond the model's 100,000-day offset and a blank patient are reported at their cells", () => {
    const r = importCbioportal(file(["A\t200000\t\tTREATMENT\tTMZ", "\t1\t\tTREATMENT\tTMZ"]));
    expect(r.issues.map(formatImportIssue)).toEqual([
      "data_timeline_treatment.txt:2:2 (START_DATE): START_DATE day 200000 is further than 100000 days from day 0, the longest offset a date can state; row left out",
      "data_timeline_treatment.txt:3:1 (PATIENT_ID): PATIENT_ID is blank; row left out",
    ]);
  });

  it("extra fields, an empty file and malformed REST JSON are located", () => {
    expect(
      importCbioportal(file(["A\t1\t\tTREATMENT\tTMZ\textra"])).issues.map(formatImportIssue),
    ).toEqual(["data_timeline_treatment.txt:2:6: 6 fields but the header has 5"]);
    expect(
      importCbioportal([{ name: "data_timeline_x.txt", text: "" }]).issues.map(formatImportIssue),
    ).toEqual(["data_timeline_x.txt:1: no header row (the file is empty or only comments)"]);
    expect(
      importCbioportal([{ name: "e.json", text: '[{"patientId": "A",}]' }]).issues[0],
    ).toMatchObject({ file: "e.json", line: 1, column: 20 });
    expect(
      importCbioportal([
        {
          name: "e.json",
          text: '[{"patientId":"A","eventType":"X","startNumberOfDaysSinceDiagnosis":"soon"}, 3]',
        },
      ]).issues.map(formatImportIssue),
    ).toEqual([
      "e.json: [0].startNumberOfDaysSinceDiagnosis: 'soon' is not a whole number of days; event left out",
      "e.json: [1]: expected a ClinicalEvent object",
    ]);
  });

  it(
    "a 50 MB file is refused by the size limit with a located issue, without being parsed",
    { timeout: 120_000 },
    () => {
      const big =
        "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\n" + "A\t1\t\tSTATUS\n".repeat(4_200_000);
      expect(big.length).toBeGreaterThan(50_000_000);
      const r = importCbioportal([{ name: "data_timeline_big.txt", text: big }]);
      expect(r.issues.map(formatImportIssue)).toEqual([
        "data_timeline_big.txt:1: the file is 48.1 MB; the import limit is 32.0 MB (split it, or raise maxChars)",
      ]);
      expect(r.value.patients).toEqual([]);
    },
  );

  it(
    "140,000 rows in one file (past one call's argument limit) import without a stack overflow",
    { timeout: 300_000 },
    () => {
      // Rows of one sample merge into one event, so core's share of the work stays small.
      const rows = Array.from({ length: 140_000 }, (_, i) => `A\t${i % 5000}\t\tSPECIMEN\tA-1`);
      const header = "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tSAMPLE_ID";
      const r = importCbioportal([
        { name: "data_timeline_specimen.txt", text: [header, ...rows].join("\n") },
      ]);
      expect(r.issues).toEqual([]);
      expect(r.value.patients![0]!.events).toHaveLength(1);
    },
  );

  it("the row and issue limits bound the work: rows past maxRecords are not read, issues past maxIssues are counted", () => {
    const rows = Array.from({ length: 50 }, () => "A\tx\t\tTREATMENT\tTMZ");
    const r = importCbioportal(file(rows), { limits: { maxRecords: 20, maxIssues: 5 } });
    expect(r.issues).toHaveLength(6);
    expect(formatImportIssue(r.issues[5]!)).toBe(
      "data_timeline_treatment.txt: and 16 more errors not listed",
    );
  });
});

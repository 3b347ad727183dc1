import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCohort } from "@oncoline/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { csvMappingJsonSchema, formatImportIssue, importCsv } from "../src/index.js";
import { ownFixture } from "./fixtures.js";

const TABLE = { name: "redcap-export.csv", text: ownFixture("csv/redcap-export.csv") };
const MAPPING = { name: "redcap-mapping.json", text: ownFixture("csv/redcap-mapping.json") };
const mapping = JSON.parse(MAPPING.text) as Record<string, unknown>;
const withMapping = (change: Record<string, unknown>) => ({
  name: "m.json",
  text: JSON.stringify({ ...mapping, ...change }),
});
const csv = (lines: string[]) => ({ name: "t.csv", text: lines.join("\n") });
const HEADER =
  "record_id,redcap_event_name,event_type,event_start,event_end,drug,dose_mg,site,test_name,result,result_unit,response,comments";

describe("importCsv on a REDCap-style long table", () => {
  const r = importCsv(TABLE, MAPPING);
  const [p101, p102] = r.value.patients!;

  it("importCsv(table, mapping) gives one valid timeline per record_id and no issues", () => {
    expect(r.issues.map(formatImportIssue)).toEqual([]);
    expect(r.value.patients!.map((p) => p.id)).toEqual(["101", "102"]);
    expect(parseCohort(r.value).ok).toBe(true);
  });

  it("declared DD/MM/YYYY dates become ISO days; partial ISO dates keep their precision", () => {
    expect(p101!.diagnoses![0]).toMatchObject({ date: "2019-03-15", primarySite: "lung" });
    expect(p101!.events.find((e) => e.kind === "radiotherapy")).toMatchObject({
      start: "2019-10",
      site: "brain",
    });
    expect(p102!.diagnoses![0]!.date).toBe("2018");
  });

  it("consecutive segments of one agent stay separate courses; '+' makes a combination", () => {
    expect(
      p101!.events.flatMap((e) =>
        e.kind === "therapy" ? [e.agents.map((a) => a.name).join(" + ")] : [],
      ),
    ).toEqual(["carboplatin + pemetrexed", "pemetrexed", "osimertinib"]);
  });

  it("kind words map through the mapping: CT → imaging with its response, Death → outcome, Lab → one series", () => {
    expect(
      p101!.events
        .filter((e) => e.kind === "imaging")
        .map((e) => [e.modality, e.responses?.[0]?.value]),
    ).toEqual([
      ["CT", "PR"],
      ["CT", "PD"],
    ]);
    expect(p102!.events.at(-1)).toMatchObject({
      kind: "outcome",
      status: "death",
      date: "2021-11-30",
    });
    const cea = p101!.events.find((e) => e.kind === "lab");
    expect(cea && "values" in cea && cea.values.map((v) => v.value)).toEqual([12.5, 4.1]);
  });

  it("unmapped columns and quoted text are kept in the event's note", () => {
    const osimertinib = p101!.events.find(
      (e) => e.kind === "therapy" && e.agents[0]!.name === "osimertinib",
    );
    expect(osimertinib!.note).toBe(
      'started after "EGFR T790M" found; redcap_event_name: treatment_arm_1',
    );
  });
});

describe("the CSV mapping file", () => {
  const schemaFile = JSON.parse(
    readFileSync(
      fileURLToPath(new URL("../schema/csv-mapping.schema.json", import.meta.url)),
      "utf8",
    ),
  );

  it("csv-mapping.schema.json is generated from the validator (run `pnpm --filter @oncoline/import schema`)", () => {
    expect(schemaFile).toEqual(csvMappingJsonSchema());
  });

  it("an independent JSON Schema validator accepts the example mapping and rejects a wrong one", () => {
    const validate = new Ajv2020({ strict: false }).compile(schemaFile);
    expect(validate(mapping)).toBe(true);
    expect(validate({ ...mapping, dateFormat: "D/M/Y" })).toBe(false);
    expect(validate({ columns: { patient: "id" } })).toBe(false);
  });

  it("a wrong mapping is reported with its path in the mapping file", () => {
    const r = importCsv(
      TABLE,
      withMapping({ dateFormat: "D/M/Y", columns: { patient: "record_id", kind: "event_type" } }),
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => `${i.file}: ${i.path}`)).toEqual([
      "m.json: dateFormat",
      "m.json: columns.start",
    ]);
  });
});

describe("importCsv and loose dates", () => {
  it("takes any EDTF date core reads as it is: a quarter, an interval, a decade; refuses a bad one with its cell", () => {
    const r = importCsv(
      csv([
        HEADER,
        "1,,Chemo,2018-33,2018-06/2018-09,cisplatin,,,,,,,",
        "1,,CT,201X,,,,,,,,PR,",
        "1,,TKI,2019-06/..,,osimertinib,,,,,,,",
        "1,,TKI,2019-43,,alectinib,,,,,,,",
      ]),
      MAPPING,
    );
    const events = r.value.patients![0]!.events;
    expect(events.find((e) => e.kind === "therapy")).toMatchObject({
      start: "2018-33",
      end: "2018-06/2018-09",
    });
    expect(events.find((e) => e.kind === "imaging")).toMatchObject({ date: "201X" });
    expect(r.issues.map(formatImportIssue)).toEqual([
      "t.csv:5:4 (event_start): '2019-43' has month 43; months run 01–12 (21–41: seasons, quarters, semesters); row left out",
    ]);
    expect(parseCohort(r.value).ok).toBe(true);
  });
});

describe("importCsv on bad input: located issues, never a throw", () => {
  it("a mapped column missing from the header is an error on the header line", () => {
    const r = importCsv(csv(["record_id,event_type,when", "1,Chemo,2019"]), MAPPING);
    expect(r.issues.map(formatImportIssue)[0]).toBe(
      "t.csv:1: column 'event_start' (mapped as start) is not in the header (record_id, event_type, when)",
    );
    expect(parseCohort(r.value).ok).toBe(true);
  });

  it("bad dates, end before start, unknown kinds and non-numeric results name line and column", () => {
    const r = importCsv(
      csv([
        HEADER,
        "1,,Chemo,31/02/2019,,cisplatin,,,,,,,",
        "1,,Chemo,02/04/2019,01/04/2019,cisplatin,,,,,,,",
        "1,,Chemo,April 2019,,cisplatin,,,,,,,",
        "1,,Vaccine,02/04/2019,,,,,,,,,",
        "1,,Lab,02/04/2019,,,,,CEA,high,ng/mL,,",
        "1,,CT,02/04/2019,,,,,,,,better,",
        "1,,Chemo,03/04/2019,,cisplatin,,,,,,,",
      ]),
      MAPPING,
    );
    expect(r.issues.map(formatImportIssue)).toEqual([
      "t.csv:2:4 (event_start): '2019-02-31' has no day 31; row left out",
      "t.csv:3:5 (event_end): ends 2019-04-01, before it starts 2019-04-02; row left out",
      "t.csv:4:4 (event_start): 'April 2019' is not a date in the DD/MM/YYYY format; row left out",
      "t.csv:5:3 (event_type): 'Vaccine' is not a kind the mapping knows (diagnosis, therapy, radiotherapy, procedure, imaging, progression, lab, clinical, outcome, Chemo, TKI, Lab, CT, RT, Surgery, Death); row left out",
      "t.csv:6:10 (result): 'high' is not a number; left out",
      "t.csv:6:10 (result): a lab row needs a numeric value; row left out",
      "t.csv:7:12 (response): 'BETTER' is not a response (CR, PR, SD, PD or NE); left out",
    ]);
    expect(r.value.patients![0]!.events.map((e) => e.kind)).toEqual(["imaging", "therapy"]);
  });

  it(
    "an unclosed quote is located; a 50 MB table is refused by the size limit",
    { timeout: 120_000 },
    () => {
      const quoted = importCsv(csv([HEADER, '1,,Chemo,02/04/2019,,"cisplatin,,,,,,,']), MAPPING);
      expect(quoted.issues[0]).toMatchObject({ file: "t.csv", line: 2 });
      const big = {
        name: "big.csv",
        text: HEADER + "\n" + "1,,Chemo,02/04/2019,,x,,,,,,,\n".repeat(1_800_000),
      };
      expect(big.text.length).toBeGreaterThan(50 * 1024 * 1024);
      expect(importCsv(big, MAPPING).issues.map(formatImportIssue)).toEqual([
        `big.csv:1: the file is ${(big.text.length / 1024 / 1024).toFixed(1)} MB; the import limit is 32.0 MB (split it, or raise maxChars)`,
      ]);
    },
  );
});

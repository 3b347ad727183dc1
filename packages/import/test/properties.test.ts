import { parseCohort } from "@oncoline/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCbioportal, importCsv, importFhir } from "../src/index.js";
import { ownFixture } from "./fixtures.js";

const HEADER = "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tAGENT\tSTATUS";
const cell = fc.oneof(
  fc.constantFrom("", "0", "12", "-3", "x", "TREATMENT", "STATUS", "LAB_TEST", "P1", "1e3", "5001"),
  fc.string({ maxLength: 6 }),
);
const row = fc.array(cell, { minLength: 0, maxLength: 8 }).map((cells) => cells.join("\t"));

/** Every importer's contract: no throw, a value core accepts, ok exactly when there is no error. */
function holds(r: ReturnType<typeof importCbioportal>) {
  expect(parseCohort(r.value).ok).toBe(true);
  expect(r.ok).toBe(r.issues.length === 0);
  for (const i of [...r.issues, ...r.warnings]) {
    expect(typeof i.file).toBe("string");
    expect(i.message).not.toMatch(/internal error|fails validation/);
  }
}

// Each FHIR run imports and validates a whole bundle twice: generous time, no wall-clock limit intended.
const SLOW = { timeout: 120_000 };

describe("importers never throw and always return a cohort core accepts", () => {
  it("importCbioportal(any rows) keeps its contract", SLOW, () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        holds(
          importCbioportal([{ name: "data_timeline_x.txt", text: [HEADER, ...rows].join("\n") }]),
        );
      }),
      { numRuns: 100 },
    );
  });

  it(
    "importFhir(any JSON, or a real bundle with one value replaced) keeps its contract",
    SLOW,
    () => {
      const bundle = JSON.parse(ownFixture("fhir/mcode-stu4-jenny-m.bundle.json")) as {
        entry: Array<{ resource: Record<string, unknown> }>;
      };
      fc.assert(
        fc.property(fc.jsonValue(), fc.nat(), fc.nat(), (value, i, j) => {
          holds(importFhir([{ name: "b.json", text: JSON.stringify(value) }]));
          const copy = structuredClone(bundle);
          const resource = copy.entry[i % copy.entry.length]!.resource;
          const keys = Object.keys(resource);
          resource[keys[j % keys.length]!] = value;
          holds(importFhir([{ name: "b.json", text: JSON.stringify(copy) }]));
        }),
        { numRuns: 100 },
      );
    },
  );

  it("importCsv(any table, any mapping JSON) keeps its contract", SLOW, () => {
    const mapping = { name: "m.json", text: ownFixture("csv/redcap-mapping.json") };
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 13 }), { maxLength: 10 }),
        fc.jsonValue(),
        (rows, m) => {
          const table = {
            name: "t.csv",
            text: [
              ownFixture("csv/redcap-export.csv").split("\n")[0],
              ...rows.map((r) => r.join(",")),
            ].join("\n"),
          };
          holds(importCsv(table, mapping));
          holds(importCsv(table, { name: "m.json", text: JSON.stringify(m) }));
        },
      ),
      { numRuns: 100 },
    );
  });
});

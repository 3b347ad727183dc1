import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as node from "../src/node.js";
import { cbioportalFiles } from "./fixtures.js";

describe("@oncoline/import public API", () => {
  it("exports exactly these names (update README when this changes)", () => {
    expect(Object.keys(api).sort()).toEqual([
      "CBIOPORTAL_EVENT_TYPES",
      "CSV_KINDS",
      "CsvMapping",
      "DEFAULT_LIMITS",
      "FHIR_RESOURCE_TYPES",
      "csvMappingJsonSchema",
      "formatImportIssue",
      "importCbioportal",
      "importCsv",
      "importFhir",
    ]);
  });

  it("package.json exports exactly these entries", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      exports: Record<string, unknown>;
    };
    expect(Object.keys(pkg.exports)).toEqual([
      ".",
      "./node",
      "./schema/csv-mapping.schema.json",
      "./package.json",
    ]);
  });

  it("@oncoline/import/node exports exactly readCbioportalStudy", () => {
    expect(Object.keys(node)).toEqual(["readCbioportalStudy"]);
  });

  it("runs without a DOM (this project's environment is plain Node)", () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe("undefined");
  });

  it("readCbioportalStudy(folder) reads a study folder's timeline and meta files, sorted by name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oncoline-study-"));
    for (const f of cbioportalFiles("lgg_ucsf_2014"))
      writeFileSync(join(dir, f.name.replace("lgg_ucsf_2014_", "")), f.text);
    writeFileSync(join(dir, "meta_study.txt"), "cancer_study_identifier: lgg_ucsf_2014\n");
    writeFileSync(join(dir, "data_mutations.txt"), "not a timeline\n");
    const files = await node.readCbioportalStudy(dir);
    expect(files.map((f) => f.name)).toEqual([
      "data_timeline_specimen.txt",
      "data_timeline_status.txt",
      "data_timeline_surgery.txt",
      "data_timeline_treatment.txt",
      "meta_study.txt",
    ]);
    const r = api.importCbioportal(files);
    expect(r.value.id).toBe("lgg_ucsf_2014");
    expect(r.value.patients).toHaveLength(23);
  });
});

import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCohort } from "@oncoline/core";
import { describe, expect, it } from "vitest";
import { tempDir } from "./paths.js";
import { run } from "./run.js";

/** `shared/fixtures` beside the repository (CI lays a copy there), or ONCOLINE_SHARED_FIXTURES. */
const SHARED_FIXTURES =
  process.env.ONCOLINE_SHARED_FIXTURES ??
  [
    fileURLToPath(new URL("../../../../shared/fixtures", import.meta.url)),
    "/work/shared/fixtures",
  ].find((d) => existsSync(d)) ??
  "shared/fixtures (not found beside the repository: set ONCOLINE_SHARED_FIXTURES)";
const SHARED = join(SHARED_FIXTURES, "cbioportal");

/** A study folder as cBioPortal lays it out, from the lgg_ucsf_2014 fixture files. */
function lggStudy(): string {
  const dir = tempDir();
  for (const name of readdirSync(SHARED).filter((n) => n.startsWith("lgg_ucsf_2014_")))
    copyFileSync(join(SHARED, name), join(dir, name.replace("lgg_ucsf_2014_", "")));
  writeFileSync(
    join(dir, "meta_study.txt"),
    "cancer_study_identifier: lgg_ucsf_2014\nname: Low-Grade Gliomas (UCSF, Science 2014)\n",
  );
  writeFileSync(join(dir, "data_clinical_patient.txt"), "#not a timeline\n");
  return dir;
}

const BAD = [
  "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tAGENT",
  "A\t10\t20\tTREATMENT\tTMZ",
  "A\tsoon\t\tTREATMENT\tTMZ",
].join("\n");

describe("oncoline import", () => {
  it("oncoline import cbioportal <study folder> -o out.json writes a cohort that validate accepts", async () => {
    const out = join(tempDir(), "lgg.json");
    const r = await run(["import", "cbioportal", lggStudy(), "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^${out}: wrote a cohort of 23 patient\\(s\\), \\d+ event\\(s\\) \\(cbioportal\\)\\n$`,
      ),
    );
    const cohort = JSON.parse(readFileSync(out, "utf8"));
    expect(cohort.id).toBe("lgg_ucsf_2014");
    expect(cohort.source.citation).toBe(
      "Low-Grade Gliomas (UCSF, Science 2014) (cBioPortal study lgg_ucsf_2014)",
    );
    expect(parseCohort(cohort).ok).toBe(true);
    const v = await run(["validate", out]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("valid cohort");
  });

  it("oncoline import cbioportal <file> with bad rows prints located issues, exits 1 and keeps the old output", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "data_timeline_treatment.txt"), BAD);
    const out = join(dir, "out.json");
    writeFileSync(out, "previous contents");
    const r = await run([
      "import",
      "cbioportal",
      join(dir, "data_timeline_treatment.txt"),
      "-o",
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        "data_timeline_treatment.txt:3:2 (START_DATE): START_DATE 'soon' is not a whole number of days; row left out",
        `${out}: not written (1 error(s) in the input)`,
        "",
      ].join("\n"),
    );
    expect(readFileSync(out, "utf8")).toBe("previous contents");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("oncoline import with an unknown format, no input or no -o is a usage error (exit 2)", async () => {
    for (const argv of [
      ["import", "excel", "x.xlsx", "-o", "x.json"],
      ["import", "cbioportal", "-o", "x.json"],
      ["import", "cbioportal", "x.txt"],
      ["import"],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain("Run 'oncoline import --help' for usage.");
    }
  });

  it("oncoline import of a missing file says so (exit 2) and writes nothing", async () => {
    const out = join(tempDir(), "x.json");
    const r = await run(["import", "cbioportal", "no/such/data_timeline_x.txt", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("no/such/data_timeline_x.txt: cannot read: no such file or directory\n");
    expect(existsSync(out)).toBe(false);
  });

  it("oncoline import --help lists the formats and options", async () => {
    const r = await run(["import", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: oncoline import <format> <input> -o <out.json>");
  });
});

/** A fixture of @oncoline/import, as typed from the repository root (where `run` works). */
const own = (p: string) => join("packages/import/test/fixtures", p);

describe("oncoline import fhir and csv", () => {
  it("oncoline import fhir <bundle> -o out.json writes one patient timeline and lists undated resources", async () => {
    const out = join(tempDir(), "stu1.json");
    const r = await run(["import", "fhir", own("fhir/mcode-stu1-style.bundle.json"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote a cohort of 1 patient\(s\), \d+ event\(s\) \(fhir\)/);
    expect(r.stderr).toContain(
      "mcode-stu1-style.bundle.json: MedicationStatement/stu1-dexamethasone-undated: warning: no date",
    );
    expect(parseCohort(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);
  });

  it("oncoline import fhir on a bundle without a Patient exits 1 and writes nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "b.json"), JSON.stringify({ resourceType: "Bundle", entry: [] }));
    const r = await run(["import", "fhir", join(dir, "b.json"), "-o", join(dir, "out.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("b.json: Bundle.entry: the bundle has no Patient resource");
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  it("oncoline import csv <table> --mapping <map> -o out.json writes the cohort; without --mapping it is a usage error", async () => {
    const out = join(tempDir(), "csv.json");
    const table = own("csv/redcap-export.csv");
    const r = await run([
      "import",
      "csv",
      table,
      "--mapping",
      own("csv/redcap-mapping.json"),
      "-o",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).patients).toHaveLength(2);
    const usage = await run(["import", "csv", table, "-o", out]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("csv needs --mapping <file.json>");
  });
});

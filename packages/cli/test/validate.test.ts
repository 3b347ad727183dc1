import { describe, expect, it } from "vitest";
import { loadSeeds, seedJson, seedPath } from "../../../scripts/seeds.mjs";
import { tempFile } from "./paths.js";
import { run } from "./run.js";

/** Seed 003 with the first therapy (events[6], XELOX + sintilimab) ending before it starts. */
function endBeforeStart() {
  const doc = seedJson("003");
  expect(doc.events[6]).toMatchObject({ id: "xelox-sintilimab", start: "2022-09-20" });
  doc.events[6] = { ...doc.events[6], end: "2022-01-01" };
  return tempFile("broken.json", doc);
}

describe("oncoline validate", () => {
  it.each([
    ["000", 15],
    ["001", 2],
    ["002-egfr", 25],
    ["003", 27],
    ["004", 28],
  ])("oncoline validate exits 0 on seed %s and counts its %i events", async (prefix, events) => {
    const r = await run(["validate", seedPath(prefix)]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(`${seedPath(prefix)}: valid (${events} events)`);
    expect(r.stderr).toBe("");
  });

  it("oncoline validate reads a cohort file as a cohort and counts its table", async () => {
    const r = await run(["validate", seedPath("002-table1")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${seedPath("002-table1")}: valid cohort (16 table rows × 15 columns, 0 patient timelines)\n`,
    );
  });

  it("oncoline validate seeds/*.json exits 0 on every seed and prints warnings without failing", async () => {
    const files = loadSeeds().map((s) => `seeds/${s.file}`);
    expect(files.length).toBeGreaterThanOrEqual(6);
    const r = await run(["validate", ...files]);
    expect(r.code).toBe(0);
    for (const f of files) expect(r.stdout).toContain(`${f}: valid`);
    expect(r.stdout).toContain(
      `${seedPath("001")}: events[0] (ngs-panel): warning: a molecular test with neither sampleDate nor resultDate`,
    );
  });

  it("oncoline validate exits 1 and prints the path of each issue", async () => {
    const file = endBeforeStart();
    const r = await run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${file}: events[6] (xelox-sintilimab).end: 2022-01-01 is before start 2022-09-20\n`,
    );
  });

  it("oncoline validate prints every issue of a document at once", async () => {
    const doc = seedJson("003");
    doc.events[6] = { ...doc.events[6], end: "2022-01-01" };
    doc.events[11] = { ...doc.events[11], end: "2023-01-01" };
    const file = tempFile("two.json", doc);
    const r = await run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${file}: events[6] (xelox-sintilimab).end: 2022-01-01 is before start 2022-09-20`,
    );
    expect(r.stdout).toContain(
      `${file}: events[11] (nab-paclitaxel).end: 2023-01-01 is before start 2023-01-31`,
    );
  });

  it("oncoline validate exits 2 with one line on a file that is not JSON", async () => {
    const file = tempFile("bad.json", '{\n  "schemaVersion": "1.0",\n  "events": [1, 2,]\n}\n');
    const r = await run(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${file}: not JSON: trailing comma before ']' at line 3, column 19\n`);
  });

  it("oncoline validate exits 2 on an empty file and says it is empty", async () => {
    const file = tempFile("empty.json", "\n");
    const r = await run(["validate", file]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `${file}: not JSON: the file is empty\n` });
  });

  it("oncoline validate accepts a file that starts with a byte-order mark", async () => {
    const file = tempFile("bom.json", `\uFEFF${JSON.stringify(seedJson("003"))}`);
    expect((await run(["validate", file])).stdout).toBe(`${file}: valid (27 events)\n`);
  });

  it("oncoline validate exits 2 on a missing file and names the reason", async () => {
    const r = await run(["validate", "seeds/no-such-case.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("seeds/no-such-case.json: cannot read: no such file or directory\n");
  });

  it("oncoline validate exits with the worst status over its files: 2 beats 1 beats 0", async () => {
    const broken = endBeforeStart();
    expect((await run(["validate", seedPath("003"), broken])).code).toBe(1);
    const r = await run(["validate", "missing.json", broken, seedPath("003")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${seedPath("003")}: valid (27 events)`);
  });

  it("oncoline validate without a file is a usage error (exit 2)", async () => {
    const r = await run(["validate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "oncoline validate: no file given\nRun 'oncoline validate --help' for usage.\n",
    );
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTimeline, summarizeTimeline } from "@oncoline/core";
import { describe, expect, it } from "vitest";
import { seedJson, seedPath } from "../../../scripts/seeds.mjs";
import { repoRoot, tempFile } from "./paths.js";
import { run } from "./run.js";

describe("oncoline summary", () => {
  it("oncoline summary prints the lines of therapy of seed 003 with their dates", async () => {
    const r = await run(["summary", seedPath("003")]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("gastric-dctn1-alk-alectinib — Gastric DCTN1–ALK case");
    const first = lines.find((l) => l.includes("capecitabine + oxaliplatin + sintilimab"));
    expect(first).toMatch(
      /^\s+1\s+capecitabine \+ oxaliplatin \+ sintilimab\s+2022-09-20\s+2022-12-14\s+2\.8 mo \(85 days\)\s+4\.2 mo \(129 days\)\s+PD$/,
    );
    expect(r.stdout).toMatch(/^\s+3\s+alectinib\s+2023-05-03\s/m);
    expect(r.stdout).toMatch(
      /Resistance: KRAS amplification replacing DCTN1–ALK fusion in ctDNA\s+alectinib\s+11\.0–12\.0 mo/,
    );
    expect(r.stdout).toContain("Overall survival: ≥ 18.8 mo");
    expect(r.stdout).not.toContain("numbered by Oncoline's rule"); // seed 003 numbers its lines
  });

  it("oncoline summary lists the treatment in no line and every progression, in time order (seed 003)", async () => {
    const r = await run(["summary", seedPath("003")]);
    const other = r.stdout.split("Other treatment (in no line of therapy)\n")[1]!.split("\n\n")[0]!;
    const rows = other.split("\n").slice(1);
    expect(
      rows.map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .at(-1),
      ),
    ).toEqual([
      "gastroduodenoscopy with biopsies (gastric angle, gastric fundus, lower oesophagus)",
      "bisphosphonate (agent not named)",
      "strontium-89, bone metastases",
      "RT, L2–L4 vertebral metastases",
    ]);
    const pd = r.stdout.split("Progression and relapse\n")[1]!.split("\n\n")[0]!;
    expect(pd).toMatch(/2023-01-27\s+Progression: L3 vertebra/);
    expect(pd.split("\n").length).toBe(4);
  });

  it("oncoline summary lists every adverse event with its window (seed 004), and no such section when there is none (seed 003)", async () => {
    const r = await run(["summary", seedPath("004")]);
    const ae = r.stdout.split("Adverse events\n")[1]!.split("\n\n")[0]!;
    const rows = ae.split("\n").slice(1);
    expect(
      rows.map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .at(-1),
      ),
    ).toEqual(["Exfoliative dermatitis", "Fever", "Eosinophilia"]);
    for (const row of rows) expect(row).toMatch(/^\s+2023-02-09…2024-09-25\s/);
    expect((await run(["summary", seedPath("003")])).stdout).not.toContain("Adverse events");
  });

  it("oncoline summary says 'single dose' for a line of one infusion, not 0.0 months on treatment", async () => {
    const file = tempFile("dli.json", {
      schemaVersion: "1.0",
      id: "dli",
      source: { citation: "x", kind: "synthetic" },
      patient: { label: "p" },
      events: [
        {
          kind: "therapy",
          id: "dli",
          agents: [{ name: "donor lymphocyte infusion" }],
          doses: 1,
          start: "2020-03-04",
        },
      ],
    });
    const r = await run(["summary", file]);
    expect(r.stdout).toMatch(/donor lymphocyte infusion\s+2020-03-04\s+2020-03-04\s+single dose/);
    // Three single infusions that make one line are months on treatment, not a single dose.
    const dli = (id: string, start: string) => ({
      kind: "therapy",
      id,
      agents: [{ name: "donor lymphocyte infusion" }],
      doses: 1,
      start,
    });
    const three = tempFile("dli3.json", {
      schemaVersion: "1.0",
      id: "dli3",
      source: { citation: "x", kind: "synthetic" },
      patient: { label: "p" },
      events: [dli("a", "2020-06-01"), dli("b", "2020-07-15"), dli("c", "2020-09-01")],
    });
    const r3 = await run(["summary", three]);
    expect(r3.stdout).not.toContain("single dose");
  });

  it("oncoline summary aligns its columns: each header starts where its cells start", async () => {
    const r = await run(["summary", seedPath("003")]);
    const lines = r.stdout.split("\n");
    const header = lines.find((l) => l.trim().startsWith("line "))!;
    const row = lines.find((l) => l.includes("nab-paclitaxel"))!;
    for (const [name, cell] of [
      ["regimen", "nab-paclitaxel"],
      ["from", "2023-01-31"],
      ["to", "2023-04-17"],
    ] as const)
      expect(header.indexOf(` ${name} `) + 1).toBe(row.indexOf(cell));
  });

  it("oncoline summary marks derived line numbers of seed 002: osimertinib, then osimertinib + alectinib", async () => {
    const r = await run(["summary", seedPath("002-egfr")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+1\*\s+osimertinib\s/m);
    expect(r.stdout).toMatch(/^\s+2\*\s+osimertinib \+ alectinib\s.*CR \(intracranial\)$/m);
    expect(r.stdout).toMatch(
      /Resistance: acquired EML4::ALK fusion\s+osimertinib 80 mg daily\s+12\.5–13\.5 mo/,
    );
    expect(r.stdout).toContain("* line numbered by Oncoline's rule");
  });

  it("oncoline summary prints the case: patient, diagnosis with grade and receptors, drivers, source", async () => {
    const r = await run(["summary", seedPath("009")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Patient: 78-year-old man.");
    expect(r.stdout).toContain("Gleason 4 + 5 = 9");
    const breast = await run(["summary", seedPath("005")]);
    expect(breast.stdout).toContain("Biomarkers: ER+, PR+, HER2+.");
    expect(breast.stdout).toContain("Source: Yoshikawa K et al., Cureus 2025.");
  });

  it("oncoline summary says so when a timeline has no therapy lines (seed 001)", async () => {
    const r = await run(["summary", seedPath("001")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No systemic therapy lines.");
    // And why: seed 001 reports no death, last follow-up or cut-off.
    expect(r.stdout).toContain(
      "Survival: not computable (no death, last follow-up or data cut-off is reported)",
    );
    expect(r.stderr).toContain("events[0] (ngs-panel): warning:"); // warnings go to stderr, output stays clean
  });

  it("oncoline summary --json prints the TimelineSummary of @oncoline/core", async () => {
    const r = await run(["summary", seedPath("002-egfr"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.lines[1].agents).toEqual(["osimertinib", "alectinib"]);
    expect(json.lines[0].timeToProgression).toEqual({
      minDays: 380,
      maxDays: 411,
      censored: false,
    });
    const parsed = parseTimeline(seedJson("002-egfr"));
    if (!parsed.ok) throw new Error("seed 002 is invalid");
    expect(json).toEqual(JSON.parse(JSON.stringify(summarizeTimeline(parsed.value))));
  });

  it("oncoline summary --json is deterministic and pretty-printed", async () => {
    const a = await run(["summary", "--json", seedPath("003")]);
    const b = await run(["summary", "--json", seedPath("003")]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.startsWith('{\n  "id": "gastric-dctn1-alk-alectinib",')).toBe(true);
  });

  it("oncoline summary of invalid data prints the issues and exits 1", async () => {
    const doc = JSON.parse(readFileSync(join(repoRoot(), seedPath("003")), "utf8"));
    doc.events[6].end = "2022-01-01";
    const file = tempFile("broken.json", doc);
    const r = await run(["summary", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `${file}: events[6] (xelox-sintilimab).end: 2022-01-01 is before start 2022-09-20\n`,
    );
  });

  it("oncoline summary of Table 1 prints n, ORR and the paper's median 16 months (range 6–34)", async () => {
    const r = await run(["summary", seedPath("002-table1")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("all    16  70% (7/10)  1/6/3/0      16 mo   6–34 mo  13");
  });

  it("oncoline summary --group --json gives one summary per group as JSON", async () => {
    const r = await run(["summary", seedPath("002-table1"), "--group", "sex", "--json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { groups: Array<{ group: string; n: number }> };
    expect(s.groups.map((g) => [g.group, g.n])).toEqual([
      ["F", 11],
      ["M", 5],
    ]);
  });
});

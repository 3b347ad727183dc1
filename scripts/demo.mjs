#!/usr/bin/env node
// The main job: validate every seed in seeds/ and print each patient's derived metrics.
// Exits non-zero when any seed is invalid.
import { readdirSync, readFileSync } from "node:fs";
import {
  formatIssue,
  formatSummary,
  parseCohort,
  parseTimeline,
  summarizeTimeline,
} from "@oncoline/core";

const dir = new URL("../seeds/", import.meta.url);
let failed = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const json = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
  const result = json.kind === "cohort" ? parseCohort(json) : parseTimeline(json);
  console.log(`\n■ ${file}`);
  if (!result.ok) {
    failed++;
    for (const issue of result.issues) console.log(`  ${formatIssue(issue)}`);
    continue;
  }
  for (const w of result.warnings) console.log(`  ${formatIssue(w)}`);
  if (json.kind === "cohort") {
    const { rows, columns, patients } = result.value;
    console.log(
      `  cohort: ${rows.length} table rows × ${columns.length} columns, ${patients.length} full timelines`,
    );
    continue;
  }
  console.log(formatSummary(summarizeTimeline(result.value)).replace(/^/gm, "  "));
}
console.log(
  failed
    ? `\n${failed} seed file(s) invalid`
    : "\nall seeds valid  (* = line number derived by Oncoline's rule)",
);
process.exit(failed ? 1 : 0);

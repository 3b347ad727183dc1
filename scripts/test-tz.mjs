#!/usr/bin/env node
// Runs the vitest suite once per time zone: a calendar date must never shift by a day. The first
// zone runs every project; the others run the projects that compute and print dates (core, react,
// cli) and leave out the stories, which render the same code in jsdom at many times the cost.
// Prints one closing line `tests: N passed, M failed` summed over every run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const zones = (
  process.env.ONCOLINE_TZS ?? "UTC,America/Los_Angeles,Pacific/Kiritimati,Pacific/Pago_Pago"
).split(",");
const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "oncoline-vitest-"));
let passed = 0;
let failed = 0;
let ok = true;
const DATE_PROJECTS = ["core", "react", "cli"].flatMap((p) => ["--project", p]);
for (const [i, tz] of zones.entries()) {
  const out = join(dir, `${tz.replace(/\W/g, "_")}.json`);
  console.log(`\n=== TZ=${tz} ===`);
  const r = spawnSync(
    "pnpm",
    [
      "exec",
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
      ...(i > 0 && !extra.some((a) => a.startsWith("--project")) ? DATE_PROJECTS : []),
      ...extra,
    ],
    {
      stdio: "inherit",
      env: { ...process.env, TZ: tz },
    },
  );
  try {
    const j = JSON.parse(readFileSync(out, "utf8"));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    if (j.numTotalTests === 0) ok = false;
  } catch {
    ok = false;
  }
  if (r.status !== 0) ok = false;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);

#!/usr/bin/env node
// pnpm test:browser — the real-browser suite: builds Storybook and the examples, then drives Debian's
// Chromium through Playwright (axe on every story and example page, keyboard, zoom, no-JS, strict CSP,
// XSS, visual regression). Chromium is required under CI (.ci/run installs it); on a developer machine
// without it the suite is skipped with a message. Prints `browser tests: N passed, M failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  const msg = `Chromium not found at ${chromium}: install it with \`apt-get install chromium\` (or set CHROMIUM).`;
  if (process.env.CI) {
    console.error(`test:browser: ${msg}`);
    process.exit(1);
  }
  console.log(`test:browser skipped: ${msg}`);
  process.exit(0);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run("pnpm", ["build-storybook"]);
run("pnpm", ["examples"]);
const out = join(mkdtempSync(join(tmpdir(), "oncoline-browser-")), "report.json");
const r = spawnSync(
  "pnpm",
  [
    "exec",
    "vitest",
    "run",
    "--config",
    "browser/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ],
  { stdio: "inherit" },
);
let passed = 0;
let failed = 0;
try {
  const j = JSON.parse(readFileSync(out, "utf8"));
  passed = j.numPassedTests;
  failed = j.numFailedTests;
} catch {
  failed = Math.max(failed, 1);
}
console.log(`\nbrowser tests: ${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 && passed > 0 ? 0 : 1);

#!/usr/bin/env node
// pnpm test:packages: every published package passes publint (warnings fail too) and
// @arethetypeswrong/cli with the ESM-only profile, both run from node_modules on the packed
// tarball contents. Run after `pnpm build`. Exits 1 on any problem.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const root = new URL("../", import.meta.url).pathname;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const packages = readdirSync(`${root}packages`).sort();
let failed = 0;
for (const pkg of packages) {
  const cwd = `${root}packages/${pkg}`;
  for (const [tool, args] of [
    ["publint", ["--strict"]],
    ["attw", ["--pack", ".", "--profile", "esm-only", "--exclude-entrypoints", "styles.css"]],
  ]) {
    const r = spawnSync(bin(tool), args, { cwd, encoding: "utf8" });
    const ok = r.status === 0;
    console.log(`${ok ? "✓" : "✗"} ${tool} packages/${pkg}`);
    if (!ok) {
      failed++;
      console.log(r.stdout, r.stderr);
    }
  }
}
process.exit(failed ? 1 : 0);

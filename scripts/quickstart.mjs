#!/usr/bin/env node
// First-run helper: make sure pnpm is available (through corepack), install, run the main job.
import { execSync } from "node:child_process";

const env = { ...process.env, COREPACK_INTEGRITY_KEYS: "0" };
const run = (cmd) => execSync(cmd, { stdio: "inherit", env });
const has = (cmd) => {
  try {
    execSync(cmd, { stdio: "ignore", env });
    return true;
  } catch {
    return false;
  }
};
if (!has("pnpm --version")) {
  if (!has("corepack enable pnpm") || !has("pnpm --version")) run("npm install -g pnpm@10.34.9");
}
run("pnpm install --frozen-lockfile");
run("pnpm demo");

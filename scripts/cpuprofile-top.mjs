#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`) by self time: the functions where the samples
// landed, with their share of all samples, plus garbage collection, idle and program time.
// Usage: node scripts/cpuprofile-top.mjs <file.cpuprofile> [top=25]; INCLUSIVE=1 also ranks by
// total time (the function and everything it called).
import { readFileSync } from "node:fs";

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/cpuprofile-top.mjs <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// Sample i lasted timeDeltas[i + 1] µs (the last one is unknown: count it as the mean).
const deltas = profile.timeDeltas;
const mean = deltas.reduce((s, d) => s + d, 0) / Math.max(1, deltas.length);
const self = new Map();
const inclusive = new Map();
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let total = 0;
function name(n) {
  const cf = n.callFrame;
  const where = cf.url
    ? `${cf.url.replace(/^.*\/(packages|scripts|node_modules)\//, "$1/")}:${cf.lineNumber + 1}`
    : "";
  return `${cf.functionName || "(anonymous)"} ${where}`.trim();
}
profile.samples.forEach((id, i) => {
  const us = deltas[i + 1] ?? mean;
  const key = name(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
  // Each function on the sample's stack once (recursion counts once).
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) seen.add(name(byId.get(n)));
  for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
});
const print = (title, map) => {
  console.log(title);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`,
    );
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print("by self time:", self);
if (process.env.INCLUSIVE) print("by total time (self and callees):", inclusive);

#!/usr/bin/env node
// A/B of layoutTimeline in one process: node scripts/bench-ab.mjs <other core dist> <events> [runs].
// The other build (main's `packages/core/dist`, copied where its dependencies resolve, such as
// packages/core/dist-main) and this checkout's build take turns on the same Timeline
// (scripts/synthetic-timeline.mjs, seed 42, 960 px), alternating which goes first, after two
// warm-up runs each: both see the same load, which on a shared machine matters more than the
// number of runs. Prints one JSON line: medians of wall and CPU time, the fastest wall time, and
// the branch-to-other ratios.
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { layoutTimeline } from "@oncoline/core";
import { syntheticTimeline } from "./synthetic-timeline.mjs";

const [dir, events, runsArg] = process.argv.slice(2);
const other = await import(pathToFileURL(resolve(dir, "index.js")).href);
const n = Number(events);
const runs = Number(runsArg ?? (n >= 100_000 ? 9 : 31));
const t = syntheticTimeline(n, 42);
const builds = { other: other.layoutTimeline, branch: layoutTimeline };
const times = { other: { wall: [], cpu: [] }, branch: { wall: [], cpu: [] } };
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const run = (name, record = true) => {
  const c0 = cpuMs();
  const t0 = performance.now();
  builds[name](t, { width: 960 });
  if (!record) return;
  times[name].wall.push(performance.now() - t0);
  times[name].cpu.push(cpuMs() - c0);
};
for (let i = 0; i < 2; i++) for (const name of ["other", "branch"]) run(name, false);
for (let i = 0; i < runs; i++)
  for (const name of i % 2 ? ["other", "branch"] : ["branch", "other"]) run(name);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;
const summary = ({ wall, cpu }) => ({
  wall: round(median(wall)),
  fastest: round(Math.min(...wall)),
  cpu: round(median(cpu)),
});
const [o, b] = [summary(times.other), summary(times.branch)];
const ratio = (x, y) => Math.round((x / y) * 1000) / 1000;
console.log(
  JSON.stringify({
    events: n,
    runs,
    other: o,
    branch: b,
    wallRatio: ratio(b.wall, o.wall),
    cpuRatio: ratio(b.cpu, o.cpu),
  }),
);

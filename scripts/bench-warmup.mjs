#!/usr/bin/env node
// The wall time of each of the first layouts of one synthetic patient in a fresh process, to see
// how many layouts V8 needs before the steady state `pnpm bench` reports (its warm-up count):
//   node scripts/bench-warmup.mjs [events=10000] [layouts=30] [lod]
import { performance } from "node:perf_hooks";
import { layoutTimeline, parseTimeline } from "@oncoline/core";
import { synthetic } from "./synthetic.mjs";
import { syntheticTimeline } from "./synthetic-timeline.mjs";

const n = Number(process.argv[2] ?? 10_000);
const count = Number(process.argv[3] ?? 30);
const aggregate = process.argv[4] === "lod";
const t = n <= 10_000 ? parseTimeline(synthetic(n, 42)).value : syntheticTimeline(n, 42);
const ms = [];
for (let i = 0; i < count; i++) {
  const t0 = performance.now();
  layoutTimeline(t, { width: 960, aggregate });
  ms.push(Math.round(performance.now() - t0));
}
console.log(
  `${n.toLocaleString("en-US")} events${aggregate ? ", level of detail" : ""}: ${ms.join(" ")} ms`,
);

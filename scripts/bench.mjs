#!/usr/bin/env node
// pnpm bench: Node layout (and parse) time and peak memory of synthetic patients of 1,000 to
// 1,000,000 events, each size in a process of its own (scripts/bench-layout.mjs; parsed up to
// 10,000 events, built as a Timeline directly above, where INPUT_LIMITS refuse the document);
// then one zoom step of the interactive view and layoutSwimmer on cohorts of 1,000 and 10,000
// synthetic patients of 20 events. Medians after warm-up runs (V8 compiles the layout during the
// first few), and the first layout of each process on its own; prints figures beside the load average, asserts
// nothing. BENCH_SIZES=1000,10000 picks sizes; scripts/bench-dates.mjs and bench-limits.mjs follow.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { layoutSwimmer, parseTimeline } from "@oncoline/core";
import { layoutTimeline } from "@oncoline/core";
import { synthetic } from "./synthetic.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (runs, f) => {
  f(); // warm-up
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  return median(ts);
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
console.log(`Node ${process.version}; load average (1, 5, 15 min) ${load()} on this machine`);
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);
const child = fileURLToPath(new URL("bench-layout.mjs", import.meta.url));
const ms = (x) =>
  x === undefined ? "—" : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`;
const rows = [];
const run = (args) =>
  JSON.parse(
    execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", child, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    }),
  );
for (const n of sizes) {
  const r = { ...run([String(n)]), memory: run([String(n), "memory"]) };
  rows.push(r);
  console.log(
    `${n.toLocaleString("en-US")} events: layout ${ms(r.layout.wall)} (CPU ${ms(r.layout.cpu)}; the process's first, compiling, ${ms(r.first.wall)}), peak RSS of one layout ${r.memory.peakRssMB.toFixed(0)} MB (${r.memory.rssBeforeLayoutMB.toFixed(0)} MB before it); load average ${load()}`,
  );
}
console.table(
  rows.map((r) => ({
    events: r.events,
    input: r.parse ? "parsed" : "built directly",
    "parse (CPU)": r.parse ? `${ms(r.parse.wall)} (${ms(r.parse.cpu)})` : "over INPUT_LIMITS",
    "first layout (CPU)": `${ms(r.first.wall)} (${ms(r.first.cpu)})`,
    "layout (CPU)": `${ms(r.layout.wall)} (${ms(r.layout.cpu)})`,
    "layout LOD (CPU)": `${ms(r.layoutLod.wall)} (${ms(r.layoutLod.cpu)})`,
    "renderToSVG (CPU)": r.renderToSVG
      ? `${ms(r.renderToSVG.wall)} (${ms(r.renderToSVG.cpu)})`
      : "—",
    "RSS before layout MB": r.memory.rssBeforeLayoutMB.toFixed(0),
    "peak RSS MB": r.memory.peakRssMB.toFixed(0),
    marks: r.marks,
    runs: r.runs,
  })),
);
const checked = rows.find((r) => r.builtSameAsParsed !== undefined);
if (checked)
  console.log(
    `the directly built Timeline lays out ${checked.builtSameAsParsed ? "byte-identically to" : "DIFFERENTLY from"} the parsed one at ${checked.events.toLocaleString("en-US")} events`,
  );
const at = (n) => rows.find((r) => r.events === n);
if (at(10000))
  console.log(
    `target: 10,000 events laid out in < 50 ms → ${ms(at(10000).layout.wall)} (CPU ${ms(at(10000).layout.cpu)}); the first in a process, compiling: ${ms(at(10000).first.wall)}`,
  );
if (at(100000)) {
  console.log(
    `target: 100,000 events laid out in < 500 ms → ${ms(at(100000).layout.wall)} (CPU ${ms(at(100000).layout.cpu)}); the first in a process, compiling: ${ms(at(100000).first.wall)}`,
  );
  console.log(
    `target: peak memory at 100,000 events < 400 MB → ${at(100000).memory.peakRssMB.toFixed(0)} MB`,
  );
}
if (at(10000)?.parse)
  console.log(
    `aim: parseTimeline of 10,000 events near 120 ms → ${ms(at(10000).parse.wall)} (CPU ${ms(at(10000).parse.cpu)})`,
  );
console.log(`load average (1, 5, 15 min) after the table: ${load()}`);

// One zoom step of the interactive view: a 5,000-event patient, a tenth of its span visible, LOD on.
{
  const t = parseTimeline(synthetic(5000, 7)).value;
  const full = layoutTimeline(t, { width: 960, aggregate: true });
  const [a, b] = full.axis.domain;
  const steps = Array.from({ length: 20 }, (_, i) => [
    a + ((b - a) * i) / 25,
    a + ((b - a) * i) / 25 + (b - a) / 10,
  ]);
  let k = 0;
  const zoomMs = time(20, () =>
    layoutTimeline(t, { width: 960, aggregate: true, axis: { domain: steps[k++ % steps.length] } }),
  );
  const fullMs = time(10, () => layoutTimeline(t, { width: 960, aggregate: true }));
  console.log(
    `interactive, 5,000 events: full view ${fullMs.toFixed(1)} ms, zoom/pan step at 10× ${zoomMs.toFixed(1)} ms (layout in Node; the browser adds React's render)`,
  );
}

// Swimmer: cohorts of synthetic patients with 20 events each, aligned on diagnosis and on the first
// therapy line, sorted by duration. Parsing is done once, outside the timing.
{
  const cohort = (n) =>
    Array.from({ length: n }, (_, i) => {
      const r = parseTimeline({ ...synthetic(20, 1000 + i), id: `p${i}` });
      if (!r.ok) throw new Error(`synthetic patient ${i} invalid`);
      return r.value;
    });
  const swimRows = [];
  for (const n of (process.env.BENCH_COHORTS ?? "1000,10000").split(",").map(Number)) {
    const patients = cohort(n);
    const runs = n >= 10000 ? 5 : 11;
    const layout = layoutSwimmer(patients, { width: 960 });
    swimRows.push({
      patients: n,
      events: n * 20,
      "diagnosis ms": time(runs, () => layoutSwimmer(patients, { width: 960 })).toFixed(1),
      "line 1 + group ms": time(runs, () =>
        layoutSwimmer(patients, { width: 960, align: { kind: "line", line: 1 }, group: "sex" }),
      ).toFixed(1),
      rows: layout.order.length,
    });
  }
  console.table(swimRows);
  const s = (n) => swimRows.find((r) => r.patients === n);
  if (s(1000))
    console.log(
      `target: layoutSwimmer 1,000 patients × 20 events < 50 ms → ${s(1000)["diagnosis ms"]} ms`,
    );
  if (s(10000))
    console.log(`target: layoutSwimmer 10,000 patients < 500 ms → ${s(10000)["diagnosis ms"]} ms`);
}
console.log(`load average at the end: ${load()}`);

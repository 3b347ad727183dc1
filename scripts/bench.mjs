#!/usr/bin/env node
// pnpm bench: time parseTimeline, layoutTimeline and renderToSVG on synthetic patients of 100 to
// 20,000 events, the most a document may hold (median of several runs), and show how time grows;
// then layoutSwimmer on cohorts of 1,000 and 10,000 synthetic patients of 20 events. Prints figures;
// asserts nothing. BENCH_SIZES=100 keeps the single-patient part short. scripts/bench-limits.mjs
// then measures 10 MB uploads.
import { performance } from "node:perf_hooks";
import { layoutSwimmer, parseTimeline } from "@oncoline/core";
import { layoutTimeline } from "@oncoline/core";
import { renderToSVG } from "@oncoline/react/server";
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
const sizes = (process.env.BENCH_SIZES ?? "100,1000,10000,20000").split(",").map(Number);
const rows = [];
for (const n of sizes) {
  const doc = synthetic(n, 42);
  const runs = n >= 100000 ? 3 : n >= 10000 ? 5 : 15;
  const parsed = parseTimeline(doc);
  if (!parsed.ok) throw new Error(`synthetic ${n} invalid: ${parsed.issues[0].message}`);
  const t = parsed.value;
  const heap0 = process.memoryUsage().heapUsed;
  const layout = layoutTimeline(t, { width: 960 });
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 1e6;
  rows.push({
    events: n,
    "parse ms": time(runs, () => parseTimeline(doc)).toFixed(1),
    "layout ms": time(runs, () => layoutTimeline(t, { width: 960 })).toFixed(1),
    "layout+LOD ms": time(runs, () => layoutTimeline(t, { width: 960, aggregate: true })).toFixed(
      1,
    ),
    "renderToSVG ms": time(Math.min(runs, 3), () => renderToSVG(t)).toFixed(1),
    "layout heap MB": heapMB.toFixed(1),
    marks: layout.marks.length,
  });
}
console.table(rows);
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1];
  const b = rows[i];
  const k = b.events / a.events;
  console.log(
    `${a.events} → ${b.events} events (×${k}): layout ×${(b["layout ms"] / a["layout ms"]).toFixed(1)}, renderToSVG ×${(b["renderToSVG ms"] / a["renderToSVG ms"]).toFixed(1)}`,
  );
}
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
const at = (n) => rows.find((r) => r.events === n);
if (at(10000))
  console.log(`target: 10,000 events laid out in < 50 ms → ${at(10000)["layout ms"]} ms`);
if (at(100000))
  console.log(`target: 100,000 events laid out in < 500 ms → ${at(100000)["layout ms"]} ms`);

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

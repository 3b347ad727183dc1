#!/usr/bin/env node
// One size of `pnpm bench`'s Node table, in a process of its own: node scripts/bench-layout.mjs
// <events> [memory]. Prints one JSON line. Up to 10,000 events the synthetic patient is parsed
// (and parsing is timed); above, INPUT_LIMITS refuse the document, so the same patient is built as
// a Timeline directly (scripts/synthetic-timeline.mjs). Medians of several runs, wall clock and
// CPU time (CPU time suffers less from a loaded machine). With `memory`, the process makes the
// timeline and one layout only, and reports its peak RSS: repeated runs would measure how much
// garbage V8 lets pile up between collections instead.
import { performance } from "node:perf_hooks";
import { layoutTimeline, parseTimeline } from "@oncoline/core";
import { renderToSVG } from "@oncoline/react/server";
import { synthetic } from "./synthetic.mjs";
import { syntheticTimeline } from "./synthetic-timeline.mjs";

const n = Number(process.argv[2]);
const memoryOnly = process.argv[3] === "memory";
const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : n >= 10_000 ? 7 : 15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// V8 compiles the layout's hot functions and grows its young generation while the first layouts
// run: at 10,000 events the first takes about four times as long as the steady state, which comes
// after some ten layouts (scripts/bench-warmup.mjs prints the series). Warm up that many, so the
// medians are the steady state an app that lays out again (zoom, resize) sees. The first layout in
// the process, compilation included, is reported on its own (`first`).
const warmups = n >= 1_000_000 ? 1 : n >= 100_000 ? 3 : 10;
/** Median wall and CPU milliseconds of `count` calls after the warm-up calls. */
const time = (count, f) => {
  for (let i = 0; i < warmups; i++) f();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < count; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { wall: median(wall), cpu: median(cpu) };
};
/** Wall and CPU milliseconds of one call. */
const once = (f) => {
  const c0 = cpuMs();
  const t0 = performance.now();
  f();
  return { wall: performance.now() - t0, cpu: cpuMs() - c0 };
};
const MAX_PARSED = 10_000;
const out = { events: n, runs };
let timeline;
if (memoryOnly) {
  const t = n <= MAX_PARSED ? parseTimeline(synthetic(n, 42)).value : syntheticTimeline(n, 42);
  globalThis.gc?.();
  const before = process.memoryUsage().rss / 1e6;
  const marks = layoutTimeline(t, { width: 960 }).marks.length;
  // maxRSS is in kilobytes: the most this process ever held, timeline and layout included.
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ events: n, rssBeforeLayoutMB: before, peakRssMB: peak, marks }));
  process.exit(0);
}
if (n <= MAX_PARSED) {
  const doc = synthetic(n, 42);
  const parsed = parseTimeline(doc);
  if (!parsed.ok) throw new Error(`synthetic ${n} invalid: ${parsed.issues[0].message}`);
  timeline = parsed.value;
  out.parse = time(Math.min(runs, 7), () => parseTimeline(doc));
} else timeline = syntheticTimeline(n, 42);
out.first = once(() => layoutTimeline(timeline, { width: 960 }));
out.layout = time(runs, () => layoutTimeline(timeline, { width: 960 }));
out.layoutLod = time(runs, () => layoutTimeline(timeline, { width: 960, aggregate: true }));
out.marks = layoutTimeline(timeline, { width: 960 }).marks.length;
if (n === MAX_PARSED) {
  // The directly built Timeline stands in for the parsed one above this size: check that it is
  // the same figure where both exist (after the timings, so the first layout is timed cold).
  const a = JSON.stringify(layoutTimeline(timeline, { width: 960 }));
  const b = JSON.stringify(layoutTimeline(syntheticTimeline(n, 42), { width: 960 }));
  out.builtSameAsParsed = a === b;
}
if (n <= MAX_PARSED) out.renderToSVG = time(Math.min(runs, 3), () => renderToSVG(timeline));
console.log(JSON.stringify(out));

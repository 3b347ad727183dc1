#!/usr/bin/env node
/* global document, window -- these run inside the page, through page.evaluate */
// pnpm bench:browser — bundle page.tsx, serve it on 127.0.0.1, run it in Debian's Chromium through
// Playwright (no downloaded browser), print the figures beside the machine's load average.
// Asserts nothing, and sets no time limit (a loaded machine is slow, not wrong). Peers: vis-timeline
// and Plotly (pinned dev dependencies) draw the same generated patient in the same run; Plotly
// draws the generated cohort as a swimmer plot too.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright";
import { serveDir } from "./serve.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const out = fileURLToPath(new URL("../../out/bench-browser/", import.meta.url));
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${here}page.tsx`],
  bundle: true,
  format: "esm",
  minify: process.env.BENCH_MINIFY !== "0",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  // Code the page loads lazily (the element's validator and export chunks) stays in its own
  // chunks, as on a real page; one bundle would inline it and evaluate zod twice.
  splitting: true,
  outdir: out,
  entryNames: "bench",
  chunkNames: "chunks/[name]-[hash]",
  // The profiling build keeps <Profiler> timings in production mode.
  alias: { "react-dom/client": "react-dom/profiling" },
  logLevel: "warning",
});
copyFileSync(
  fileURLToPath(import.meta.resolve("vis-timeline/styles/vis-timeline-graph2d.min.css")),
  `${out}vis.css`,
);
// Oncoline's own stylesheets, as a page using them links them (the swimmer's rows scroll by CSS).
copyFileSync(fileURLToPath(import.meta.resolve("@oncoline/react/styles.css")), `${out}react.css`);
copyFileSync(
  fileURLToPath(import.meta.resolve("@oncoline/element/styles.css")),
  `${out}element.css`,
);
writeFileSync(
  `${out}index.html`,
  `<!doctype html><html><head><meta charset="utf-8"><title>bench</title><link rel="stylesheet" href="vis.css"><link rel="stylesheet" href="react.css"><link rel="stylesheet" href="element.css"></head><body><script type="module" src="bench.js"></script></body></html>`,
);
const server = await serveDir(out);
const parts = process.env.BENCH_PARTS;
const url = `http://127.0.0.1:${server.address().port}/${parts ? `?parts=${encodeURIComponent(parts)}` : ""}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
try {
  const loadBefore = load();
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("pageerror", (e) => console.error("page error:", e.stack ?? e.message));
  page.on("crash", () => console.error("page crashed (out of memory?)"));
  page.on("console", (m) => console.error("page:", m.text()));
  await page.goto(url);
  await page.waitForFunction(() => document.title === "done", null, { timeout: 0, polling: 1000 });
  const r = await page.evaluate(() => window.__bench);
  if (r.error) throw new Error(`the bench page failed: ${r.error}`);
  const loadAfter = load();
  const f = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(
    `browser (Chromium ${browser.version()}); load average (1, 5, 15 min) ${loadBefore} before, ${loadAfter} after`,
  );
  console.log(
    "construct → drawn (call returned, style and layout done) → painted (next frame presented); medians of interleaved rounds after one warm-up round",
  );
  const table = (key, size, rows) => {
    const floor = rows[0];
    console.table(
      rows.map((x) => ({
        [key]: size,
        library: x.name,
        drawn: f(x.drawn),
        painted: f(x.painted),
        "× floor": (x.painted / floor.painted).toFixed(2),
        "DOM elements": x.nodes,
      })),
    );
  };
  for (const size of r.peers) {
    console.log(`One patient, ${size.events} events: median of ${size.rounds} rounds`);
    table("events", size.events, size.rows);
  }
  for (const size of r.swimmers) {
    console.log(
      `Cohort, ${size.patients} patients × 20 events: median of ${size.rounds} rounds${size.rounds < 5 ? " (3, not 5: each round draws about 100,000 elements twice)" : ""}`,
    );
    table("patients", size.patients, size.rows);
  }
  for (const z of r.zoom)
    console.log(
      `PatientTimeline, ${z.events} events: input frame (median) of a zoom-in ${ms(z.zoomInStepMs)}, pan ${ms(z.panStepMs)}, zoom-out ${ms(z.zoomOutStepMs)}; 95th percentile of ${z.steps} steps ${ms(z.p95StepMs)}, worst ${ms(z.worstStepMs)} (target < 16 ms at the 95th percentile); re-layout once input pauses: median ${f(z.relayoutMedianMs)}, worst ${f(z.relayoutWorstMs)} (target < 100 ms)`,
    );
  const s = r.swimmerFrames;
  if (s) {
    console.log(
      `SwimmerPlot, ${s.patients} patients mounted: scroll step (${s.scrollSteps}) median ${ms(s.scrollMedianMs)}, worst ${ms(s.scrollWorstMs)}; to the painted frame median ${ms(s.scrollPaintedMedianMs)}, worst ${ms(s.scrollPaintedWorstMs)}`,
    );
    console.log(
      `SwimmerPlot, ${s.patients} patients mounted: zoom/pan step (${s.zoomSteps}) median ${ms(s.zoomMedianMs)}, worst ${ms(s.zoomWorstMs)}; to the painted frame median ${ms(s.zoomPaintedMedianMs)}, worst ${ms(s.zoomPaintedWorstMs)} (target < 16 ms); re-layout once input pauses: median ${f(s.relayoutMedianMs)}, worst ${f(s.relayoutWorstMs)}`,
    );
  }
  writeFileSync(
    `${out}results.json`,
    `${JSON.stringify({ browser: browser.version(), loadBefore, loadAfter, ...r }, null, 2)}\n`,
  );
  console.log(`written: ${out}results.json`);
} finally {
  await browser.close();
  server.close();
}

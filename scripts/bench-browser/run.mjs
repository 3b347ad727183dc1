#!/usr/bin/env node
/* global document, window -- these run inside the page, through page.evaluate */
// pnpm bench:browser — bundle page.tsx, serve it on 127.0.0.1, run it in Debian's Chromium through
// Playwright (no downloaded browser), print the figures. Asserts nothing.
import { createServer } from "node:http";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright";

const here = fileURLToPath(new URL(".", import.meta.url));
const out = fileURLToPath(new URL("../../out/bench-browser/", import.meta.url));
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${here}page.tsx`],
  bundle: true,
  format: "esm",
  minify: true,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  outfile: `${out}bench.js`,
  // The profiling build keeps <Profiler> timings in production mode.
  alias: { "react-dom/client": "react-dom/profiling" },
  logLevel: "warning",
});
writeFileSync(
  `${out}index.html`,
  `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="bench.js"></script></body></html>`,
);
const server = createServer((req, res) => {
  const file = req.url === "/" ? "index.html" : req.url.slice(1);
  try {
    const body = readFileSync(out + file);
    res.writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : "text/html" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const url = `http://127.0.0.1:${server.address().port}/`;
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
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.title === "done", null, { timeout: 120_000 });
  const r = await page.evaluate(() => window.__bench);
  const f = (x) => x.toFixed(1);
  console.log(`browser (Chromium ${browser.version()}), ${r.events} events:`);
  console.log(
    `  first render ${f(r.firstRenderMs)} ms vs one plain SVG element per event ${f(r.plainMs)} ms → ×${f(r.ratio)} (target ≤ ×1.5)`,
  );
  console.log(
    `  input frame of a zoom-in ${f(r.zoomInStepMs)} ms, pan ${f(r.panStepMs)} ms, zoom-out ${f(r.zoomOutStepMs)} ms, worst ${f(r.worstStepMs)} ms (target < 16 ms)`,
  );
  console.log(
    `  re-layout once input pauses (${"120"} ms): median ${f(r.relayoutMedianMs)} ms, worst ${f(r.relayoutWorstMs)} ms`,
  );
  console.log(
    `  for scale: vis-timeline 3.1 s / 156 ms per zoom step; Plotly 0.6 s / 285 ms (issue figures)`,
  );
} finally {
  await browser.close();
  server.close();
}

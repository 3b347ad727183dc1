#!/usr/bin/env node
/* global document, window -- these run inside the page, through page.evaluate */
// A/B of first render in the browser: `node scripts/bench-browser/ab.mjs [main-root]` bundles
// ab-page.tsx with two builds of Oncoline, "main" from main-root (default /tmp/ab-main, holding
// core/dist, react/dist and element/dist copied from another built checkout, e.g.
// `for p in core react element; do mkdir -p /tmp/ab-main/$p && cp -r /work/main/packages/$p/dist /tmp/ab-main/$p/; done`)
// and "this" (this checkout's dists: run `pnpm build` first), runs it in Debian's Chromium and
// prints medians and their ratios to a plain-SVG floor beside the load average. AB_ROUNDS sets the
// rounds (default 11). Asserts nothing.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright";
import { serveDir } from "./serve.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = resolve(here, "../..");
const mainRoot = resolve(process.argv[2] ?? "/tmp/ab-main");
const out = `${repo}/out/bench-ab/`;
mkdirSync(out, { recursive: true });

const PKG = /^@oncoline(-main)?\/(core|react|element)(\/[\w-]+)?$/;
/** `@oncoline-main/…`, and `@oncoline/…` imported from main's dists, resolve into main's dists. */
const twoBuilds = {
  name: "two-builds",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      const fromMain = args.importer.startsWith(`${mainRoot}/`);
      const m = PKG.exec(args.path);
      if (m && (m[1] || fromMain))
        return { path: `${mainRoot}/${m[2]}/dist/${m[3] ? m[3].slice(1) : "index"}.js` };
      if (!fromMain || m) return undefined;
      // A dependency of main's dist (react, d3, zod…): the one this checkout's package resolves.
      const pkg = args.importer.slice(mainRoot.length + 1).split("/")[0];
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: `${repo}/packages/${pkg}`,
      });
      return r.errors.length ? { errors: r.errors } : { path: r.path };
    });
  },
};

await build({
  entryPoints: [`${here}ab-page.tsx`],
  bundle: true,
  format: "esm",
  minify: true,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  splitting: true,
  outdir: out,
  entryNames: "ab",
  chunkNames: "chunks/[name]-[hash]",
  plugins: [twoBuilds],
  logLevel: "warning",
});
copyFileSync(fileURLToPath(import.meta.resolve("@oncoline/react/styles.css")), `${out}react.css`);
copyFileSync(
  fileURLToPath(import.meta.resolve("@oncoline/element/styles.css")),
  `${out}element.css`,
);
// The element stylesheet's rule for its tag, for the two tags the page defines instead.
writeFileSync(
  `${out}index.html`,
  `<!doctype html><html><head><meta charset="utf-8"><title>ab</title><link rel="stylesheet" href="react.css"><link rel="stylesheet" href="element.css"><style>ab-main-timeline,ab-this-timeline{display:block;overflow-x:auto}</style></head><body><script type="module" src="ab.js"></script></body></html>`,
);
const server = await serveDir(out);
const rounds = Number(process.env.AB_ROUNDS ?? 11);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
try {
  const loadBefore = load();
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("pageerror", (e) => console.error("page error:", e.stack ?? e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/?rounds=${rounds}`);
  await page.waitForFunction(() => document.title === "done", null, { timeout: 0, polling: 500 });
  const r = await page.evaluate(() => window.__ab);
  if (r.error) throw new Error(`the A/B page failed: ${r.error}`);
  console.log(
    `A/B first render, main = ${mainRoot}, this = ${repo}; Chromium ${browser.version()}; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after`,
  );
  for (const size of r) {
    console.log(
      `One patient, ${size.events} events: construct → painted, median of ${size.rounds} rounds`,
    );
    const floor = size.rows[0].painted;
    const byName = new Map(size.rows.map((x) => [x.name, x.painted]));
    console.table(
      size.rows.map((x) => {
        const other = x.name.startsWith("this ")
          ? byName.get(x.name.replace("this", "main"))
          : null;
        return {
          figure: x.name,
          painted: `${x.painted.toFixed(1)} ms`,
          "× floor": (x.painted / floor).toFixed(2),
          "this ÷ main": other ? (x.painted / other).toFixed(3) : "",
          "DOM elements": x.nodes,
        };
      }),
    );
  }
  writeFileSync(`${out}results.json`, `${JSON.stringify({ loadBefore, results: r }, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
}

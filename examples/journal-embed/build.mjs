#!/usr/bin/env node
// Build the journal article: validate seed 003 once, server-render its PatientTimelineView into
// dist/index.html and bundle the hydrating client to dist/client.js, which carries the validated
// Timeline and no validator (no zod). Deterministic: same input, same bytes.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { formatSummary, parseTimeline, summarizeTimeline } from "@oncoline/core";
import { build } from "esbuild";
import { renderPage } from "./page.mjs";

const here = new URL(".", import.meta.url);
const dist = new URL("dist/", here);
const cache = new URL("node_modules/.cache/journal-embed/", here);
const require = createRequire(import.meta.url);
const started = performance.now();

// 0. Validate the seed here, once: figure.ts imports the result as "oncoline:validated-seed-003".
const seed = JSON.parse(
  readFileSync(new URL("../../seeds/003-gastric-dctn1-alk.json", here), "utf8"),
);
const parsed = parseTimeline(seed);
if (!parsed.ok) throw new Error("seed 003 does not validate; run `pnpm demo` to see why");
mkdirSync(cache, { recursive: true });
const timelineJson = new URL("validated-seed-003.json", cache).pathname;
writeFileSync(timelineJson, JSON.stringify(parsed.value));
/** Resolves figure.ts's import of the validated timeline to the JSON written above. */
const validatedSeed = {
  name: "validated-seed",
  setup(b) {
    b.onResolve({ filter: /^oncoline:validated-seed-003$/ }, () => ({ path: timelineJson }));
  },
};

const shared = {
  bundle: true,
  plugins: [validatedSeed],
  format: "esm",
  jsx: "automatic",
  logLevel: "warning",
  absWorkingDir: new URL(".", here).pathname,
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// 1. The server half, bundled for Node with packages left to node_modules (workspace packages
// too: esbuild would bundle them, since they resolve outside node_modules), then imported.
await build({
  ...shared,
  entryPoints: ["server.tsx"],
  platform: "node",
  packages: "external",
  external: ["@oncoline/*"],
  outfile: new URL("server.mjs", cache).pathname,
});
const server = await import(pathToFileURL(new URL("server.mjs", cache).pathname).href);

// 2. The client bundle: same figure module, validated timeline inlined as JSON, production React.
const client = await build({
  ...shared,
  entryPoints: ["client.tsx"],
  platform: "browser",
  target: "es2022",
  minify: true,
  define: { "process.env.NODE_ENV": '"production"' },
  outfile: new URL("client.js", dist).pathname,
  metafile: true,
});

// 3. Styles: the component's stylesheet as shipped, and the article's own.
copyFileSync(require.resolve("@oncoline/react/styles.css"), new URL("oncoline.css", dist));
copyFileSync(new URL("article.css", here), new URL("article.css", dist));

// 4. The page.
const doc = parsed.value.document;
writeFileSync(
  new URL("index.html", dist),
  renderPage({
    title: doc.title ?? doc.id,
    citation: doc.source.citation,
    figureRootId: server.FIGURE_ROOT_ID,
    figureHtml: server.renderFigure(),
    summary: formatSummary(summarizeTimeline(parsed.value)),
    notes: doc.notes ?? [],
  }),
);

const kB = (n) => `${(n / 1024).toFixed(0)} kB`;
const clientBytes = Object.values(client.metafile.outputs)[0]?.bytes ?? 0;
console.log(
  `journal-embed: dist/index.html, dist/client.js (${kB(clientBytes)}), dist/oncoline.css, dist/article.css in ${Math.round(performance.now() - started)} ms`,
);

#!/usr/bin/env node
// A plain HTML page with no framework: one <oncoline-timeline> per patient seed, loaded by its `src`,
// and one that carries a server-rendered figure plus its document as inline JSON (it shows without
// JavaScript, then becomes interactive); then the cohort of seed 002 as <oncoline-swimmer>, once by
// `src` (grouped by sex) and once server-rendered with inline JSON. The only scripts are the
// elements' module bundles (`@oncoline/element/define` and `@oncoline/element/swimmer`).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderSwimmerToSVG, renderToSVG } from "@oncoline/react/server";
import { build } from "esbuild";

const here = new URL(".", import.meta.url);
const dist = new URL("dist/", here);
const seeds = new URL("../../seeds/", here);
const require = createRequire(import.meta.url);
rmSync(dist, { recursive: true, force: true });
mkdirSync(new URL("seeds/", dist), { recursive: true });

await build({
  entryPoints: [
    { in: fileURLToPath(import.meta.resolve("@oncoline/element/define")), out: "element" },
    { in: fileURLToPath(import.meta.resolve("@oncoline/element/swimmer")), out: "swimmer" },
  ],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  logLevel: "warning",
  // The validator and the exports (and jsPDF, svg2pdf.js, pptxgenjs) are chunks loaded on demand.
  splitting: true,
  outdir: dist.pathname,
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
});
copyFileSync(require.resolve("@oncoline/element/styles.css"), new URL("oncoline.css", dist));
copyFileSync(new URL("page.css", here), new URL("page.css", dist));

const esc = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
const files = readdirSync(seeds)
  .filter((f) => f.endsWith(".json") && !f.includes("cohort"))
  .sort();
const sections = [];
for (const f of files) {
  copyFileSync(new URL(f, seeds), new URL(`seeds/${f}`, dist));
  const doc = JSON.parse(readFileSync(new URL(f, seeds), "utf8"));
  sections.push(
    `<section><h2>${esc(doc.title ?? doc.patient.label)}</h2>\n<oncoline-timeline src="seeds/${f}"></oncoline-timeline></section>`,
  );
}
// Progressive enhancement: the static figure (no JavaScript needed), then the live one.
const first = JSON.parse(readFileSync(new URL(files[0], seeds), "utf8"));
const staticSvg = renderToSVG(first).replace(/^<\?xml[^>]*>\n/, "");
const inline = JSON.stringify(first).replace(/</g, "\\u003c");
sections.unshift(
  `<section><h2>Server-rendered, then interactive</h2>\n<oncoline-timeline id="enhanced"><script type="application/json">${inline}</script>${staticSvg}</oncoline-timeline></section>`,
);
// The cohort: a swimmer plot by `src`, and the same cohort server-rendered, then interactive.
const cohortSeed = "002-table1-alk-resistance-cohort.json";
copyFileSync(new URL(cohortSeed, seeds), new URL(`seeds/${cohortSeed}`, dist));
const cohort = JSON.parse(readFileSync(new URL(cohortSeed, seeds), "utf8"));
const staticSwimmer = renderSwimmerToSVG(cohort).replace(/^<\?xml[^>]*>\n/, "");
const cohortInline = JSON.stringify(cohort).replace(/</g, "\\u003c");
const cohortSections = [
  `<section><h2>${esc(cohort.title)}</h2>\n<oncoline-swimmer id="cohort" src="seeds/${cohortSeed}" group="sex"></oncoline-swimmer></section>`,
  `<section><h2>The same cohort, server-rendered, then interactive</h2>\n<oncoline-swimmer id="cohort-enhanced"><script type="application/json">${cohortInline}</script>${staticSwimmer}</oncoline-swimmer></section>`,
];
writeFileSync(
  new URL("index.html", dist),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Oncoline without React: the custom element</title>
<link rel="stylesheet" href="oncoline.css">
<link rel="stylesheet" href="page.css">
<script type="module" src="element.js"></script>
<script type="module" src="swimmer.js"></script>
</head>
<body>
<main>
<h1>Patient timelines with <code>&lt;oncoline-timeline&gt;</code></h1>
${sections.join("\n")}
<h1>A cohort with <code>&lt;oncoline-swimmer&gt;</code></h1>
${cohortSections.join("\n")}
</main>
</body>
</html>
`,
);
// Downloads: one element with every format's button (the browser suite's export.test.ts). Its PDF
// embeds DejaVu Sans, the font the layout measures with, served from this page.
const exportSeed = "003-gastric-dctn1-alk.json";
const ttf = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
mkdirSync(new URL("fonts/", dist), { recursive: true });
const fonts = ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"];
for (const f of fonts) copyFileSync(join(ttf, `${f}.ttf`), new URL(`fonts/${f}.ttf`, dist));
writeFileSync(
  new URL("export.html", dist),
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Oncoline: downloads from the custom element</title>
<link rel="stylesheet" href="oncoline.css">
<link rel="stylesheet" href="page.css">
<script type="module" src="element.js"></script>
</head>
<body>
<main>
<h1>Download the figure</h1>
<oncoline-timeline id="downloads" src="seeds/${exportSeed}" theme="journal" width="900" downloads="svg png pdf pptx" pdf-fonts="${fonts.map((f) => `fonts/${f}.ttf`).join(" ")}"></oncoline-timeline>
</main>
</body>
</html>
`,
);
// The README's element snippet, as it stands, beside its document.
const snippets = new URL("../snippets/", here);
copyFileSync(new URL("element.html", snippets), new URL("snippet.html", dist));
copyFileSync(new URL("timeline.json", snippets), new URL("timeline.json", dist));
console.log(
  `element page: ${files.length + 1} timelines, 2 swimmer plots and export.html in ${dist.pathname}`,
);

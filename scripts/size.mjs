#!/usr/bin/env node
// pnpm size: what each entry costs a browser, minified (esbuild) and gzipped (level 9).
//   - "own" rows: the entry's own code with the chunks it imports; dependencies and peers external.
//   - "app" rows: a whole page bundle, every dependency included (React, react-dom, d3, zod…).
// Writes sizes.json and prints a table. `--check` (run by `pnpm test:size`, part of `pnpm test`)
// re-measures without writing and exits 1 when a row exceeds its limit.
//
// Each row has a `budget` (the target) and a `limit` (what CI enforces). For rows within budget
// the limit is the budget; for rows above it the limit is a ratchet a little above today's size,
// so the gap can only shrink. Run after `pnpm build`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { firstLoadOutputs } from "./firstLoad.mjs";

const check = process.argv.includes("--check");
const root = new URL("../", import.meta.url);
const path = (p) => new URL(p, root).pathname;
const manifest = (pkg) => JSON.parse(readFileSync(path(`packages/${pkg}/package.json`), "utf8"));
const externalOf = (pkg) =>
  [
    ...Object.keys(manifest(pkg).dependencies ?? {}),
    ...Object.keys(manifest(pkg).peerDependencies ?? {}),
  ].flatMap((d) => [d, `${d}/*`]);

const REACT = ["react", "react-dom", "react/*", "react-dom/*"];

/** A page that hydrates one validated Timeline with PatientTimelineView (no validator). */
const VIEW_APP = `
import { PatientTimelineView } from "@oncoline/react/view";
import { createRoot } from "react-dom/client";
const el = document.getElementById("figure");
createRoot(el).render(<PatientTimelineView timeline={JSON.parse(el.dataset.timeline)} />);
`;
/** The same page with PatientTimeline, which validates the document in the browser. */
const VALIDATING_APP = VIEW_APP.replace(/PatientTimelineView/g, "PatientTimeline").replace(
  '"@oncoline/react/view"',
  '"@oncoline/react"',
);

// [name, how to build it, budget in gzipped bytes or null (recorded only), ratchet limit or null]
const rows = [
  ["@oncoline/core", own("core", "index"), null],
  // The render path: what a validated figure needs from core (layout, dates, metrics, swimmer).
  // Ratchets raised once, on purpose: the layout's speed work (issue 14) added 1.5 kB of core's own
  // code for a layout about 1.6 times faster, in the change that took d3-scale out of core (12.8 kB
  // off every page that draws a figure). See the README's "Performance and size". Raised a second
  // time, from 51 and 26 kB, for the lighter drafts (built only when drawn), swimmerLayouter
  // (re-layout of a zoomed cohort about 3 times faster) and the vague bars' class stripes: 0.9 kB.
  // And a third time, from 53 and 27 kB, for log-scale lab tracks, supportive care left out of the
  // lines of therapy, the undated root of a frame and the shared mark builders: 1.0 kB. A fourth
  // time, from 54.5 and 28 kB, for what five unseen case reports needed: the axis with no ticks
  // past the last stated date (told-order tails), courses with no end drawn from their start,
  // finding origins, the adjuvant/consolidation/maintenance line rules, and EDTF intervals,
  // quarters, seasons and decades (201X): 1.0 kB on the render entry, 0.4 kB on one figure. A
  // fifth time, from 55.5 and 29 kB, for what five more unseen reports (lymphoma, ovarian, liver,
  // bladder, CML) needed: supportive drugs by name and locoregional routes left out of the lines,
  // imaging facts beside responses, regimen names, stages by TNM, the told order before the first
  // stated date, lab values in time order with hollow windows and drawn bounds, therapy rows in
  // the order the courses began, labels beside their marks over their own whiskers, the last
  // follow-up as a bound, clinical categories in the legend, and headings and axis titles that
  // wrap: 2.5 kB on the render entry, 2.1 kB on one figure. A sixth time, from 57.9 and 31.1 kB (to 60.5 and 33.3),
  // for what four more unseen reports (myeloma, colorectal, melanoma, breast and prostate)
  // needed: responses assessed without imaging (the `response` kind), a glyph for calls in words,
  // pale fills for windowed glyphs, IMWG/ELN codes in place of their category, events open both
  // ways placed by the told order, label windows in the axis's unit, grading scales, HER2-low and
  // translocations, lines that end with their maintenance, dose changes drawn after the adverse
  // events that caused them, peaks and nadirs in lab labels, grid lines that leave narrow lane
  // titles clear, courses with no stated end drawn past what is given inside them (concurrent
  // chemoradiation), line numbers from a list told in time order, fatal adverse events as deaths
  // and evidence checked by kind: 2.4 kB on the render entry, 1.9 kB on one figure. A seventh
  // time, from 60.5 and 33.3 kB, for what six more unseen reports (small-cell lung, pancreatic,
  // head and neck, Hodgkin, CLL, thyroid) needed: open courses drawn to the assessments that
  // evaluate them, stripes that end where a class was stopped, intervals that begin where a
  // course ends, clinical bars beside the classes with patterns of their own, frames named in
  // words, stated lengths in descriptions, recurrence and relapse, lesion notes, drivers on the
  // diagnosis, footnotes in reading order, anchors inside a relative frame: 1.2 kB on the render
  // entry, 1.0 kB on one figure (to
  // 61.7 and 34.1 kB). An eighth time, for what six more unseen reports (gastric, cholangio,
  // endometrial, mantle cell lymphoma, Ewing sarcoma, mesothelioma) needed: chemoradiation after
  // induction in one line, courses that stop fading at what is stated to follow them, hollow
  // changes with no day, adverse events drawn inside the course they changed, lines whose time to
  // progression skips the progression that began them, events named in words in descriptions,
  // headings in three lines: 1.0 kB on the render entry, 0.9 kB on one figure (to 62.7 and 35.1 kB).
  // A ninth time, from 62.7 and 35.1 kB, for two things. First, the glyphs are now core's own code
  // (a table of unit paths and three computed symbols, 0.9 kB), where d3-shape, a dependency left
  // out of this row, drew them: its one-file module kept all its curves in every page bundle, so
  // every page that draws a figure is 3.3 kB lighter (the app rows below were lowered with it).
  // Second, what six more unseen reports (oesophageal, B-cell ALL, germ cell, cervical,
  // neuroendocrine, Merkel cell) needed: bars that end at their progression or start after what is
  // stated before, colours of their own for clinical categories, a description naming the primary
  // site, procedures, radiotherapy and progressions, scores and signatures of findings, and
  // summaries that say "not stated" and "refractory", and the review's fixes: 1.2 kB on the render
  // entry, 1.0 kB on one figure (to 64.7 and 35.9 kB). A tenth time, from 64.7 and 35.9 kB, for
  // what eight more unseen reports (adrenocortical, nasopharyngeal, Ewing, neuroblastoma, mycosis
  // fungoides, ROS1 lung, Waldenström, anal) needed: dose counts, radioligand activity, Gy(RBE),
  // tracers and imaging findings in words, bars that end on the progression or toxicity that
  // stopped them, changes drawn after what they follow, line rules for dropped drugs, induction
  // courses, adjuvant courses and drugs carried into the next line, unlinked progressions counted
  // for their line, skin-directed courses, responses after chemoradiation credited to the
  // chemotherapy's line, clearer messages: 1.7 kB on the render entry, 1.6 kB on one figure (to
  // 66.3 and 37.5 kB; limits 66.5 and 37.7 kB, a little room above today's size). An eleventh
  // time, from 66.5 and 37.7 kB, for what eight more unseen reports (MDS, Wilms tumour, EGFR lung
  // cancer with transformation, cutaneous SCC, primary CNS lymphoma, APL, medulloblastoma, cancer
  // in pregnancy) needed: dates stated alike drawn alike, chains pushed late spread through the
  // room left, no made-up lengths for courses bounded only by where they lie, courses known only
  // as "before" drawn by the order, stated lengths kept to their middle, relapses after a
  // transplant counted for their line,
  // children named so from words, frames rooted at real offsets, drivers kept on the diagnosis,
  // courses for a second cancer, and paused courses drawn with a gap (the scene's clip, 0.4 kB of
  // the element's first load): 0.8 kB on the render entry, 0.5 kB on one figure (to 67.1 and
  // 38.0 kB; limits 67.4 and 38.3 kB). A twelfth time, by 0.9 kB each, with no new feature: the
  // axis's tick values (d3-array's `ticks` and d3-time's `utcTicks`, dependencies left out of these
  // two rows) are now core's own code, 0.8 kB gzipped, tested against d3 to the last bit; d3-time
  // kept every interval it has in a page bundle, so every page that draws a figure is lighter (the
  // element's first load by 1.9 kB, the app rows below by 0.8 to 1.1 kB).
  ["@oncoline/core/render", own("core", "render"), 15_000, 68_300],
  // One timeline figure's share of it, as a bundler tree-shakes it for PatientTimelineView.
  [
    "@oncoline/core/render: one figure",
    snippet(
      'export { layoutTimeline, eventRows, checkLayoutOptions, formatIssue } from "@oncoline/core/render";',
      "core",
    ),
    15_000,
    39_200,
  ],
  ["@oncoline/core/validate", own("core", "validate"), null],
  ["@oncoline/react", own("react", "index"), 25_000],
  ["@oncoline/react/view", own("react", "view"), 25_000],
  ["@oncoline/react/server", own("react", "server"), null],
  // The browser exports without the libraries they import lazily (jsPDF, svg2pdf.js, pptxgenjs).
  ["@oncoline/export/browser", own("export", "browser"), null],
  ["app: PatientTimelineView (validated Timeline)", app(VIEW_APP), null, 151_300],
  // All three raised with core's render path (above): by 2.4 and 1.7 kB, then by 2.0, 2.5 and
  // 3.9 kB (the validator's share of the last: the `response` kind's schema and messages), then
  // by 1.3, 1.1 and 1.6 kB (the validator's share of the last: frames named in words and hints for
  // misplaced fields), then by 0.8, 0.8 and 1.3 kB (the render path's eighth raise, and the
  // validator's shape hints). All three lowered (to 149.4, 80.3 and 202.8 kB) when d3-shape left
  // the page bundles (3.3 kB), net of the ninth raise of the render path and the validator's new
  // fields (finding scores, offsets on bounds, date-field hints). Raised by 1.9, 1.8 and 2.8 kB
  // with the render path's tenth raise (the validator's share: the sixth round's new fields).
  // Raised by 0.8, 0.8 and 1.3 kB with the eleventh (the validator's share: the date engine's
  // statements alike, chains spread and thresholds, which `parseTimeline` runs, and the new
  // fields: a therapy's diagnosis, an optional radiotherapy site). Lowered by 0.8, 0.8 and 0.7 kB
  // when the axis's ticks left d3-array and d3-time (the twelfth change of the render path); the
  // validating app raised by 0.5 kB after it for the date engine's share (offsets drawn at their
  // middle, chains past the last stated date, dates bounded by the report alone).
  ["app: same, without React and react-dom", app(VIEW_APP, REACT), null, 82_100],
  ["app: PatientTimeline (validates with zod)", app(VALIDATING_APP), null, 206_700],
];
// The custom element (built later in packages/element), everything included. It loads the
// validator (zod and the model's schemas) as a separate chunk, only for a document that needs
// checking: the first row is what a page showing validated Timelines downloads, the second what a
// page validating documents downloads in all. The downloads (`@oncoline/export/browser` and the
// libraries it imports) are separate chunks too, loaded when a reader asks for a file: left out of
// both rows; the third row is the export chunk with everything it loads for a PDF.
if (existsSync(path("packages/element/package.json"))) {
  const element = {
    ...app(""),
    stdin: undefined,
    entryPoints: [path("packages/element/dist/define.js")],
  };
  const swimmer = { ...element, entryPoints: [path("packages/element/dist/swimmer.js")] };
  rows.push(
    [
      "@oncoline/element/define: first load (validated Timelines)",
      { ...element, splitting: true, outdir: path("packages/element/.size") },
      // Within budget since culori's colour science became a lazy chunk (built-in themes use a
      // table made by it): loaded only for a theme with colours of its own.
      60_000,
    ],
    [
      "@oncoline/element/define: with the validator chunk (documents)",
      { ...element, external: ["@oncoline/export", "@oncoline/export/*"] },
      null,
      // Re-ratcheted from 98,000 when the element gained its download buttons and export() (+0.6 kB),
      // from 98,700 when labels learned to keep clear of lines (+1.5 kB), and for culori's
      // colour-vision checks of the class colours (+6.7 kB), and to 104,000 with core's render path
      // (log-scale lab tracks, supportive care, frame roots: +1.1 kB), and to 105,000 for the
      // told-order tails, finding origins, the line rules of unseen case reports and EDTF
      // intervals, quarters, seasons and decades (+1.1 kB), and to 108,500 for the five unseen
      // reports' needs listed at core's render row (+2.9 kB), and to 110,600 for the next four
      // (+3.8 kB: the `response` kind, its schema and the fields listed at core's render row),
      // and to 114,000 for the six after them (+1.7 kB: frames named in words by the validator,
      // hints for misplaced fields, and the render path's share), and to 115,400 for the next six
      // (+1.2 kB: the render path's share and the validator's shape hints), and lowered to 114,500
      // when d3-shape left the bundle (−3.3 kB, net of the ninth raise and the validator's new fields),
      // and raised to 117,400 with the render path's tenth raise and the sixth round's fields (+2.9 kB),
      // and to 118,700 with the eleventh and the date engine's share in the validator (+1.2 kB), and
      // lowered to 116,900 when the axis's ticks left d3-array and d3-time (−2.1 kB), and raised to
      // 117,500 with the date engine's share of the same session's fixes (+0.3 kB).
      117_500,
    ],
    // <oncoline-swimmer> is its own entry (the swimmer's layout and scene would take the timeline
    // element's first load over its budget): what a page drawing parsed cohorts downloads first,
    // and in all with the validator chunk for cohort documents.
    [
      "@oncoline/element/swimmer: first load (parsed cohorts)",
      {
        ...swimmer,
        splitting: true,
        outdir: path("packages/element/.size-swimmer"),
      },
      60_000,
    ],
    [
      "@oncoline/element/swimmer: with the validator chunk (documents)",
      // The downloads (`@oncoline/export/scene`, since the swimmer has download buttons) are left
      // out, as for the timeline element.
      { ...swimmer, external: ["@oncoline/export", "@oncoline/export/*"] },
      null,
    ],
    [
      "@oncoline/export/browser: the PDF download (jsPDF, svg2pdf.js)",
      {
        ...app(""),
        stdin: {
          contents: 'export { toPDF } from "@oncoline/export/browser";',
          resolveDir: path("packages/element/"),
          loader: "js",
        },
        // Core is already on the page; jsPDF's html2canvas, DOMPurify and canvg load only for
        // its HTML and canvas features, which the PDF does not use.
        external: ["@oncoline/core/*", "pptxgenjs", "jszip", "html2canvas", "dompurify", "canvg"],
      },
      null,
    ],
  );
}

/** An entry's own code: its dist file with chunks, dependencies and peers left out. */
function own(pkg, entry) {
  return {
    entryPoints: [path(`packages/${pkg}/dist/${entry}.js`)],
    external: externalOf(pkg),
  };
}
/** A few lines importing from built packages, dependencies of `pkg` left out. */
function snippet(contents, pkg) {
  return {
    stdin: { contents, resolveDir: root.pathname, loader: "js" },
    external: externalOf(pkg),
  };
}

/** A whole browser page bundle: production React, every dependency bundled (but `external`). */
function app(contents, external = []) {
  return {
    external,
    stdin: { contents, resolveDir: path("examples/journal-embed/"), loader: "tsx" },
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    platform: "browser",
  };
}

const out = {};
for (const [name, options, budget, ratchet = null] of rows) {
  const result = await build({
    ...options,
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    metafile: Boolean(options.splitting),
  });
  // A split build counts each chunk the page loads first, gzipped on its own as it is served.
  const files = options.splitting ? initialChunks(result) : [result.outputFiles[0].text];
  const min = files.reduce((n, f) => n + f.length, 0);
  const minGzip = files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0);
  out[name] = { min, minGzip, budget, limit: ratchet ?? budget };
}

/** A split build's first-load chunks as text. */
function initialChunks(result) {
  const byPath = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.text]));
  return firstLoadOutputs(result.metafile).map((k) => byPath.get(k));
}

const over = Object.entries(out).filter(([, v]) => v.limit !== null && v.minGzip > v.limit);
console.table(
  Object.fromEntries(
    Object.entries(out).map(([k, v]) => [
      k,
      {
        ...v,
        "within budget": v.budget === null ? "—" : v.minGzip <= v.budget,
        "within limit": v.limit === null ? "—" : v.minGzip <= v.limit,
      },
    ]),
  ),
);
if (!check) writeFileSync(path("sizes.json"), JSON.stringify(out, null, 2) + "\n");
for (const [name, v] of over)
  console.error(`size: ${name} is ${v.minGzip} B gzipped, over its limit of ${v.limit} B`);
process.exit(over.length ? 1 : 0);

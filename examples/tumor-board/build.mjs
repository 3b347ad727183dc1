#!/usr/bin/env node
// Build the tumor-board deck: every patient seed as a 1920×1080 slide, dist/<seed>.svg and
// dist/<seed>.png (resvg with the DejaVu fonts shipped through npm, so every machine renders the
// same pixels), and dist/index.html listing them. Deterministic: same seeds, same bytes.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { formatIssue, formatSummary, parseTimeline, summarizeTimeline } from "@oncoline/core";
import { renderToSVG } from "@oncoline/react/server";
import { renderIndex } from "./page.mjs";

const here = new URL(".", import.meta.url);
const seedsDir = new URL("../../seeds/", here);
const dist = new URL("dist/", here);
const require = createRequire(import.meta.url);
const ttf = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const font = {
  fontFiles: ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) =>
    join(ttf, f),
  ),
  loadSystemFonts: false,
  defaultFontFamily: "DejaVu Sans",
};
const started = performance.now();

/** Patient seeds in file order; the cohort table (`"kind": "cohort"`) is not a timeline. */
function patientSeeds() {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      name: file.replace(/\.json$/, ""),
      json: JSON.parse(readFileSync(new URL(file, seedsDir), "utf8")),
    }))
    .filter((s) => s.json.kind !== "cohort");
}

/** One slide: SVG string and PNG bytes, plus what the index shows about it. */
function renderSlide({ name, json }) {
  const parsed = parseTimeline(json);
  if (!parsed.ok)
    throw new Error(`${name} is invalid:\n${parsed.issues.map(formatIssue).join("\n")}`);
  const svg = renderToSVG(parsed.value, { theme: "slide" });
  const png = new Resvg(svg, { font, fitTo: { mode: "zoom", value: 1 } }).render().asPng();
  const doc = parsed.value.document;
  return {
    name,
    svg,
    png,
    title: doc.title ?? doc.id,
    citation: doc.source.citation,
    summary: formatSummary(summarizeTimeline(parsed.value)),
  };
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const slides = patientSeeds().map(renderSlide);
for (const s of slides) {
  writeFileSync(new URL(`${s.name}.svg`, dist), s.svg);
  writeFileSync(new URL(`${s.name}.png`, dist), s.png);
}
copyFileSync(new URL("deck.css", here), new URL("deck.css", dist));
writeFileSync(new URL("index.html", dist), renderIndex(slides));
console.log(
  `tumor-board: ${slides.length} slides → dist/<seed>.{svg,png} + dist/index.html in ${Math.round(performance.now() - started)} ms`,
);

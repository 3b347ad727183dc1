#!/usr/bin/env node
// Build the tumor-board deck: every patient seed as a 1920×1080 slide, dist/<seed>.svg and
// dist/<seed>.png (resvg with the DejaVu fonts shipped through npm, so every machine renders the
// same pixels), and dist/index.html listing them. Deterministic: same seeds, same bytes.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { svgToPng } from "@oncoline/cli";
import { formatIssue, formatSummary, parseTimeline, summarizeTimeline } from "@oncoline/core";
import { renderToSVG } from "@oncoline/react/server";
import { patientSeeds } from "../../scripts/seeds.mjs";
import { renderIndex } from "./page.mjs";

const here = new URL(".", import.meta.url);
const dist = new URL("dist/", here);
const started = performance.now();

/** One slide: SVG string and PNG bytes, plus what the index shows about it. */
async function renderSlide({ name, json }) {
  const parsed = parseTimeline(json);
  if (!parsed.ok)
    throw new Error(`${name} is invalid:\n${parsed.issues.map(formatIssue).join("\n")}`);
  const svg = renderToSVG(parsed.value, { theme: "slide" });
  const png = (await svgToPng(svg)).data;
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
// Patient seeds in file order (the cohort table is not a timeline).
const slides = await Promise.all(patientSeeds().map(renderSlide));
for (const s of slides) {
  writeFileSync(new URL(`${s.name}.svg`, dist), s.svg);
  writeFileSync(new URL(`${s.name}.png`, dist), s.png);
}
copyFileSync(new URL("deck.css", here), new URL("deck.css", dist));
writeFileSync(new URL("index.html", dist), renderIndex(slides));
console.log(
  `tumor-board: ${slides.length} slides → dist/<seed>.{svg,png} + dist/index.html in ${Math.round(performance.now() - started)} ms`,
);

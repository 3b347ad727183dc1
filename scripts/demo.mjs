#!/usr/bin/env node
// The main job: validate every seed, print each patient's derived metrics, and render every patient
// seed in every theme to out/<seed>-<theme>.svg and .png, with a gallery at out/index.html.
// Exits non-zero when any seed is invalid.
import { mkdirSync, writeFileSync } from "node:fs";
import { svgToPng } from "@oncoline/cli";
import {
  formatIssue,
  formatSummary,
  parseCohort,
  parseTimeline,
  summarizeTimeline,
} from "@oncoline/core";
import { themes } from "@oncoline/react";
import { renderToSVG } from "@oncoline/react/server";
import { escapeUTF8 as esc } from "entities";
import { loadSeeds } from "./seeds.mjs";

const outDir = new URL("../out/", import.meta.url);
mkdirSync(outDir, { recursive: true });

let failed = 0;
const gallery = [];
for (const { file, name, json } of loadSeeds()) {
  const result = json.kind === "cohort" ? parseCohort(json) : parseTimeline(json);
  console.log(`\n■ ${file}`);
  if (!result.ok) {
    failed++;
    for (const issue of result.issues) console.log(`  ${formatIssue(issue)}`);
    continue;
  }
  for (const w of result.warnings) console.log(`  ${formatIssue(w)}`);
  if (json.kind === "cohort") {
    const { rows, columns, patients } = result.value;
    console.log(
      `  cohort: ${rows.length} table rows × ${columns.length} columns, ${patients.length} full timelines`,
    );
    continue;
  }
  console.log(formatSummary(summarizeTimeline(result.value)).replace(/^/gm, "  "));
  const figures = [];
  for (const theme of Object.keys(themes)) {
    const svg = renderToSVG(result.value, { theme });
    const png = (await svgToPng(svg, { scale: theme === "slide" ? 1 : 2 })).data;
    writeFileSync(new URL(`${name}-${theme}.svg`, outDir), svg);
    writeFileSync(new URL(`${name}-${theme}.png`, outDir), png);
    figures.push(theme);
  }
  gallery.push({
    name,
    title: result.value.document.title ?? name,
    citation: result.value.document.source.citation,
    figures,
  });
  console.log(`  rendered ${figures.length} themes → out/${name}-{${figures.join(",")}}.{svg,png}`);
}
writeFileSync(
  new URL("index.html", outDir),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Oncoline gallery</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<h1>Oncoline: the reference cases</h1>
${gallery
  .map(
    (g) => `<section><h2>${esc(g.title)}</h2><p><small>${esc(g.citation)}</small></p>
${g.figures.map((t) => `<figure><a href="${g.name}-${t}.svg"><img src="${g.name}-${t}.png" alt="${esc(g.title)} (${t} theme)" width="480"></a><figcaption>${t}: <a href="${g.name}-${t}.svg">SVG</a> · <a href="${g.name}-${t}.png">PNG</a></figcaption></figure>`).join("\n")}</section>`,
  )
  .join("\n")}
</body></html>\n`,
);
console.log(
  failed
    ? `\n${failed} seed file(s) invalid`
    : `\nall seeds valid  (* = line number derived by Oncoline's rule)\ngallery: out/index.html (${gallery.length} patients × ${Object.keys(themes).length} themes, SVG and PNG)`,
);
process.exit(failed ? 1 : 0);

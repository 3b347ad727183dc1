#!/usr/bin/env node
// Render SVG files to PNG with resvg and the shipped DejaVu fonts (identical on every machine),
// through @oncoline/cli's svgToPng (build first: `pnpm look` does).
// Usage: node scripts/png.mjs <out-dir> <file.svg…>   (`pnpm look` renders every golden figure)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { svgToPng } from "@oncoline/cli";

const [outDir, ...files] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const f of files) {
  const png = await svgToPng(readFileSync(f, "utf8"), { scale: 1.5 });
  const out = join(outDir, basename(f).replace(/\.svg$/, ".png"));
  writeFileSync(out, png.data);
  console.log(out);
}

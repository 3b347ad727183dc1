#!/usr/bin/env node
// Render SVG files to PNG with resvg and the shipped DejaVu fonts (identical on every machine).
// Usage: node scripts/png.mjs <out-dir> <file.svg…>   (`pnpm look` renders every golden figure)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const fonts = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const [outDir, ...files] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const f of files) {
  const png = new Resvg(readFileSync(f, "utf8"), {
    font: {
      fontFiles: [
        join(fonts, "DejaVuSans.ttf"),
        join(fonts, "DejaVuSans-Bold.ttf"),
        join(fonts, "DejaVuSans-Oblique.ttf"),
      ],
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
    },
    fitTo: { mode: "zoom", value: 1.5 },
  })
    .render()
    .asPng();
  const out = join(outDir, basename(f).replace(/\.svg$/, ".png"));
  writeFileSync(out, png);
  console.log(out);
}

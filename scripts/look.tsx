// Dev loop: render seeds to out/look/*.svg and *.png to look at them.
// Usage: pnpm exec tsx scripts/look.tsx [seed-prefix] [theme]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { renderToSVG } from "../packages/react/src/index.js";

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const [prefix = "", themeArg] = process.argv.slice(2);
const themes = themeArg ? [themeArg] : ["screen"];
mkdirSync("out/look", { recursive: true });
for (const f of readdirSync("seeds").filter(
  (f) => f.startsWith(prefix) && f.endsWith(".json") && !f.includes("cohort"),
)) {
  for (const theme of themes) {
    const svg = renderToSVG(JSON.parse(readFileSync(join("seeds", f), "utf8")), {
      theme: theme as "screen",
    });
    const base = `out/look/${f.replace(/\.json$/, "")}-${theme}`;
    writeFileSync(`${base}.svg`, svg);
    const png = new Resvg(svg, {
      font: {
        fontFiles: [join(fontDir, "DejaVuSans.ttf"), join(fontDir, "DejaVuSans-Bold.ttf")],
        loadSystemFonts: false,
        defaultFontFamily: "DejaVu Sans",
      },
      fitTo: { mode: "zoom", value: 1.5 },
    })
      .render()
      .asPng();
    writeFileSync(`${base}.png`, png);
    console.log(base);
  }
}

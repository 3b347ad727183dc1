#!/usr/bin/env node
// pnpm size:why: where the bytes of one timeline figure's share of `@oncoline/core/render` go.
// Bundles the same exports as `pnpm size`'s "one figure" row, but from core's TypeScript sources
// (the built chunks hide module boundaries), dependencies external, minified like `pnpm size`.
// Prints each source folder's and each module's minified bytes, largest first, and the gzipped
// total. Module bytes are before gzip: gzip shrinks repetitive code more, so shares are a guide.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = new URL("../", import.meta.url).pathname;
const top = Number(process.argv[2] ?? 25);
const result = await build({
  stdin: {
    contents:
      'export { layoutTimeline, eventRows, checkLayoutOptions, formatIssue } from "./packages/core/src/render.ts";',
    resolveDir: root,
    loader: "js",
  },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "silent",
  external: ["d3-*", "culori", "culori/*", "zod", "zod/*"],
});
const [output] = Object.values(result.metafile.outputs);
const modules = Object.entries(output.inputs)
  .map(([file, v]) => ({
    file: file.replace(/^.*packages\/core\/src\//, ""),
    bytes: v.bytesInOutput,
  }))
  .filter((m) => m.bytes > 0)
  .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
const folders = new Map();
for (const m of modules) {
  const folder = m.file.includes("/") ? m.file.slice(0, m.file.lastIndexOf("/")) : ".";
  folders.set(folder, (folders.get(folder) ?? 0) + m.bytes);
}
const text = result.outputFiles[0].contents;
const kB = (n) => (n / 1000).toFixed(1).padStart(6);
console.log(
  `one figure: ${kB(text.length)} kB minified, ${kB(gzipSync(text, { level: 9 }).length)} kB gzipped`,
);
console.log("\nby folder (minified kB):");
for (const [folder, bytes] of [...folders].sort((a, b) => b[1] - a[1]))
  console.log(`${kB(bytes)}  ${folder}`);
console.log(`\nlargest ${top} modules (minified kB):`);
for (const m of modules.slice(0, top)) console.log(`${kB(m.bytes)}  ${m.file}`);

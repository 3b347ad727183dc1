#!/usr/bin/env node
// pnpm size: each package entry's own code (with the chunks it imports), minified and gzipped;
// dependencies and peers excluded (external). Writes sizes.json and prints a table.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const budgets = { core: 15_000, react: 25_000 };
const entries = [
  ["@oncoline/core", "core", "index"],
  ["@oncoline/react", "react", "index"],
  ["@oncoline/react/server", "react", "server"],
];
const out = {};
for (const [name, pkg, entry] of entries) {
  const manifest = JSON.parse(readFileSync(`packages/${pkg}/package.json`, "utf8"));
  const external = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ].flatMap((d) => [d, `${d}/*`]);
  const result = await build({
    entryPoints: [`packages/${pkg}/dist/${entry}.js`],
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external,
    logLevel: "silent",
  });
  const min = result.outputFiles[0].text;
  out[name] = {
    min: min.length,
    minGzip: gzipSync(min, { level: 9 }).length,
    budget: entry === "index" ? budgets[pkg] : null,
  };
}
console.table(
  Object.fromEntries(
    Object.entries(out).map(([k, v]) => [
      k,
      { ...v, "within budget": v.budget === null ? "—" : v.minGzip <= v.budget },
    ]),
  ),
);
writeFileSync("sizes.json", JSON.stringify(out, null, 2) + "\n");

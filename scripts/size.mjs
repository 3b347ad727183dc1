#!/usr/bin/env node
// pnpm size: each package's own code, minified and gzipped (dependencies and peers excluded:
// they are external in the build). Writes sizes.json and prints a table.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";

const budgets = { core: 15_000, react: 25_000 };
const out = {};
for (const pkg of ["core", "react"]) {
  const code = readFileSync(`packages/${pkg}/dist/index.js`, "utf8");
  const min = (await transform(code, { minify: true, format: "esm", target: "es2022" })).code;
  out[`@oncoline/${pkg}`] = {
    raw: code.length,
    min: min.length,
    minGzip: gzipSync(min, { level: 9 }).length,
    budget: budgets[pkg],
  };
}
console.table(
  Object.fromEntries(
    Object.entries(out).map(([k, v]) => [k, { ...v, "within budget": v.minGzip <= v.budget }]),
  ),
);
writeFileSync("sizes.json", JSON.stringify(out, null, 2) + "\n");

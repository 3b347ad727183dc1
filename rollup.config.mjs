// One shared rollup config for every package: ESM + bundled .d.ts, dependencies external, not minified.
// Run from a package folder: `rollup -c ../../rollup.config.mjs`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import typescript from "@rollup/plugin-typescript";
import { dts } from "rollup-plugin-dts";

const pkg = JSON.parse(readFileSync(resolve("package.json"), "utf8"));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const external = (id) =>
  id.startsWith("node:") || deps.some((d) => id === d || id.startsWith(`${d}/`));
const entries = pkg.oncolineEntries ?? { index: "src/index.ts" };

export default [
  {
    input: entries,
    external,
    output: {
      dir: "dist",
      format: "es",
      entryFileNames: "[name].js",
      chunkFileNames: "chunks/[name].js",
      // Entries import only what they use (no bare `import "dep"` lines hoisted from shared chunks).
      hoistTransitiveImports: false,
      sourcemap: false,
    },
    plugins: [
      typescript({
        tsconfig: resolve("tsconfig.json"),
        compilerOptions: { declaration: false, noEmit: false, outDir: "dist", rootDir: "src" },
        include: [resolve("src/**/*.ts"), resolve("src/**/*.tsx")],
      }),
    ],
  },
  ...Object.entries(entries).map(([name, input]) => ({
    input,
    external,
    output: { file: `dist/${name}.d.ts`, format: "es" },
    plugins: [
      dts({ tsconfig: resolve("tsconfig.json"), compilerOptions: { preserveSymlinks: false } }),
    ],
  })),
];

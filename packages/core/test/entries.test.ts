import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";
import * as render from "../src/render.js";
import * as validate from "../src/validate.js";
import * as color from "../src/color.js";

const names = (m: object) => Object.keys(m).sort();
const packageDir = (name: string) => fileURLToPath(new URL(`../../${name}/`, import.meta.url));

/** Every file esbuild bundles for an entry (its whole import graph), as paths. */
async function importGraph(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../src/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("@oncoline/core entries", () => {
  it("@oncoline/core exports exactly what @oncoline/core/render, /validate and /color export together", () => {
    expect(names(core)).toEqual(
      [...new Set([...names(render), ...names(validate), ...names(color)])].sort(),
    );
  });

  it("@oncoline/core/render loads no culori: built-in themes are checked against a table, other colours with @oncoline/core/color", async () => {
    const graph = await importGraph("render.ts");
    expect(graph.filter((f) => /node_modules\/(\.pnpm\/)?culori/.test(f))).toEqual([]);
    expect((await importGraph("color.ts")).some((f) => f.includes("culori"))).toBe(true);
  });

  it("@oncoline/core/render and /validate share only formatIssue", () => {
    expect(names(render).filter((n) => n in validate)).toEqual(["formatIssue"]);
  });

  it("@oncoline/core/render loads no zod and no model schema, so a pre-validated figure needs no validator", async () => {
    const graph = await importGraph("render.ts");
    expect(graph.some((f) => f.includes("layout/layoutTimeline.ts"))).toBe(true);
    expect(graph.filter((f) => /node_modules\/(\.pnpm\/)?zod|model\/zod\.ts/.test(f))).toEqual([]);
  });

  it("@oncoline/core/validate is where zod is", async () => {
    const graph = await importGraph("validate.ts");
    expect(graph.some((f) => f.includes("/zod/"))).toBe(true);
    expect(typeof validate.parseTimeline).toBe("function");
  });
});

describe("ESM-only packages", () => {
  const packages = ["core", "react", "import", "cli", "element", "export"];
  it.each(packages)(
    "require() of every @oncoline/%s entry throws a message that says to use import()",
    (dir) => {
      const manifest = JSON.parse(readFileSync(`${packageDir(dir)}package.json`, "utf8")) as {
        name: string;
        exports: Record<string, unknown>;
      };
      // A package resolves its own name through its "exports" (self-reference), as a user's would.
      const require = createRequire(`${packageDir(dir)}package.json`);
      const entries = Object.entries(manifest.exports).filter(
        ([, target]) => typeof target === "object",
      );
      expect(entries.length).toBeGreaterThan(0);
      for (const [subpath] of entries) {
        const specifier = `${manifest.name}${subpath.slice(1)}`;
        expect(() => require(specifier), specifier).toThrow(
          `${manifest.name} is ESM-only: use import("${manifest.name}")`,
        );
      }
    },
  );
});

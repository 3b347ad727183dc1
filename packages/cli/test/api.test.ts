import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as cli from "../src/index.js";
import { repoRoot } from "./paths.js";

describe("@oncoline/cli public API", () => {
  it("exports exactly main and svgToPng (and the Io, Png and SvgToPngOptions types)", () => {
    expect(Object.keys(cli).sort()).toEqual(["main", "svgToPng"]);
  });

  it("package.json exports exactly the entries . and ./package.json, and the oncoline bin", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot(), "packages/cli/package.json"), "utf8")) as {
      exports: Record<string, unknown>;
      bin: Record<string, string>;
    };
    expect(Object.keys(pkg.exports)).toEqual([".", "./package.json"]);
    expect(pkg.bin).toEqual({ oncoline: "./bin/oncoline.js" });
  });
});

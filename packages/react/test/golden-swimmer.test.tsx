import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { themes } from "../src/index.js";
import { renderSwimmerPages } from "../src/server.js";
import { table1Json } from "./cohorts.js";
import { repoRoot } from "./paths.js";

const dir = join(repoRoot(), "packages/react/test/golden") + "/";
const update = process.env.UPDATE_GOLDEN === "1";

/** One element per line, so a diff of a golden reads. */
export const prettySvg = (svg: string) => svg.replace(/></g, ">\n<");

/**
 * Compare with the committed golden. A missing golden is written locally but fails under CI=true;
 * a mismatch writes `<name>-changed.svg` to look at.
 */
function matchGolden(name: string, svg: string) {
  const file = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
  if (!existsSync(file) && process.env.CI === "true")
    throw new Error(`${name}.svg: no golden file (CI)`);
  if (update || !existsSync(file)) {
    writeFileSync(file, svg);
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  const golden = readFileSync(file, "utf8");
  if (golden !== svg) writeFileSync(changed, svg);
  else if (existsSync(changed)) rmSync(changed);
  expect(svg === golden, `${name}.svg differs from its golden file; see ${name}-changed.svg`).toBe(
    true,
  );
}

describe("swimmer golden figures (seed 002 Table 1 in every theme)", () => {
  for (const theme of Object.keys(themes) as Array<keyof typeof themes>) {
    it(`renderSwimmerPages(Table 1, {theme: "${theme}"}) matches its golden SVGs`, () => {
      const pages = renderSwimmerPages(table1Json(), { theme });
      pages.forEach((svg, i) =>
        matchGolden(
          `swimmer-002-table1-${theme}${pages.length > 1 ? `-p${i + 1}` : ""}`,
          prettySvg(svg),
        ),
      );
    });
  }
});

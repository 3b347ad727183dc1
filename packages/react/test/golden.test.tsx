import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { themes } from "../src/index.js";
import { renderToSVG } from "../src/server.js";
import { repoRoot } from "./paths.js";
import { patientSeeds } from "./seeds.js";

const dir = join(repoRoot(), "packages/react/test/golden") + "/";
const update = process.env.UPDATE_GOLDEN === "1";

/**
 * Compare with the committed golden file. On a mismatch, write `<name>-changed.svg` beside it to
 * look at (and render to PNG with `pnpm look`); accept with `pnpm golden` after looking.
 */
function matchGolden(name: string, svg: string) {
  const file = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
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

describe("renderToSVG golden figures (every seed in every theme)", () => {
  for (const [name, json] of patientSeeds) {
    for (const theme of Object.keys(themes) as Array<keyof typeof themes>) {
      it(`renderToSVG(${name}, {theme: "${theme}"}) matches its golden SVG in TZ=${process.env.TZ ?? "unset"}`, () => {
        matchGolden(`${name}-${theme}`, renderToSVG(json, { theme }));
      });
    }
  }
});

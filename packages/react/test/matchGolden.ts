// Golden SVG files, kept the way Observable Plot keeps its snapshots: normalized (see prettySvg),
// one element per line so a diff reads, a `-changed.svg` beside the golden on a mismatch.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { repoRoot } from "./paths.js";
import { prettySvg } from "./prettySvg.js";

/** Where the golden files live (`pnpm look` renders them to PNG). */
export const GOLDEN_DIR = join(repoRoot(), "packages/react/test/golden");

/**
 * Compare `svg` with the golden file `<name>.svg`, both in prettySvg's normal form.
 *
 * - equal: passes, and removes a `<name>-changed.svg` left by an earlier run;
 * - different: writes `<name>-changed.svg` beside the golden (git-ignored; `pnpm look` renders
 *   it) and fails with the diff;
 * - missing: fails under `CI=true`; elsewhere writes the golden (look at it before committing);
 * - `UPDATE_GOLDEN=1` (`pnpm golden`): rewrites the golden.
 */
export function matchGolden(name: string, svg: string, dir = GOLDEN_DIR): void {
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  const actual = prettySvg(svg);
  const exists = existsSync(file);
  if (process.env.UPDATE_GOLDEN === "1" || (!exists && process.env.CI !== "true")) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!exists)
    throw new Error(
      `${name}.svg: no golden file under CI=true. Run \`pnpm golden\`, look at the figure ` +
        "(`pnpm look`), and commit it.",
    );
  const expected = prettySvg(readFileSync(file, "utf8"));
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(
    actual,
    `${name}.svg differs from its golden file: see ${name}-changed.svg (\`pnpm look\` renders ` +
      "both); accept with `pnpm golden` after looking",
  ).toBe(expected);
}

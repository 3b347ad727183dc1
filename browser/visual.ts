// Visual regression for the real-browser suite: compare a PNG screenshot with a committed baseline
// (pngjs + pixelmatch), writing the baseline when it is missing or UPDATE_BASELINES=1, and the actual
// image and a diff image next to it when they differ.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pixelmatch from "pixelmatch";

/** pixelmatch's per-pixel colour distance threshold (0–1; lower is stricter). */
export const PIXEL_THRESHOLD = 0.1;
/** At most this share of a screenshot's pixels may differ from its baseline: 0.1 %. */
export const MAX_DIFF_RATIO = 0.001;

// pngjs ships no types; this is the part of its API used here.
interface Png {
  width: number;
  height: number;
  data: Buffer;
}
interface PngStatic {
  new (options: { width: number; height: number }): Png;
  sync: { read(buffer: Buffer): Png; write(png: Png): Buffer };
}
const { PNG } = createRequire(import.meta.url)("pngjs") as { PNG: PngStatic };

export type BaselineResult =
  | { status: "written"; baseline: string }
  | { status: "matched"; baseline: string; diffPixels: number; ratio: number };

/** Whether baselines are rewritten rather than compared (UPDATE_BASELINES=1). */
export const updatingBaselines = () => process.env.UPDATE_BASELINES === "1";

/** `<dir>/<name>.png`, and where a failed comparison leaves the actual image and the diff. */
export function baselinePaths(dir: string, name: string) {
  return {
    baseline: join(dir, `${name}.png`),
    actual: join(dir, `${name}-actual.png`),
    diff: join(dir, `${name}-diff.png`),
  };
}

/**
 * Compare `screenshot` (a PNG) with the baseline `<dir>/<name>.png`. Writes the baseline (and
 * passes) when it is missing or UPDATE_BASELINES=1. On a match, removes any stale `-actual`/`-diff`
 * images; on a mismatch, writes them and throws with the share of differing pixels.
 */
export function matchBaseline(screenshot: Buffer, dir: string, name: string): BaselineResult {
  const paths = baselinePaths(dir, name);
  const clearStale = () => {
    rmSync(paths.actual, { force: true });
    rmSync(paths.diff, { force: true });
  };
  // Under CI a missing baseline is a failure: a deleted baseline must not pass unnoticed.
  if (!existsSync(paths.baseline) && process.env.CI && !updatingBaselines())
    throw new Error(
      `missing baseline ${paths.baseline}: run the suite locally with UPDATE_BASELINES=1, look at it, commit it`,
    );
  if (updatingBaselines() || !existsSync(paths.baseline)) {
    mkdirSync(dirname(paths.baseline), { recursive: true });
    writeFileSync(paths.baseline, screenshot);
    clearStale();
    return { status: "written", baseline: paths.baseline };
  }
  const expected = PNG.sync.read(readFileSync(paths.baseline));
  const actual = PNG.sync.read(screenshot);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    writeFileSync(paths.actual, screenshot);
    rmSync(paths.diff, { force: true });
    throw new Error(
      `${name}: screenshot is ${actual.width}×${actual.height} px but the baseline ` +
        `${paths.baseline} is ${expected.width}×${expected.height} px (actual image: ${paths.actual}; ` +
        `rerun with UPDATE_BASELINES=1 if the change is intended)`,
    );
  }
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(expected.data, actual.data, diff.data, width, height, {
    threshold: PIXEL_THRESHOLD,
  });
  const ratio = diffPixels / (width * height);
  if (ratio > MAX_DIFF_RATIO) {
    writeFileSync(paths.actual, screenshot);
    writeFileSync(paths.diff, PNG.sync.write(diff));
    throw new Error(
      `${name}: ${diffPixels} of ${width * height} pixels differ from ${paths.baseline} ` +
        `(${(ratio * 100).toFixed(3)} % > ${(MAX_DIFF_RATIO * 100).toFixed(1)} % allowed); ` +
        `see ${paths.actual} and ${paths.diff} (rerun with UPDATE_BASELINES=1 if the change is intended)`,
    );
  }
  clearStale();
  return { status: "matched", baseline: paths.baseline, diffPixels, ratio };
}

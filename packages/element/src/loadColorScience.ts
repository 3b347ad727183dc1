import { needsColorScience, type ColorClash, type Theme } from "@oncoline/core/render";

type ColorScience = typeof import("@oncoline/core/color");
let science: ColorScience | null = null;
let unavailable = false;

/**
 * How a figure in `theme` tells lookalike class colours apart. Built-in themes use core's table
 * (undefined); a theme with colours of its own needs culori's colour science, a separate chunk
 * loaded the first time such a theme is drawn: null until `loadColorScience` has settled. Were
 * the chunk to fail to load, the table is used (colours it does not know clash only with
 * themselves). Shared by every element.
 */
export function colorClashFor(theme: Theme): ColorClash | undefined | null {
  if (unavailable || !needsColorScience(theme)) return undefined;
  return science ? science.cvdClash : null;
}

/** Load the colour science chunk once (culori: about 6.5 kB gzipped). Never rejects. */
export async function loadColorScience(): Promise<void> {
  try {
    science ??= await import("@oncoline/core/color");
  } catch {
    unavailable = true;
  }
}

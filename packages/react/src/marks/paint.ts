import type { TimelineLayout } from "@oncoline/core";
import { colorFor, patternIndex } from "../theme/colorFor.js";
import type { Theme } from "../theme/theme.js";

export const PATTERN_COUNT = 4;

/** Colours, gradients and patterns of one rendered figure; ids carry the figure's prefix. */
export interface Paint {
  theme: Theme;
  prefix: string;
  color(key: string): string;
  /** url(#…) of a fade from transparent to `color` (`in`) or from `color` to transparent (`out`). */
  fade(color: string, dir: "in" | "out"): string;
  /** url(#…) of the print pattern for a key, or null when the theme uses none. */
  pattern(key: string): string | null;
  /** Every colour used by a fade, in first-use order (for <defs>). */
  fadeColors: string[];
}

/** Build the paint for a layout: collect the colours fades will need, deterministically. */
export function makePaint(layout: TimelineLayout, theme: Theme, prefix: string): Paint {
  const color = (key: string) => colorFor(theme, key);
  const fadeColors: string[] = [];
  const need = (c: string) => {
    if (!fadeColors.includes(c)) fadeColors.push(c);
  };
  for (const m of layout.marks) {
    if (m.type === "bar" && (m.startRange || m.endRange)) need(color(m.colorKey));
    if (m.type === "point" && (m.openLeft || m.openRight)) need(color(m.colorKey));
  }
  return {
    theme,
    prefix,
    color,
    fade: (c, dir) => `url(#${prefix}-fade-${dir}-${fadeColors.indexOf(c)})`,
    pattern: (key) =>
      theme.patterns ? `url(#${prefix}-pattern-${patternIndex(key, PATTERN_COUNT)})` : null,
    fadeColors,
  };
}

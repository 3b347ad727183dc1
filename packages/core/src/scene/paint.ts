import { colorKeyId, type ColorKey } from "../layout/colorKey.js";
import type { TimelineLayout } from "../layout/types.js";
import { colorFor, patternIndex } from "../theme/colorFor.js";
import type { Theme } from "../theme/theme.js";

export const PATTERN_COUNT = 4;

/** Colours, gradients and patterns of one rendered figure; ids carry the figure's prefix. */
export interface Paint {
  theme: Theme;
  prefix: string;
  /** The colour of a key: the theme's (or a print grey), looked up by `colorKeyId`. */
  color(key: ColorKey): string;
  /** url(#…) of a fade from transparent to `color` (`in`) or from `color` to transparent (`out`). */
  fade(color: string, dir: "in" | "out"): string;
  /** url(#…) of the print pattern for a key, or null when the theme uses none. */
  pattern(key: ColorKey): string | null;
  /** Every colour used by a fade, in first-use order (for <defs>). */
  fadeColors: string[];
}

/**
 * Grey levels of a print figure's classes, each at least 15 L* from the next (#222 13, #555 36,
 * #888 57, #bbb 76), so two classes that share a pattern still differ in lightness.
 */
export const PRINT_GREYS = ["#222222", "#555555", "#888888", "#bbbbbb"] as const;

/**
 * In a patterned (print) theme, the drug classes and techniques of one figure get distinct
 * (pattern, grey) pairs in legend order: pattern i mod 4, grey ⌊i / 4⌋. Up to 16 classes never share
 * both, so grayscale print and colour-blind readers can tell every pair apart.
 */
function printClasses(layout: TimelineLayout): Map<string, { grey: string; pattern: number }> {
  const keys = layout.legend.flatMap((e) =>
    e.type === "class" && e.colorKey ? [colorKeyId(e.colorKey)] : [],
  );
  return new Map(
    keys.map((k, i) => [
      k,
      {
        grey: PRINT_GREYS[Math.floor(i / PATTERN_COUNT) % PRINT_GREYS.length]!,
        pattern: i % PATTERN_COUNT,
      },
    ]),
  );
}

/** Build the paint for a layout: collect the colours fades will need, deterministically. */
export function makePaint(layout: TimelineLayout, theme: Theme, prefix: string): Paint {
  const print = theme.patterns ? printClasses(layout) : new Map();
  const color = (key: ColorKey) => {
    const id = colorKeyId(key);
    return print.get(id)?.grey ?? colorFor(theme, id);
  };
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
    pattern: (key) => {
      if (!theme.patterns) return null;
      const id = colorKeyId(key);
      const p = print.get(id);
      // Dark greys carry a light pattern, light greys a dark one, so the pattern always shows.
      const light = p && PRINT_GREYS.indexOf(p.grey as (typeof PRINT_GREYS)[number]) < 2;
      return `url(#${prefix}-pattern-${p?.pattern ?? patternIndex(id, PATTERN_COUNT)}${light ? "-light" : ""})`;
    },
    fadeColors,
  };
}

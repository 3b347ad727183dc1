import { colorKeyId, type ColorKey } from "../layout/colorKey.js";
import type { TimelineLayout } from "../layout/types.js";
import {
  CLASS_PATTERN_COUNT,
  classFills,
  lightness,
  type ClassFill,
  type ColorClash,
} from "../theme/classPaint.js";
import { colorFor, patternIndex } from "../theme/colorFor.js";
import type { Theme } from "../theme/theme.js";

export const PATTERN_COUNT = CLASS_PATTERN_COUNT;

/** Colours, gradients and patterns of one rendered figure; ids carry the figure's prefix. */
export interface Paint {
  theme: Theme;
  prefix: string;
  /** The colour of a key: the theme's (or a print grey), looked up by `colorKeyId`. */
  color(key: ColorKey): string;
  /** url(#…) of a fade from transparent to `color` (`in`) or from `color` to transparent (`out`). */
  fade(color: string, dir: "in" | "out"): string;
  /**
   * url(#…) of the pattern drawn over a key's colour: every class in print; on screen only a class
   * that no colour could separate from another of the figure (`classFills`). Else null.
   */
  pattern(key: ColorKey): string | null;
  /** Whether any pattern is drawn, so the figure's <defs> must hold the pattern tiles. */
  usesPatterns: boolean;
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
  return new Map(
    [...legendClassKeys(layout, false), ...legendClassKeys(layout, true)].map((k, i) => [
      k,
      {
        grey: PRINT_GREYS[Math.floor(i / PATTERN_COUNT) % PRINT_GREYS.length]!,
        pattern: i % PATTERN_COUNT,
      },
    ]),
  );
}

/**
 * The class and technique keys of a figure in legend order (`spans` false), or the clinical and
 * adverse events drawn as bars and listed beside them (`spans` true). Those come after every class:
 * in print they take the next (grey, pattern) pairs, on screen they move off a class's colour
 * rather than move a class.
 */
function legendClassKeys(layout: TimelineLayout, spans: boolean): string[] {
  return layout.legend.flatMap((e) =>
    e.type === "class" && e.colorKey && isSpan(e.colorKey) === spans
      ? [colorKeyId(e.colorKey)]
      : [],
  );
}

/** A clinical or adverse event's key (a bar listed beside the classes). */
const isSpan = (k: ColorKey) => k.kind === "clinical" || k.kind === "named";

/**
 * Build the paint for a layout: collect the colours fades will need, deterministically. `clash`
 * tells lookalike class colours apart (`classFills`): the built-in table by default; pass
 * `cvdClash` from `@oncoline/core/color` when the theme has colours of its own (`needsColorScience`).
 */
export function makePaint(
  layout: TimelineLayout,
  theme: Theme,
  prefix: string,
  clash?: ColorClash,
): Paint {
  const fills: Map<string, ClassFill> = theme.patterns
    ? new Map([...printClasses(layout)].map(([k, p]) => [k, { color: p.grey, pattern: p.pattern }]))
    : classFills(theme, legendClassKeys(layout, false), clash, legendClassKeys(layout, true));
  pointCategories(layout, theme, fills);
  return paintFrom(theme, prefix, fills, (need, color) => {
    for (const m of layout.marks) {
      if (m.type === "bar" && (m.startRange || m.endRange)) need(color(m.colorKey));
      if (m.type === "point" && (m.openLeft || m.openRight)) need(color(m.colorKey));
    }
  });
}

/**
 * Clinical categories drawn as points each take a colour of their own in drawing order: the theme's
 * when it names one, else the next palette colour no other category of the figure took. By hash
 * alone, a hospitalization and a decision could share a colour, and the legend could not tell
 * their diamonds apart.
 */
function pointCategories(
  layout: TimelineLayout,
  theme: Theme,
  fills: Map<string, ClassFill>,
): void {
  // From the marks, in drawing order, so a figure without a legend is coloured the same.
  const keys = [
    ...new Set(
      layout.marks.flatMap((m) =>
        m.type === "point" && m.colorKey.kind === "clinical" ? [colorKeyId(m.colorKey)] : [],
      ),
    ),
  ];
  if (keys.length < 2) return;
  // Off the colours the figure's classes and other categories already use, while any is left.
  const own = new Set(keys.flatMap((k) => (theme.colors[k] ? [theme.colors[k]!] : [])));
  const used = new Set([...own, ...[...fills.values()].map((f) => f.color)]);
  let next = 0;
  for (const k of keys) {
    if (theme.colors[k] || fills.has(k)) continue;
    const pick = (avoid: Set<string>) =>
      theme.palette.findIndex((c, i) => i >= next && !avoid.has(c));
    let i = pick(used);
    if (i === -1) i = pick(own);
    if (i === -1) i = next % theme.palette.length;
    const color = theme.palette[i]!;
    own.add(color);
    used.add(color);
    next = i + 1;
    fills.set(k, { color, pattern: null });
  }
}

/**
 * A paint from a figure's class fills: other keys take the theme's colour (and, in print, a
 * pattern by stable hash). `collectFades` names every colour a fade will use, in drawing order.
 */
export function paintFrom(
  theme: Theme,
  prefix: string,
  fills: ReadonlyMap<string, ClassFill>,
  collectFades: (need: (c: string) => void, color: (key: ColorKey) => string) => void,
): Paint {
  const color = (key: ColorKey) => {
    const id = colorKeyId(key);
    return fills.get(id)?.color ?? colorFor(theme, id);
  };
  const fadeColors: string[] = [];
  collectFades((c) => {
    if (!fadeColors.includes(c)) fadeColors.push(c);
  }, color);
  const pattern = (key: ColorKey) => {
    const id = colorKeyId(key);
    const fill = fills.get(id);
    const index = fill?.pattern ?? (theme.patterns ? patternIndex(id, PATTERN_COUNT) : null);
    if (index === null) return null;
    // The pattern's ink is the page's text or background colour, whichever stands out more from the fill.
    const l = lightness(fill?.color ?? colorFor(theme, id));
    const light = Math.abs(l - lightness(theme.background)) > Math.abs(l - lightness(theme.text));
    return `url(#${prefix}-pattern-${index}${light ? "-light" : ""})`;
  };
  return {
    theme,
    prefix,
    color,
    fade: (c, dir) => `url(#${prefix}-fade-${dir}-${fadeColors.indexOf(c)})`,
    pattern,
    usesPatterns: theme.patterns || [...fills.values()].some((f) => f.pattern !== null),
    fadeColors,
  };
}

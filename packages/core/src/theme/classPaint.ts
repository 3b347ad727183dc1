import { colorFor } from "./colorFor.js";
import { BUILTIN_CLASHES, BUILTIN_COLORS } from "./cvdTable.js";
import type { Theme } from "./theme.js";

/**
 * The smallest CIEDE2000 difference between two class colours of one figure, in normal vision
 * and after full deuteranopia, protanopia and tritanopia simulation (Machado et al. 2009, as
 * implemented by culori). Classes closer than this get different fill patterns instead.
 */
export const MIN_CVD_DELTA_E = 10;

/** How many fill patterns a class can carry (hatch, dots, cross-hatch, lines). */
export const CLASS_PATTERN_COUNT = 4;

/** A drug class's or technique's fill in one figure: a colour and, when colour cannot separate it, a pattern. */
export interface ClassFill {
  color: string;
  /** Index of the fill pattern drawn over the colour, or null for a plain fill. */
  pattern: number | null;
}

/**
 * Whether two colours look alike to some reader: closer than `MIN_CVD_DELTA_E` in normal or
 * simulated dichromat vision. `builtinClash` knows the built-in themes' colours; `cvdClash`
 * (`@oncoline/core/color`, with culori) knows every hex colour.
 */
export type ColorClash = (a: string, b: string) => boolean;

const index = new Map(BUILTIN_COLORS.map((c, i) => [c, i]));
const clashing = new Set(BUILTIN_CLASHES.split(" "));

/** Whether `color` is one the built-in table knows (any case). */
export function isBuiltinColor(color: string): boolean {
  return index.has(color.toLowerCase());
}

/**
 * `ColorClash` for the colours of the built-in themes, from a table that `cvdClash` made (a test
 * checks every pair). A colour the table does not know clashes only with itself.
 */
export const builtinClash: ColorClash = (a, b) => {
  const i = index.get(a.toLowerCase());
  const j = index.get(b.toLowerCase());
  if (i === undefined || j === undefined) return a.toLowerCase() === b.toLowerCase();
  return i === j || clashing.has(i < j ? `${i}.${j}` : `${j}.${i}`);
};

/**
 * Whether a theme draws class colours the built-in table does not know, so that keeping them apart
 * needs `cvdClash` from `@oncoline/core/color`. False for every built-in theme and for print
 * themes (they separate classes by pattern).
 */
export function needsColorScience(theme: Theme): boolean {
  return !theme.patterns && !themeColors(theme).every(isBuiltinColor);
}

/** Every colour a theme can give a class: its named colours and its palettes. */
export function themeColors(theme: Theme): string[] {
  return [...Object.values(theme.colors), ...theme.palette, ...(theme.classPalette ?? [])];
}

/**
 * CIELAB L* (D65) of a hex colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, alpha ignored; the
 * `#` optional, as culori's `parseHex`): 0 black, 100 white; 0 for any other CSS syntax. L*
 * depends on luminance alone: sRGB decoded to linear light, weighted (IEC 61966-2-1).
 */
export function lightness(color: string): number {
  const m = /^#?([0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{4}|[0-9a-f]{3})$/i.exec(color);
  if (!m) return 0;
  const hex = m[1]!.length <= 4 ? m[1]!.replace(/./g, "$&$&") : m[1]!;
  const [r, g, b] = [0, 2, 4].map((k) => {
    const c = parseInt(hex.slice(k, k + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  // culori's sRGB to XYZ D65 row for Y, then CIELAB's f (D65 white: Y = 1).
  const y = 0.2126390058715102 * r! + 0.715168678767756 * g! + 0.0721923153607337 * b!;
  const f = y > Math.pow(6 / 29, 3) ? Math.cbrt(y) : (Math.pow(29 / 3, 3) * y + 16) / 116;
  return 116 * f - 16;
}

/**
 * Fills for the classes of one figure (legend order), on a screen theme. First every class keeps
 * its theme colour unless it clashes with a colour already kept (classes the theme names before
 * those coloured by hash, each group in legend order); then each class left over takes the first
 * `classPalette` colour that clashes with none, and when none is free, its own colour with a
 * pattern that none of the classes it resembles carries. Deterministic for one key list; a class
 * keeps its colour across figures unless the figure holds a lookalike. `clash` decides "looks
 * alike": the built-in table by default, `cvdClash` for a theme with colours of its own.
 */
export function classFills(
  theme: Theme,
  keys: readonly string[],
  clash: ColorClash = builtinClash,
  /** Keys placed after every class, so that they move rather than a class (clinical bars). */
  after: readonly string[] = [],
): Map<string, ClassFill> {
  const cache = new Map<string, boolean>();
  const alike = (a: string, b: string) => {
    const id = a < b ? `${a}|${b}` : `${b}|${a}`;
    let d = cache.get(id);
    if (d === undefined) cache.set(id, (d = clash(a, b)));
    return d;
  };
  const placed = new Map<string, ClassFill>();
  const clashes = (c: string) => [...placed.values()].filter((f) => alike(c, f.color));
  const palette = theme.classPalette ?? theme.palette;
  const own = (key: string) => colorFor(theme, key, palette);
  const left: string[] = [];
  // Classes the theme names keep their colour first; then classes coloured by hash.
  const named = keys.filter((k) => k in theme.colors);
  // Keys placed after every class (`after`) come last, so they are the ones that move.
  for (const key of [...named, ...keys.filter((k) => !(k in theme.colors)), ...after]) {
    if (clashes(own(key)).length === 0) placed.set(key, { color: own(key), pattern: null });
    else left.push(key);
  }
  for (const key of left) {
    const candidates = [own(key), ...palette.filter((c) => c !== own(key))];
    const clear = candidates.find((c) => clashes(c).length === 0);
    placed.set(
      key,
      clear !== undefined
        ? { color: clear, pattern: null }
        : patterned(candidates, clashes, placed.size),
    );
  }
  // Legend order, so the map reads like the figure.
  return new Map([...keys, ...after].map((k) => [k, placed.get(k)!]));
}

/** The first candidate colour with a pattern that no resembling class carries (else a fixed one). */
function patterned(
  candidates: readonly string[],
  clashes: (c: string) => ClassFill[],
  index: number,
): ClassFill {
  for (const color of candidates) {
    const taken = new Set(clashes(color).map((f) => f.pattern));
    for (let p = 0; p < CLASS_PATTERN_COUNT; p++) if (!taken.has(p)) return { color, pattern: p };
  }
  return { color: candidates[0]!, pattern: index % CLASS_PATTERN_COUNT };
}

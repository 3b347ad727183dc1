import {
  converter,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  modeLab65,
  parseHex,
  useMode as registerMode,
  type Color,
} from "culori/fn";
import { colorFor } from "./colorFor.js";
import type { Theme } from "./theme.js";

// culori/fn registers no colour space by itself: without Lab, converting gives undefined. (Imported
// under another name: `useMode` is no React hook, but the lint rule goes by its name.) Colours are
// parsed with `parseHex` alone: registering the RGB mode for every CSS syntax and colour name
// would add about 2 kB gzipped to every page.
registerMode(modeLab65);

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

const difference = differenceCiede2000();
const SIMULATIONS: ReadonlyArray<(c: Color) => Color> = [
  (c) => c,
  filterDeficiencyDeuter(1),
  filterDeficiencyProt(1),
  filterDeficiencyTrit(1),
];

const lab = converter("lab65");
/** A hex colour (`#rgb`, `#rrggbb`) as culori RGB; undefined for any other CSS syntax. */
const rgb = (color: string): Color | undefined => parseHex(color);

/** CIELAB L* (D65) of a hex colour: 0 black, 100 white (0 for any other CSS syntax). */
export function lightness(color: string): number {
  const c = rgb(color);
  return c ? (lab(c)?.l ?? 0) : 0;
}

/**
 * The smallest CIEDE2000 difference between two colours in normal vision and under deuteranopia,
 * protanopia and tritanopia simulation: what the least favoured reader sees. Colours are compared
 * when written as hex (`#rgb`, `#rrggbb`, as every built-in theme's are); two other strings count
 * as the same colour when equal, else as far apart.
 */
export function cvdDifference(a: string, b: string): number {
  const ca = rgb(a);
  const cb = rgb(b);
  if (!ca || !cb) return a === b ? 0 : Infinity;
  let min = Infinity;
  for (const simulate of SIMULATIONS) {
    min = Math.min(min, difference(simulate(ca), simulate(cb)));
  }
  return min;
}

/**
 * Fills for the classes of one figure (legend order), on a screen theme. First every class keeps
 * its theme colour unless that is closer than `MIN_CVD_DELTA_E` to a colour already kept (classes
 * the theme names before those coloured by hash, each group in legend order); then each
 * class left over takes the first `classPalette` colour far enough from all others, and when none is, its
 * own colour with a pattern that none of the classes it resembles carries. Deterministic for one
 * key list; a class keeps its colour across figures unless the figure holds a lookalike.
 */
export function classFills(theme: Theme, keys: readonly string[]): Map<string, ClassFill> {
  const cache = new Map<string, number>();
  const diff = (a: string, b: string) => {
    const id = a < b ? `${a}|${b}` : `${b}|${a}`;
    let d = cache.get(id);
    if (d === undefined) cache.set(id, (d = cvdDifference(a, b)));
    return d;
  };
  const placed = new Map<string, ClassFill>();
  const clashes = (c: string) =>
    [...placed.values()].filter((f) => diff(c, f.color) < MIN_CVD_DELTA_E);
  const palette = theme.classPalette ?? theme.palette;
  const own = (key: string) => colorFor(theme, key, palette);
  const left: string[] = [];
  // Classes the theme names keep their colour first; then classes coloured by hash.
  const named = keys.filter((k) => k in theme.colors);
  for (const key of [...named, ...keys.filter((k) => !(k in theme.colors))]) {
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
  return new Map(keys.map((k) => [k, placed.get(k)!]));
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

import type { Theme } from "./theme.js";

/** FNV-1a: a stable small hash so an unknown drug class gets the same colour in every figure. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The colour of a semantic key in a theme: named, or from the palette by stable hash. */
export function colorFor(theme: Theme, key: string, palette = theme.palette): string {
  return theme.colors[key] ?? palette[hash(key) % palette.length]!;
}

/** Index of a pattern for a key (journal theme): stable by hash. */
export function patternIndex(key: string, count: number): number {
  return hash(key) % count;
}

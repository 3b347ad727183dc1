import type { Draft } from "./draft.js";
import type { Mark } from "./types.js";

/**
 * The mark of a draft known to be drawn (after level of detail and the row cap), built now if it
 * was not yet: its label, whiskers, points and glyph. Built once; later calls return it.
 */
export function drawnMark(d: Draft): Mark {
  if (d.mark === null) {
    d.mark = d.build!(d);
    d.build = null;
  }
  return d.mark;
}

import { measureText, truncateText } from "./measureText.js";
import type { Label } from "./types.js";

/** Where a mark sits horizontally, and the room the plot allows. */
export interface LabelRoom {
  /** Left and right edge of the mark itself (whiskers and fades included). */
  x0: number;
  x1: number;
  /** Solid part of a bar, where a label may sit inside; null for points. */
  inside: { x0: number; x1: number } | null;
  plotX0: number;
  plotX1: number;
  fontSize: number;
}

const PAD = 4;

/** A label object; every label has the same fields in the same order (one hidden class). */
const label = (
  full: string,
  text: string,
  x: number,
  anchor: "start" | "end",
  width: number,
  inside: boolean,
  truncated: boolean,
): Label => ({ full, y: 0, truncated, text, x, anchor, width, inside });

/**
 * Place a label inside its bar when it fits, else right of the mark, else left of it; shorten it
 * with "…" only when neither side has room. `y` is filled in later, once the row is known.
 */
export function placeLabel(text: string, room: LabelRoom): Label {
  const w = measureText(text, room.fontSize);
  if (room.inside) {
    const x0 = Math.max(room.inside.x0, room.plotX0);
    const x1 = Math.min(room.inside.x1, room.plotX1);
    if (x1 - x0 - 2 * PAD >= w) return label(text, text, x0 + PAD, "start", w, true, false);
  }
  const right = room.plotX1 - (room.x1 + PAD);
  const left = room.x0 - PAD - room.plotX0;
  if (w <= right) return label(text, text, room.x1 + PAD, "start", w, false, false);
  if (w <= left) return label(text, text, room.x0 - PAD, "end", w, false, false);
  // Neither side has room: lay the label over its own mark (renderers give it a halo).
  const over = Math.max(room.x0, room.plotX0) + PAD;
  const overRoom = room.plotX1 - over;
  const best = Math.max(right, left, overRoom);
  const short = truncateText(text, best, room.fontSize);
  const sw = measureText(short, room.fontSize);
  const truncated = short !== text;
  if (best === right) return label(text, short, room.x1 + PAD, "start", sw, false, truncated);
  if (best === left) return label(text, short, room.x0 - PAD, "end", sw, false, truncated);
  return label(text, short, over, "start", sw, false, truncated);
}

/** The horizontal extent of a mark together with its label. */
export function footprintWithLabel(
  x0: number,
  x1: number,
  label: Label | null,
): { x0: number; x1: number } {
  if (!label || label.inside) return { x0, x1 };
  return label.anchor === "start"
    ? { x0, x1: Math.max(x1, label.x + label.width) }
    : { x0: Math.min(x0, label.x - label.width), x1 };
}

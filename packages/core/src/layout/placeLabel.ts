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

/**
 * Place a label inside its bar when it fits, else right of the mark, else left of it; shorten it
 * with "…" only when neither side has room. `y` is filled in later, once the row is known.
 */
export function placeLabel(text: string, room: LabelRoom): Label {
  const w = measureText(text, room.fontSize);
  const base = { full: text, y: 0, truncated: false };
  const inside = room.inside && {
    x0: Math.max(room.inside.x0, room.plotX0),
    x1: Math.min(room.inside.x1, room.plotX1),
  };
  if (inside && inside.x1 - inside.x0 - 2 * PAD >= w)
    return { ...base, text, x: inside.x0 + PAD, anchor: "start", width: w, inside: true };
  const right = room.plotX1 - (room.x1 + PAD);
  const left = room.x0 - PAD - room.plotX0;
  if (w <= right)
    return { ...base, text, x: room.x1 + PAD, anchor: "start", width: w, inside: false };
  if (w <= left) return { ...base, text, x: room.x0 - PAD, anchor: "end", width: w, inside: false };
  // Neither side has room: lay the label over its own mark (renderers give it a halo).
  const over = Math.max(room.x0, room.plotX0) + PAD;
  const overRoom = room.plotX1 - over;
  const best = Math.max(right, left, overRoom);
  const short = truncateText(text, best, room.fontSize);
  const sw = measureText(short, room.fontSize);
  const truncated = short !== text;
  if (best === right)
    return {
      ...base,
      text: short,
      x: room.x1 + PAD,
      anchor: "start",
      width: sw,
      inside: false,
      truncated,
    };
  if (best === left)
    return {
      ...base,
      text: short,
      x: room.x0 - PAD,
      anchor: "end",
      width: sw,
      inside: false,
      truncated,
    };
  return { ...base, text: short, x: over, anchor: "start", width: sw, inside: false, truncated };
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

import { measureText, truncateText } from "./measureText.js";
import type { Label } from "./types.js";

/** Where a mark sits horizontally, and the room the plot allows. */
export interface LabelRoom {
  /**
   * Left and right edge of everything the mark draws on its line: whiskers, window brackets, a
   * placement, a sample tie, fades, an arrow or "?". A label beside the mark starts past them.
   */
  x0: number;
  x1: number;
  /** Solid part of a bar, where a label may sit inside; null for points. */
  inside: { x0: number; x1: number } | null;
  /** x of lines drawn across the inside (change ticks): an inside label sits between them. */
  breaks?: readonly number[];
  /**
   * Stretches over light parts of the mark (a window's band beside its glyph) where a label may sit,
   * with its halo, when it fits neither inside nor beside; in order of preference.
   */
  over?: ReadonlyArray<{ x0: number; x1: number; end?: boolean }>;
  /**
   * Try `over` before the sides: the stretches are a whisker's dotted line from the mark, so a
   * label there stays beside its mark instead of past the whisker's far end, maybe across the plot.
   * A stretch with `end` holds a label ending at its right edge (beside a glyph to its right).
   */
  overFirst?: boolean;
  plotX0: number;
  plotX1: number;
  fontSize: number;
}

/** A label and whether it takes a line of its own above its mark. */
export interface PlacedLabel {
  label: Label;
  above: boolean;
}

const PAD = 4;

/** Below this many font sizes of room beside a mark, a label goes above it rather than shrink. */
export const MIN_BESIDE_EM = 6;

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

/** The stretches of the inside, between the lines drawn across it, widest room first. */
function insideGaps(room: LabelRoom): Array<{ x0: number; x1: number }> {
  const i = room.inside!;
  const cuts = [...(room.breaks ?? [])].filter((x) => x > i.x0 && x < i.x1).sort((a, b) => a - b);
  const edges = [i.x0, ...cuts, i.x1];
  return edges.slice(1).map((x1, k) => ({ x0: edges[k]!, x1 }));
}

/**
 * Place a label inside its bar when it fits (between any change ticks), else right of the mark,
 * else left of it, else over a light stretch of it (`over`), never across a line the mark draws;
 * shortened with "…" on the roomier side when nothing holds all of it. `y` is filled in later, once the row is known.
 */
export function placeLabel(text: string, room: LabelRoom): Label {
  const w = measureText(text, room.fontSize);
  if (room.inside)
    for (const g of insideGaps(room)) {
      const x0 = Math.max(g.x0, room.plotX0);
      const x1 = Math.min(g.x1, room.plotX1);
      if (x1 - x0 - 2 * PAD >= w) return label(text, text, x0 + PAD, "start", w, true, false);
    }
  const right = room.plotX1 - (room.x1 + PAD);
  const left = room.x0 - PAD - room.plotX0;
  const over = room.overFirst ? overLabel(text, w, room) : null;
  if (over) return over;
  if (w <= right) return label(text, text, room.x1 + PAD, "start", w, false, false);
  if (w <= left) return label(text, text, room.x0 - PAD, "end", w, false, false);
  const light = room.overFirst ? null : overLabel(text, w, room);
  if (light) return light;
  const onRight = right >= left;
  const short = truncateText(text, Math.max(0, onRight ? right : left), room.fontSize);
  const sw = measureText(short, room.fontSize);
  return onRight
    ? label(text, short, room.x1 + PAD, "start", sw, false, short !== text)
    : label(text, short, room.x0 - PAD, "end", sw, false, short !== text);
}

/** The label over the first light stretch of the mark that holds it whole, or null. */
function overLabel(text: string, w: number, room: LabelRoom): Label | null {
  for (const o of room.over ?? []) {
    const x0 = Math.max(o.x0, room.plotX0);
    const x1 = Math.min(o.x1, room.plotX1);
    if (x1 - x0 - 2 * PAD < w) continue;
    return o.end
      ? label(text, text, x1 - PAD, "end", w, false, false)
      : label(text, text, x0 + PAD, "start", w, false, false);
  }
  return null;
}

/**
 * Place a label as `placeLabel` does, but when the roomier side has less than `MIN_BESIDE_EM` font
 * sizes, on a line of its own above the mark, from the mark's start (shortened only if the plot is
 * narrower than the text). `beside` is `placeLabel(text, room)`, when the caller has it already.
 */
export function placeLabelOrAbove(
  text: string,
  room: LabelRoom,
  beside: Label = placeLabel(text, room),
): PlacedLabel {
  const right = room.plotX1 - (room.x1 + PAD);
  const left = room.x0 - PAD - room.plotX0;
  if (!beside.truncated || Math.max(right, left) >= MIN_BESIDE_EM * room.fontSize)
    return { label: beside, above: false };
  const w = measureText(text, room.fontSize);
  const start = Math.max(room.plotX0, Math.min(room.x0, room.plotX1 - w));
  const short = truncateText(text, room.plotX1 - start, room.fontSize);
  const sw = measureText(short, room.fontSize);
  return { label: label(text, short, start, "start", sw, false, short !== text), above: true };
}

/** The horizontal extent of a mark together with its label (beside it, or `above` it). */
export function footprintWithLabel(
  x0: number,
  x1: number,
  label: Label | null,
  above = false,
): { x0: number; x1: number } {
  if (!label || label.inside) return { x0, x1 };
  if (above) return { x0: Math.min(x0, label.x), x1: Math.max(x1, label.x + label.width) };
  return label.anchor === "start"
    ? { x0, x1: Math.max(x1, label.x + label.width) }
    : { x0: Math.min(x0, label.x - label.width), x1 };
}

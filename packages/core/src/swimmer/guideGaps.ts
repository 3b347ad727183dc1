import { measureText } from "../layout/measureText.js";
import type { SwimmerItem } from "./types.js";

/** A stretch of a vertical guide left undrawn, in px from `from` to `to` (`from` < `to`). */
interface GuideGap {
  from: number;
  to: number;
}

/** A text's box in px. */
export interface TextBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The boxes of the rows' messages ("interval not reported", "no anchor"): italic text drawn in the
 * plot at the layout's font size, which the zero and landmark lines must not cross.
 */
export function messageBoxes(items: readonly SwimmerItem[], fontSize: number): TextBox[] {
  const boxes: TextBox[] = [];
  for (const it of items) {
    if (it.type !== "row" || !it.message) continue;
    const { text, x, y } = it.message;
    // Italics run a little wider than the upright metrics.
    const width = measureText(text, fontSize) * 1.05;
    boxes.push({ x0: x - 3, x1: x + width + 3, y0: y - fontSize, y1: y + fontSize * 0.35 });
  }
  return boxes;
}

/** Where a vertical line at `x` from `y1` to `y2` crosses a box: the gaps, top to bottom. */
function guideGaps(x: number, y1: number, y2: number, boxes: readonly TextBox[]): GuideGap[] {
  const gaps: GuideGap[] = [];
  for (const b of boxes)
    if (x >= b.x0 && x <= b.x1 && b.y1 > y1 && b.y0 < y2)
      gaps.push({ from: Math.max(y1, b.y0), to: Math.min(y2, b.y1) });
  return gaps.sort((a, b) => a.from - b.from);
}

/**
 * The stretches of a vertical line at `x` from `y1` to `y2` that are drawn: the whole line, or the
 * pieces between the boxes it would cross.
 */
export function guidePieces(
  x: number,
  y1: number,
  y2: number,
  boxes: readonly TextBox[],
): Array<[number, number]> {
  const gaps = guideGaps(x, y1, y2, boxes);
  const pieces: Array<[number, number]> = [];
  let top = y1;
  for (const g of gaps) {
    if (g.from > top) pieces.push([top, g.from]);
    top = Math.max(top, g.to);
  }
  if (y2 > top) pieces.push([top, y2]);
  return pieces;
}

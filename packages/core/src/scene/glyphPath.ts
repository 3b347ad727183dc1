import {
  symbol,
  symbolAsterisk,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolDiamond2,
  symbolSquare,
  symbolSquare2,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolTriangle2,
  symbolWye,
  type SymbolType,
} from "d3-shape";
import type { Glyph } from "../layout/types.js";

/** Shape, whether it is filled, and a rotation, per glyph. Responses differ by shape as well as colour. */
const SHAPES: Record<Glyph, { type: SymbolType; filled: boolean; rotate?: number }> = {
  CR: { type: symbolCircle, filled: true },
  PR: { type: symbolTriangle, filled: true, rotate: 180 },
  SD: { type: symbolSquare, filled: true },
  PD: { type: symbolTriangle, filled: true },
  NE: { type: symbolTimes, filled: false },
  call: { type: symbolStar, filled: false },
  scan: { type: symbolCircle, filled: false },
  procedure: { type: symbolWye, filled: true },
  test: { type: symbolDiamond, filled: true },
  resistance: { type: symbolStar, filled: true },
  adverse: { type: symbolTriangle2, filled: false },
  clinical: { type: symbolDiamond2, filled: false },
  diagnosis: { type: symbolAsterisk, filled: false },
  death: { type: symbolCross, filled: true },
  "follow-up": { type: symbolTriangle, filled: true, rotate: 90 },
  course: { type: symbolSquare2, filled: false },
  cluster: { type: symbolCircle, filled: true },
};

const cache = new Map<string, string>();

/** SVG path data for a glyph of `size` px across, rounded to 2 decimals for byte-stable output. */
export function glyphPath(
  glyph: Glyph,
  size: number,
): { d: string; filled: boolean; rotate: number } {
  const s = SHAPES[glyph];
  const key = `${glyph}:${size}`;
  let d = cache.get(key);
  if (d === undefined) {
    // d3 sizes symbols by area; a filled circle of diameter `size` has area π(size/2)².
    d = symbol(s.type, (Math.PI * size * size) / 4).digits(2)() ?? "";
    cache.set(key, d);
  }
  return { d, filled: s.filled, rotate: s.rotate ?? 0 };
}

// The d3-shape symbol type of each glyph's shape: what scripts/gen-glyph-paths.ts draws and the
// glyph test compares against (d3-shape is a development dependency only).
import {
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

export const SYMBOL_TYPES: Record<string, SymbolType> = {
  circle: symbolCircle,
  triangle: symbolTriangle,
  triangle2: symbolTriangle2,
  square: symbolSquare,
  square2: symbolSquare2,
  times: symbolTimes,
  star: symbolStar,
  wye: symbolWye,
  diamond: symbolDiamond,
  diamond2: symbolDiamond2,
  asterisk: symbolAsterisk,
  cross: symbolCross,
};

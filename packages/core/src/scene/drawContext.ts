import type { Paint } from "./paint.js";

/** What drawing one mark needs besides the mark: colours and the layout's type size. */
export interface DrawContext {
  paint: Paint;
  /** The layout's font size (after `layoutToFit`), not the theme's. */
  fontSize: number;
}

/** Geometry of the drawing conventions, in px (shared by every mark and the legend). */
export const DRAW = {
  /** How far the ongoing arrow reaches past the bar's end, and how far it overhangs the bar. */
  arrowLength: 8,
  arrowOverhang: 2,
  /** How far a stop cap overhangs the bar, above and below. */
  stopCapOverhang: 3,
  /** Half the height of a whisker's or placement's end cap. */
  capHalf: 4,
  /** Gap between a bar's end and the "?" of an open end. */
  openEndGap: 2,
  /** A text's baseline sits this many font sizes below the line it is centred on. */
  baselineShift: 0.35,
  /** Change ticks: the diamond's half size and its distance above the bar. */
  tickHalf: 3,
  tickRise: 5,
  /** A whisker's range line above the bar. */
  tickRangeRise: 3,
  /** Window brackets: the length of a bracket's arms. */
  bracketArm: 3,
  /** Radius of a molecular test's sample-date dot and of a lab value's dot. */
  sampleDot: 2.5,
  seriesDot: 3,
} as const;

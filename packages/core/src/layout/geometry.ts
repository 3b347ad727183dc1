/**
 * Drawing constants shared by the layout (which reserves room for them) and the scene (which draws
 * them). Renderers never need them: the scene carries every resolved position.
 */

/** Room kept right of the plot (an ongoing arrow, a "?" after an open end), in px. */
export const RIGHT_MARGIN = 12;

/** The visible heading is this many times the label size, bold. */
export const HEADING_SCALE = 1.35;

/** A legend swatch is this many font sizes wide (and half as tall). */
export const SWATCH_SCALE = 1.4;

/** Lane titles in the gutter: left inset in px, first baseline and line height in font sizes. */
export const LANE_TITLE = { x: 8, firstBaseline: 1.4, lineHeight: 1.3 } as const;

/**
 * Below this width the timeline takes its narrow layout: no title column, each lane's title on its
 * own line above the lane, so the plot keeps nearly the whole width and the type keeps its size.
 */
export const NARROW_WIDTH = 480;

/** In the narrow layout: the plot's left inset in px (room for a mark's edge and a whisker cap). */
export const NARROW_INSET = 12;

/**
 * Geometry of the drawing conventions, in px (shared by every mark and the legend). The scene draws
 * with them; `labelCrossings` reads them to know which lines a mark draws.
 */
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

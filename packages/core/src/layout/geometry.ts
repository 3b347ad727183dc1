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

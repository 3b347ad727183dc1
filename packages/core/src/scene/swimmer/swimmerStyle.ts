import type { Paint } from "../paint.js";

/** What drawing a swimmer piece needs besides the layout: colours and the layout's type size. */
export interface SwimmerDrawContext {
  paint: Paint;
  /** The layout's font size. */
  fontSize: number;
}

/** Drawing conventions of the swimmer plot (stroke widths in px, dash arrays, type scales). */
export const SWIM = {
  /** Outline of a segment with no certain part, and the legend's "uncertain" swatch. */
  uncertainDash: "3 2",
  /** Landmark lines (6, 12 months…). */
  landmarkDash: "4 3",
  landmarkWidth: 1,
  /** The zero line at the anchor. */
  zeroWidth: 1,
  /** The thin follow-up line after the last bar. */
  followUpWidth: 1,
  /** The background-coloured edge between response bands. */
  bandEdgeWidth: 0.5,
  /** The whisker of an uncertain anchor date on the zero line. */
  anchorRangeWidth: 1.5,
  /** The whisker of a glyph's uncertain date. */
  glyphRangeWidth: 1.2,
  /** A glyph's halo (background-coloured edge), so glyphs on bars stay readable. */
  glyphHaloWidth: 0.8,
  /** The durable-response bracket over a bar, and its legend swatch. */
  durableWidth: 1.5,
  /** The censoring tick at a row's end and in the legend. */
  censorWidth: 2,
  /** The keyboard focus ring around a glyph: radius in glyph sizes, and stroke width. */
  focusRingScale: 0.9,
  focusRingWidth: 1.5,
  /** Landmark labels and the header over the right-hand column, in font sizes. */
  smallTextScale: 0.9,
} as const;

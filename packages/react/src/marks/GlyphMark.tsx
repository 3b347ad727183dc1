import { drawGlyph, round2, type Glyph } from "@oncoline/core/render";
import { renderNode } from "../scene/SceneNode.js";

export interface GlyphMarkProps {
  glyph: Glyph;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Drawn as an outline on the background: the date is a window, not a day. */
  hollow?: boolean;
  background?: string;
  /** Overrides of the outline (swimmer glyphs get a halo-coloured edge). */
  stroke?: string;
  strokeWidth?: number;
}

/** One glyph, filled or outlined, centred at (x, y): core's `drawGlyph`, mapped. */
export function GlyphMark(props: GlyphMarkProps) {
  const { glyph, x, y, size, color, hollow = false, background = "none" } = props;
  const extra = {
    ...(props.stroke !== undefined ? { stroke: props.stroke } : {}),
    ...(props.strokeWidth !== undefined ? { "stroke-width": props.strokeWidth } : {}),
  };
  return renderNode(drawGlyph({ glyph, x, y, size, color }, hollow, background, extra));
}

/** Round to 2 decimals: byte-stable SVG. */
export const r = round2;

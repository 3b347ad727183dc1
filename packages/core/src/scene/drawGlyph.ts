import type { Glyph } from "../layout/types.js";
import { glyphPath } from "./glyphPath.js";
import { el, r, type SvgAttrs, type SvgNode } from "./svgNode.js";

/**
 * One glyph, filled or outlined, centred at (x, y). `hollow` (a date known only as a window): an
 * outline on the background, and a filled shape (a CR's disc) keeps a pale fill, so it never
 * reads as an outline-only glyph (imaging without a response call).
 */
export function drawGlyph(
  g: { glyph: Glyph; x: number; y: number; size: number; color: string },
  hollow = false,
  background = "none",
  extra: SvgAttrs = {},
): SvgNode {
  const p = glyphPath(g.glyph, g.size);
  return el("path", {
    d: p.d,
    transform: `translate(${r(g.x)},${r(g.y)})${p.rotate ? ` rotate(${p.rotate})` : ""}`,
    fill: hollow && !p.filled ? background : p.filled ? g.color : "none",
    ...(hollow && p.filled ? { "fill-opacity": "0.3" } : {}),
    stroke: g.color,
    "stroke-width": p.filled && !hollow ? 0.5 : 1.6,
    ...extra,
  });
}

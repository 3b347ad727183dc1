import type { Glyph } from "../layout/types.js";
import { glyphPath } from "./glyphPath.js";
import { el, r, type SvgAttrs, type SvgNode } from "./svgNode.js";

/** One glyph, filled or outlined, centred at (x, y). `hollow`: an outline on the background. */
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
    fill: hollow ? background : p.filled ? g.color : "none",
    stroke: g.color,
    "stroke-width": p.filled && !hollow ? 0.5 : 1.6,
    ...extra,
  });
}

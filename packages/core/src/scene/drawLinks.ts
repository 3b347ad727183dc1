import type { Cubic, Link } from "../layout/types.js";
import type { DrawContext } from "./drawContext.js";
import { el, r, type SvgAttrs, type SvgNode } from "./svgNode.js";

/** One piece of a link's curve as path data (the layout placed it; this only writes it). */
const piece = ([a, b, c, d]: Cubic): string =>
  `M${r(a[0])},${r(a[1])}C${r(b[0])},${r(b[1])},${r(c[0])},${r(c[1])},${r(d[0])},${r(d[1])}`;

/**
 * A resistance link: dashed to the therapy it ended, solid arrow to the therapy it led to. Drawn
 * as the layout's pieces, so it stops short of every label it would run through and resumes after.
 * The arrowhead goes on the last piece alone: renderers that put a marker at the end of every
 * subpath (PowerPoint's arrow ends) would otherwise draw one per piece.
 */
export function drawLink(link: Link, { paint }: DrawContext): SvgNode {
  const stroke: SvgAttrs = {
    fill: "none",
    stroke: paint.theme.link,
    "stroke-width": "1.4",
    "stroke-dasharray": link.type === "ended" ? "4 3" : undefined,
  };
  const arrow = link.type === "led-to" ? `url(#${paint.prefix}-arrow)` : undefined;
  const cls = `oncoline-link oncoline-link-${link.type}`;
  const last = link.pieces[link.pieces.length - 1];
  if (link.pieces.length <= 1)
    return el(
      "path",
      { class: cls, d: last ? piece(last) : "", ...stroke, "marker-end": arrow },
      undefined,
      link.id,
    );
  return el(
    "g",
    { class: cls },
    [
      el("path", { d: link.pieces.slice(0, -1).map(piece).join(""), ...stroke }),
      el("path", { d: piece(last!), ...stroke, "marker-end": arrow }),
    ],
    link.id,
  );
}

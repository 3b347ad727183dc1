import type { Cubic, Link } from "../layout/types.js";
import type { DrawContext } from "./drawContext.js";
import { el, r, type SvgNode } from "./svgNode.js";

/** One piece of a link's curve as path data (the layout placed it; this only writes it). */
const piece = ([a, b, c, d]: Cubic): string =>
  `M${r(a[0])},${r(a[1])}C${r(b[0])},${r(b[1])},${r(c[0])},${r(c[1])},${r(d[0])},${r(d[1])}`;

/**
 * A resistance link: dashed to the therapy it ended, solid arrow to the therapy it led to. Drawn
 * as the layout's pieces, so it stops short of every label it would run through and resumes after.
 */
export function drawLink(link: Link, { paint }: DrawContext): SvgNode {
  return el(
    "path",
    {
      class: `oncoline-link oncoline-link-${link.type}`,
      d: link.pieces.map(piece).join(""),
      fill: "none",
      stroke: paint.theme.link,
      "stroke-width": "1.4",
      "stroke-dasharray": link.type === "ended" ? "4 3" : undefined,
      "marker-end": link.type === "led-to" ? `url(#${paint.prefix}-arrow)` : undefined,
    },
    undefined,
    link.id,
  );
}

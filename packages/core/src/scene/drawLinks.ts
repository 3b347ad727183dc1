import { linkVertical } from "d3-shape";
import type { Link } from "../layout/types.js";
import type { DrawContext } from "./drawContext.js";
import { el, type SvgNode } from "./svgNode.js";

const curve = linkVertical<
  { source: [number, number]; target: [number, number] },
  [number, number]
>().digits(2);

/** A resistance link: dashed to the therapy it ended, solid arrow to the therapy it led to. */
export function drawLink(link: Link, { paint }: DrawContext): SvgNode {
  const [a, b] = [link.points[0]!, link.points[link.points.length - 1]!];
  return el(
    "path",
    {
      class: `oncoline-link oncoline-link-${link.type}`,
      d: curve({ source: a, target: b }) ?? "",
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

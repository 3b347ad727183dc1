import type { Label } from "../layout/types.js";
import { el, r, type SvgAttrs, type SvgNode } from "./svgNode.js";

/** Width of the halo drawn behind labels outside bars, in px. */
export const HALO_WIDTH = 3;

/** The halo of a label that is not inside a bar: a background-coloured stroke under the fill. */
export const haloAttrs = (halo: string): SvgAttrs => ({
  stroke: halo,
  "stroke-width": HALO_WIDTH,
  "stroke-linejoin": "round",
  "paint-order": "stroke",
});

/** A placed label. Its full text is kept in a <title> when it was shortened. */
export function drawLabel(
  label: Label,
  color: string,
  halo?: string,
  extra: SvgAttrs = {},
): SvgNode {
  return el(
    "text",
    {
      x: r(label.x),
      y: r(label.y),
      "text-anchor": label.anchor,
      fill: color,
      class: "oncoline-label",
      ...(halo && !label.inside ? haloAttrs(halo) : {}),
      ...extra,
    },
    [label.truncated ? el("title", {}, [label.full]) : null, label.text],
  );
}

import type { TimelineLayout } from "../layout/types.js";
import type { DrawContext } from "./drawContext.js";
import { el, r, type SvgNode } from "./svgNode.js";

/** Alternating lane bands and bold lane titles (in the gutter, or above the lane when narrow). */
export function drawLanes(layout: TimelineLayout, { paint }: DrawContext): SvgNode {
  return el(
    "g",
    { class: "oncoline-lanes", "aria-hidden": "true" },
    layout.lanes.map((lane, i) =>
      el(
        "g",
        {},
        [
          el("rect", {
            x: "0",
            y: r(lane.y),
            width: r(layout.width),
            height: r(lane.height),
            fill: paint.theme.laneBands[i % 2],
          }),
          el(
            "text",
            {
              x: r(lane.title.x),
              y: r(lane.title.y),
              "font-weight": "bold",
              fill: paint.theme.text,
              "aria-label": lane.label,
            },
            lane.labelLines.map((line, k) =>
              el(
                "tspan",
                {
                  x: r(lane.title.x),
                  dy: k === 0 ? undefined : r(lane.title.lineHeight),
                },
                [line],
                String(k),
              ),
            ),
          ),
        ],
        lane.kind,
      ),
    ),
  );
}

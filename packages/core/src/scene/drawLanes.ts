import type { TimelineLayout } from "../layout/types.js";
import { LANE_TITLE } from "../layout/geometry.js";
import type { DrawContext } from "./drawContext.js";
import { el, r, type SvgNode } from "./svgNode.js";

/** Alternating lane bands and bold lane titles in the gutter. */
export function drawLanes(layout: TimelineLayout, { paint }: DrawContext): SvgNode {
  const { fontSize } = layout;
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
              x: String(LANE_TITLE.x),
              y: r(lane.y + fontSize * LANE_TITLE.firstBaseline),
              "font-weight": "bold",
              fill: paint.theme.text,
              "aria-label": lane.label,
            },
            lane.labelLines.map((line, k) =>
              el(
                "tspan",
                {
                  x: String(LANE_TITLE.x),
                  dy: k === 0 ? undefined : r(fontSize * LANE_TITLE.lineHeight),
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

import type { TimelineLayout } from "../layout/types.js";
import { el, r, type SvgNode } from "./svgNode.js";
import type { DrawContext } from "./drawContext.js";

/** Length of a tick below the axis line, in px. */
export const TICK_LENGTH = 4;

/** A live x-transform (`x' = a·x + b`) applied while a zoom gesture runs. */
export interface Preview {
  a: number;
  b: number;
}

/** Grid lines, tick labels and the axis title (time axes only; a sequence axis says so in words). */
export function drawAxis(
  layout: TimelineLayout,
  { paint }: DrawContext,
  preview?: Preview | null,
): SvgNode {
  const { plot, axis, fontSize } = layout;
  // During a zoom gesture the ticks ride along with the marks until the new layout arrives.
  const ticks = preview
    ? layout.ticks
        .map((t) => ({ ...t, x: preview.a * t.x + preview.b }))
        .filter((t) => t.x >= plot.x && t.x <= plot.x + plot.width)
    : layout.ticks;
  const bottom = plot.y + plot.height;
  const cx = plot.x + plot.width / 2;
  const muted = paint.theme.mutedText;
  return el("g", { class: "oncoline-axis", "aria-hidden": "true" }, [
    ...ticks.map((t) =>
      el(
        "g",
        {},
        [
          el("line", {
            x1: r(t.x),
            x2: r(t.x),
            y1: r(plot.y),
            y2: r(bottom),
            stroke: paint.theme.grid,
            "stroke-width": "1",
          }),
          el("line", {
            x1: r(t.x),
            x2: r(t.x),
            y1: r(bottom),
            y2: r(bottom + TICK_LENGTH),
            stroke: muted,
            "stroke-width": "1",
          }),
          el(
            "text",
            {
              x: r(t.x),
              y: r(bottom + TICK_LENGTH + fontSize),
              "text-anchor": "middle",
              fill: muted,
            },
            [t.label],
          ),
        ],
        String(t.value),
      ),
    ),
    el("line", {
      x1: r(plot.x),
      x2: r(plot.x + plot.width),
      y1: r(bottom),
      y2: r(bottom),
      stroke: muted,
      "stroke-width": "1",
    }),
    el(
      "text",
      {
        x: r(cx),
        y: r(layout.axisTitleY),
        "text-anchor": "middle",
        fill: muted,
        "font-style": axis.mode === "sequence" ? "italic" : undefined,
      },
      [axis.title],
    ),
  ]);
}

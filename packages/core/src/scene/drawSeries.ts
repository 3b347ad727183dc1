import { line } from "d3-shape";
import type { SeriesMark } from "../layout/types.js";
import { DRAW, type DrawContext } from "./drawContext.js";
import { drawLabel } from "./drawLabel.js";
import { el, r, type SvgNode } from "./svgNode.js";

const path = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(2);

/** A lab track: reference band, line through the values, a dot per value. */
export function drawSeries(m: SeriesMark, { paint }: DrawContext): Array<SvgNode | null> {
  const c = paint.color(m.colorKey);
  // Values stated only in words ("normalized") have no place on the scale: not joined by the line.
  const numeric = m.points.filter((p) => p.value !== null);
  return [
    m.refBand
      ? el("rect", {
          class: "oncoline-ref",
          x: r(m.refBand.x0),
          y: r(m.refBand.y0),
          width: r(m.refBand.x1 - m.refBand.x0),
          height: r(Math.max(1, m.refBand.y1 - m.refBand.y0)),
          fill: paint.theme.grid,
          "fill-opacity": "0.55",
        })
      : null,
    numeric.length > 1
      ? el("path", { d: path(numeric) ?? "", fill: "none", stroke: c, "stroke-width": "1.5" })
      : null,
    ...m.points.map((p, i) =>
      el(
        "g",
        {},
        [
          p.range
            ? el("line", {
                x1: r(p.range.x0),
                x2: r(p.range.x1),
                y1: r(p.y),
                y2: r(p.y),
                stroke: c,
                "stroke-width": "1",
                opacity: "0.6",
              })
            : null,
          el(
            "circle",
            {
              cx: r(p.x),
              cy: r(p.y),
              r: String(DRAW.seriesDot),
              fill: p.value === null ? paint.theme.background : c,
              stroke: c,
            },
            [el("title", {}, [p.text])],
          ),
        ],
        String(i),
      ),
    ),
    m.label ? drawLabel(m.label, paint.theme.text, paint.theme.background) : null,
  ];
}

import { line } from "d3-shape";
import type { SeriesMark } from "../layout/types.js";
import { DRAW, type DrawContext } from "./drawContext.js";
import { drawLabel } from "./drawLabel.js";
import { el, r, type SvgNode } from "./svgNode.js";

const path = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(2);
const DOT_R = String(DRAW.seriesDot);
type SeriesPoint = SeriesMark["points"][number];

/**
 * One value: a dot with its text as a tooltip (the `<title>` child), after a line over the range
 * the value was stated as, if any. No group of its own: fewer elements, the same pixels.
 */
function drawValue(p: SeriesPoint, i: number, c: string, background: string): SvgNode[] {
  const dot = el(
    "circle",
    {
      cx: r(p.x),
      cy: r(p.y),
      r: DOT_R,
      fill: p.value === null ? background : c,
      stroke: c,
    },
    [el("title", {}, [p.text])],
    String(i),
  );
  if (!p.range) return [dot];
  const range = el(
    "line",
    {
      x1: r(p.range.x0),
      x2: r(p.range.x1),
      y1: r(p.y),
      y2: r(p.y),
      stroke: c,
      "stroke-width": "1",
      opacity: "0.6",
    },
    undefined,
    `range-${i}`,
  );
  return [range, dot];
}

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
    ...m.points.flatMap((p, i) => drawValue(p, i, c, paint.theme.background)),
    m.label ? drawLabel(m.label, paint.theme.text, paint.theme.background) : null,
  ];
}

import type { SeriesMark } from "../layout/types.js";
import { DRAW, type DrawContext } from "./drawContext.js";
import { drawLabel } from "./drawLabel.js";
import { el, r, type SvgAttrs, type SvgNode } from "./svgNode.js";

/**
 * The polyline through a series' values, as d3-shape's `line().digits(2)` writes it (`M…L…`,
 * coordinates rounded to 2 decimals): written out, it keeps d3's line and curve modules out of
 * every page that draws a figure.
 */
const round = (v: number) => Math.round(v * 100) / 100;
const path = (points: ReadonlyArray<{ x: number; y: number }>) =>
  points.map((p, i) => `${i ? "L" : "M"}${round(p.x)},${round(p.y)}`).join("");
const DOT_R = String(DRAW.seriesDot);
type SeriesPoint = SeriesMark["points"][number];

/**
 * One value: a dot with its text as a tooltip (the `<title>` child), after a line over the range
 * the value was stated as, if any. No group of its own: fewer elements, the same pixels.
 */
function drawValue(p: SeriesPoint, i: number, c: string, background: string): SvgNode[] {
  // A value whose date is a window wider than its dot is hollow, as a moment's glyph is: the dot
  // is a place to draw it, not the day it was measured.
  const windowed = p.range !== null && p.range.x1 - p.range.x0 > 2 * DRAW.seriesDot;
  const dot = el(
    "circle",
    {
      cx: r(p.x),
      cy: r(p.y),
      r: DOT_R,
      fill: p.value === null || windowed ? background : c,
      stroke: c,
    },
    [el("title", {}, [p.text])],
    String(i),
  );
  const bound = p.qualifier ? drawBound(p, c, i) : null;
  if (!p.range) return bound ? [bound, dot] : [dot];
  // The window, bracketed at both ends so it reads apart from the line through the values.
  const t = DRAW.seriesDot;
  const range = el(
    "path",
    {
      d: `M${r(p.range.x0)},${r(p.y - t)} v${r(2 * t)} M${r(p.range.x0)},${r(p.y)} H${r(p.range.x1)} M${r(p.range.x1)},${r(p.y - t)} v${r(2 * t)}`,
      fill: "none",
      stroke: c,
      "stroke-width": "1",
      opacity: "0.8",
      class: "oncoline-window",
    },
    undefined,
    `range-${i}`,
  );
  return bound ? [range, bound, dot] : [range, dot];
}

/**
 * The arrow of a bound, from `y0` to its head at `y1` at `x` (down for "<", up for ">"): drawn
 * past a value's dot and as the legend's swatch.
 */
export function boundArrow(x: number, y0: number, y1: number, stroke: string): SvgAttrs {
  const back = y1 > y0 ? -3 : 3;
  return {
    d: `M${r(x)},${r(y0)} V${r(y1)} M${r(x - 2.5)},${r(y1 + back)} L${r(x)},${r(y1)} L${r(x + 2.5)},${r(y1 + back)}`,
    fill: "none",
    stroke,
    "stroke-width": "1.2",
  };
}

/** A bound ("< 0.1", "> 1000"): a short arrow from the dot, down for below, up for above. */
function drawBound(p: SeriesPoint, c: string, i: number): SvgNode {
  const dir = p.qualifier === "<" ? 1 : -1;
  const y0 = p.y + dir * DRAW.seriesDot;
  const y1 = p.y + dir * (DRAW.seriesDot + 7);
  return el(
    "path",
    { ...boundArrow(p.x, y0, y1, c), class: "oncoline-bound" },
    undefined,
    `bound-${i}`,
  );
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
      ? el("path", { d: path(numeric), fill: "none", stroke: c, "stroke-width": "1.5" })
      : null,
    ...m.points.flatMap((p, i) => drawValue(p, i, c, paint.theme.background)),
    m.label ? drawLabel(m.label, paint.theme.text, paint.theme.background) : null,
  ];
}

import type { PointMark } from "../layout/types.js";
import { aroundLabel } from "../layout/markLines.js";
import { DRAW, type DrawContext } from "./drawContext.js";
import { drawGlyph } from "./drawGlyph.js";
import { drawLabel } from "./drawLabel.js";
import { el, r, type SvgNode } from "./svgNode.js";

/** A moment: its glyph, a whisker where its date may lie, a dashed tie back to a test's sample date. */
export function drawPoint(m: PointMark, ctx: DrawContext): Array<SvgNode | null> {
  const { paint } = ctx;
  const c = paint.color(m.colorKey);
  return [
    drawSample(m, ctx, c),
    m.range && m.window ? drawWindow(m, c) : m.range ? drawWhisker(m, ctx, c) : null,
    drawGlyph(
      { glyph: m.glyph, x: m.x, y: m.y, size: m.size, color: c },
      m.window || m.openLeft || m.openRight,
      paint.theme.background,
    ),
    m.label ? drawLabel(m.label, paint.theme.text, paint.theme.background) : null,
  ];
}

/** A molecular test whose sample was taken earlier: a dashed line back to a dot at the sample date. */
function drawSample(m: PointMark, { paint }: DrawContext, c: string): SvgNode | null {
  if (m.sampleX === undefined) return null;
  return el("g", { class: "oncoline-sample" }, [
    el("line", {
      x1: r(m.sampleX),
      x2: r(m.x),
      y1: r(m.y),
      y2: r(m.y),
      stroke: c,
      "stroke-width": "1",
      "stroke-dasharray": "3 3",
    }),
    el("circle", {
      cx: r(m.sampleX),
      cy: r(m.y),
      r: String(DRAW.sampleDot),
      fill: paint.theme.background,
      stroke: c,
      "stroke-width": "1.2",
    }),
  ]);
}

/** A window, not a date: a band over every day it may be, bracketed at both ends. */
function drawWindow(m: PointMark, c: string): SvgNode {
  const rg = m.range!;
  const top = r(m.y - m.size / 2);
  const a = DRAW.bracketArm;
  return el("g", { class: "oncoline-window" }, [
    el("rect", {
      x: r(rg.x0),
      y: top,
      width: r(Math.max(0, rg.x1 - rg.x0)),
      height: r(m.size),
      fill: c,
      opacity: "0.14",
    }),
    el("path", {
      d: `M${r(rg.x0 + a)},${top}h-${a}v${r(m.size)}h${a}M${r(rg.x1 - a)},${top}h${a}v${r(m.size)}h-${a}`,
      fill: "none",
      stroke: c,
      "stroke-width": "1.2",
    }),
  ]);
}

/** A whisker where the date may lie, capped at each stated bound, fading where a bound is open. */
function drawWhisker(m: PointMark, { paint }: DrawContext, c: string): SvgNode {
  const rg = m.range!;
  const cap = (x: number) =>
    el("line", {
      x1: r(x),
      x2: r(x),
      y1: r(m.y - DRAW.capHalf),
      y2: r(m.y + DRAW.capHalf),
      stroke: c,
      "stroke-width": "1",
    });
  const bar = (x0: number, x1: number, fill: string) =>
    aroundLabel(x0, x1, m.label, m.y, m.size).map(([a, b]) =>
      el("rect", {
        x: r(a),
        y: r(m.y - 1),
        width: r(Math.max(0, b - a)),
        height: "2",
        fill,
        opacity: "0.7",
      }),
    );
  // Open on both sides (placed only by the order the source tells): a fade either way.
  const both = m.openLeft && m.openRight;
  const fill = m.openLeft ? paint.fade(c, "in") : m.openRight ? paint.fade(c, "out") : c;
  return el("g", { class: "oncoline-whisker" }, [
    ...(both
      ? [...bar(rg.x0, m.x, paint.fade(c, "in")), ...bar(m.x, rg.x1, paint.fade(c, "out"))]
      : bar(rg.x0, rg.x1, fill)),
    m.openLeft ? null : cap(rg.x0),
    m.openRight ? null : cap(rg.x1),
  ]);
}

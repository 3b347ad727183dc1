import type { Matrix } from "../svg/matrix.js";
import { scaleOf } from "../svg/matrix.js";
import type { XmlElement } from "../svg/parseSvgTree.js";
import { resolvePaint } from "../svg/resolvePaint.js";
import { num, type Inherited } from "../svg/svgStyle.js";
import type { Paint, Stroke } from "./primitives.js";

/** What a drawing element sees of its ancestors. */
export interface Context {
  matrix: Matrix;
  style: Inherited;
  opacity: number;
  label: string | null;
  defs: ReadonlyMap<string, XmlElement>;
  warn: (message: string) => void;
}

/** The fill of the current element, or null. */
export function fillOf(ctx: Context): Paint | null {
  const p = resolvePaint(ctx.style.fill, ctx.defs, ctx.warn);
  return (
    p && { color: p.color, opacity: p.opacity * num(ctx.style["fill-opacity"], 1) * ctx.opacity }
  );
}

/** The stroke of the current element, or null; widths and dashes scaled into figure px. */
export function strokeOf(ctx: Context): Stroke | null {
  const p = resolvePaint(ctx.style.stroke, ctx.defs, ctx.warn);
  const k = scaleOf(ctx.matrix);
  const width = num(ctx.style["stroke-width"], 1) * k;
  if (!p || width <= 0) return null;
  const dashes = (ctx.style["stroke-dasharray"] ?? "none")
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => n > 0);
  return {
    color: p.color,
    opacity: p.opacity * num(ctx.style["stroke-opacity"], 1) * ctx.opacity,
    width,
    dash: dashes.length > 0 ? dashes.map((n) => n * k) : null,
  };
}

import {
  apply,
  IDENTITY,
  isAxisAligned,
  multiply,
  parseTransform,
  type Matrix,
} from "../svg/matrix.js";
import { elements, parseSvgTree, textContent, type XmlElement } from "../svg/parseSvgTree.js";
import { fillOf, strokeOf, type Context } from "./paintOf.js";
import { inherit, INITIAL_STYLE, num, ownStyle } from "../svg/svgStyle.js";
import type { SvgNode } from "@oncoline/core";
import { fromSvgNode } from "../svg/fromSvgNode.js";
import { pathSegments, pointsPath } from "./pathSegments.js";
import type { Primitive, Scene } from "./primitives.js";
import { textPrimitives } from "./textPrimitives.js";

/** Elements that define things and draw nothing where they stand. */
const NOT_DRAWN = new Set([
  "defs",
  "title",
  "desc",
  "metadata",
  "clipPath",
  "mask",
  "marker",
  "pattern",
  "linearGradient",
  "radialGradient",
  "symbol",
  "style",
  "script",
]);

/**
 * The figure in an SVG document (Oncoline's `renderToSVG` or `renderSwimmerToSVG` output, or any
 * SVG of rects, circles, ellipses, lines, paths, polygons and text), or in core's scene
 * (`drawTimeline`'s tree of SVG nodes, read without serializing it), as drawing primitives in
 * document order, with transforms applied, inherited colours resolved and each primitive labelled
 * with its mark's accessible description. Clip paths are not applied. Throws on text that is not
 * well-formed SVG.
 */
export function sceneFromSvg(svg: string | SvgNode): Scene {
  const root = typeof svg === "string" ? parseSvgTree(svg) : fromSvgNode(svg);
  const defs = new Map<string, XmlElement>();
  collectIds(root, defs);
  const warnings = new Set<string>();
  const [vx, vy, vw, vh] = (root.attrs.viewBox ?? "").split(/[\s,]+/).map(Number);
  const width = num(root.attrs.width, vw ?? 300);
  const height = num(root.attrs.height, vh ?? 150);
  const matrix: Matrix =
    vw && vh
      ? [width / vw, 0, 0, height / vh, (-(vx ?? 0) * width) / vw, (-(vy ?? 0) * height) / vh]
      : IDENTITY;
  const ctx: Context = {
    matrix,
    style: inherit(INITIAL_STYLE, ownStyle(root)),
    opacity: 1,
    label: null,
    defs,
    warn: (m) => warnings.add(m),
  };
  const primitives: Primitive[] = [];
  for (const child of elements(root)) walk(child, ctx, primitives);
  const titled = (name: string) => elements(root).find((e) => e.name === name);
  const title = titled("title");
  const desc = titled("desc");
  return {
    width,
    height,
    title: title ? textContent(title).trim() : "",
    description: desc ? textContent(desc).trim() : "",
    primitives,
    warnings: [...warnings],
  };
}

function collectIds(el: XmlElement, into: Map<string, XmlElement>) {
  if (el.attrs.id !== undefined) into.set(el.attrs.id, el);
  for (const c of elements(el)) collectIds(c, into);
}

function walk(el: XmlElement, parent: Context, out: Primitive[]): void {
  if (NOT_DRAWN.has(el.name)) return;
  const own = ownStyle(el);
  if (own.display === "none" || own.visibility === "hidden") return;
  const ctx: Context = {
    ...parent,
    matrix: multiply(parent.matrix, parseTransform(el.attrs.transform)),
    style: inherit(parent.style, own),
    opacity: parent.opacity * num(own.opacity, 1),
    label:
      el.attrs["aria-hidden"] === "true"
        ? null
        : ((el.name === "g" ? el.attrs["aria-label"] : undefined) ?? parent.label),
  };
  switch (el.name) {
    case "g":
    case "svg":
    case "a":
      for (const child of elements(el)) walk(child, ctx, out);
      return;
    case "text":
      out.push(...textPrimitives(el, ctx, fillOf(ctx)));
      return;
    case "rect":
      return shape(out, ctx, rectPath(el), el);
    case "circle":
    case "ellipse":
      return shape(out, ctx, ellipsePath(el), el);
    case "line":
      return line(out, ctx, el);
    case "path":
      return shape(out, ctx, el.attrs.d ?? "", el);
    case "polygon":
    case "polyline":
      return shape(out, ctx, pointsPath(el.attrs.points ?? "", el.name === "polygon"), el);
    default:
      ctx.warn(`<${el.name}> is not drawn`);
  }
}

function rectPath(el: XmlElement): string {
  const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => num(el.attrs[a]));
  return w! > 0 && h! > 0 ? `M${x},${y}h${w}v${h}h${-w!}Z` : "";
}

function ellipsePath(el: XmlElement): string {
  const [cx, cy] = [num(el.attrs.cx), num(el.attrs.cy)];
  const rx = num(el.attrs.rx ?? el.attrs.r);
  const ry = num(el.attrs.ry ?? el.attrs.r);
  if (!(rx > 0 && ry > 0)) return "";
  return `M${cx - rx},${cy}A${rx},${ry},0,1,0,${cx + rx},${cy}A${rx},${ry},0,1,0,${cx - rx},${cy}Z`;
}

function shape(out: Primitive[], ctx: Context, d: string, el: XmlElement): void {
  if (d === "") return;
  const fill = fillOf(ctx);
  const stroke = strokeOf(ctx);
  if (!fill && !stroke) return;
  const label = ctx.label;
  const m = ctx.matrix;
  // Axis-aligned rectangles and ellipses stay what they are (PowerPoint's own shapes).
  if ((el.name === "rect" || el.name === "circle" || el.name === "ellipse") && isAxisAligned(m)) {
    if (el.name === "rect") {
      const [x0, y0] = apply(m, num(el.attrs.x), num(el.attrs.y));
      const [x1, y1] = apply(
        m,
        num(el.attrs.x) + num(el.attrs.width),
        num(el.attrs.y) + num(el.attrs.height),
      );
      const rx = num(el.attrs.rx ?? el.attrs.ry) * Math.abs(m[0]);
      const [x, y] = [Math.min(x0, x1), Math.min(y0, y1)];
      out.push({
        type: "rect",
        x,
        y,
        width: Math.abs(x1 - x0),
        height: Math.abs(y1 - y0),
        rx,
        fill,
        stroke,
        label,
      });
      return;
    }
    const [cx, cy] = apply(m, num(el.attrs.cx), num(el.attrs.cy));
    const rx = num(el.attrs.rx ?? el.attrs.r) * Math.abs(m[0]);
    const ry = num(el.attrs.ry ?? el.attrs.r) * Math.abs(m[3]);
    out.push({ type: "ellipse", cx, cy, rx, ry, fill, stroke, label });
    return;
  }
  out.push({
    type: "path",
    segments: pathSegments(d, m),
    fill,
    stroke,
    arrowStart: hasMarker(el, "marker-start"),
    arrowEnd: hasMarker(el, "marker-end"),
    label,
  });
}

function line(out: Primitive[], ctx: Context, el: XmlElement): void {
  const stroke = strokeOf(ctx);
  if (!stroke) return;
  const [x1, y1] = apply(ctx.matrix, num(el.attrs.x1), num(el.attrs.y1));
  const [x2, y2] = apply(ctx.matrix, num(el.attrs.x2), num(el.attrs.y2));
  const [arrowStart, arrowEnd] = [hasMarker(el, "marker-start"), hasMarker(el, "marker-end")];
  out.push({ type: "line", x1, y1, x2, y2, stroke, arrowStart, arrowEnd, label: ctx.label });
}

const hasMarker = (el: XmlElement, attr: string) => (el.attrs[attr] ?? "none") !== "none";

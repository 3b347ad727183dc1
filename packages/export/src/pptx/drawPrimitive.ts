import { measureText } from "@oncoline/core/render";
import type PptxGenJS from "pptxgenjs";
import type { Paint, Primitive, Segment, Stroke, TextPrimitive } from "../scene/primitives.js";
import { inch, type SlideFrame } from "./slideFrame.js";

type Slide = PptxGenJS.Slide;
type ShapeProps = PptxGenJS.ShapeProps;
type Points = NonNullable<ShapeProps["points"]>;

/** pptxgenjs draws `points` as `<a:custGeom>` for this shape name (its types omit it). */
const CUSTOM_GEOMETRY = "custGeom" as PptxGenJS.SHAPE_NAME;

/** DejaVu Sans ascent (em): the distance from a text box's top to the first baseline. */
const ASCENT = 0.928;

/**
 * Draw one primitive on a slide as a native, editable PowerPoint object: a rectangle, an
 * ellipse, a line, a freeform (custom geometry) or a text box. `name` becomes the object's name
 * in PowerPoint's selection pane (and the handle for its alt text).
 */
export function drawPrimitive(
  pptx: PptxGenJS,
  slide: Slide,
  p: Primitive,
  f: SlideFrame,
  name: string,
): void {
  const s: Scale = {
    X: (v: number) => inch(f.x + v * f.k),
    Y: (v: number) => inch(f.y + v * f.k),
    L: (v: number) => inch(v * f.k),
    pt: (v: number) => Math.round(v * f.k * 72 * 100) / 100,
  };
  switch (p.type) {
    case "rect":
      return drawRect(pptx, slide, p, f, s, name);
    case "ellipse":
      return drawEllipse(pptx, slide, p, s, name);
    case "line":
      return drawLine(pptx, slide, p, s, name);
    case "path":
      return drawPath(slide, p, s, name);
    case "text":
      return text(slide, p, f, name, s.pt);
  }
}

/** SVG px to slide units: x and y positions (inches), lengths (inches), line widths (points). */
interface Scale {
  X: (v: number) => number;
  Y: (v: number) => number;
  L: (v: number) => number;
  pt: (v: number) => number;
}

type Of<T extends Primitive["type"]> = Extract<Primitive, { type: T }>;

/** A rectangle, rounded when its corner radius shows at slide scale. */
function drawRect(
  pptx: PptxGenJS,
  slide: Slide,
  p: Of<"rect">,
  f: SlideFrame,
  { X, Y, L, pt }: Scale,
  name: string,
): void {
  const rounded = p.rx * f.k >= 0.01;
  slide.addShape(rounded ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
    x: X(p.x),
    y: Y(p.y),
    w: L(p.width),
    h: L(p.height),
    ...(rounded ? { rectRadius: L(p.rx) } : {}),
    fill: fill(p.fill),
    line: line(p.stroke, pt),
    objectName: name,
  });
}

/** An ellipse in its bounding box. */
function drawEllipse(
  pptx: PptxGenJS,
  slide: Slide,
  p: Of<"ellipse">,
  { X, Y, L, pt }: Scale,
  name: string,
): void {
  slide.addShape(pptx.ShapeType.ellipse, {
    x: X(p.cx - p.rx),
    y: Y(p.cy - p.ry),
    w: L(2 * p.rx),
    h: L(2 * p.ry),
    fill: fill(p.fill),
    line: line(p.stroke, pt),
    objectName: name,
  });
}

/** A line: its bounding box, flipped to run the way the SVG line runs, with its arrowheads. */
function drawLine(
  pptx: PptxGenJS,
  slide: Slide,
  p: Of<"line">,
  { X, Y, L, pt }: Scale,
  name: string,
): void {
  slide.addShape(pptx.ShapeType.line, {
    x: X(Math.min(p.x1, p.x2)),
    y: Y(Math.min(p.y1, p.y2)),
    w: L(Math.abs(p.x2 - p.x1)),
    h: L(Math.abs(p.y2 - p.y1)),
    flipH: p.x2 < p.x1,
    flipV: p.y2 < p.y1,
    line: { ...line(p.stroke, pt), ...arrows(p.arrowStart, p.arrowEnd) },
    objectName: name,
  });
}

/** A freeform (custom geometry) in its bounding box; nothing for a path with no points. */
function drawPath(slide: Slide, p: Of<"path">, { X, Y, L, pt }: Scale, name: string): void {
  const box = bounds(p.segments);
  if (!box) return;
  slide.addShape(CUSTOM_GEOMETRY, {
    x: X(box.x0),
    y: Y(box.y0),
    w: Math.max(L(box.x1 - box.x0), 0.0001),
    h: Math.max(L(box.y1 - box.y0), 0.0001),
    points: points(
      p.segments,
      (v) => L(v - box.x0),
      (v) => L(v - box.y0),
    ),
    fill: fill(p.fill),
    line: { ...line(p.stroke, pt), ...arrows(p.arrowStart, p.arrowEnd) },
    objectName: name,
  });
}

const hex = (c: string) => c.slice(1).toUpperCase();
const transparency = (opacity: number) => Math.round((1 - Math.min(1, Math.max(0, opacity))) * 100);

function fill(p: Paint | null): PptxGenJS.ShapeFillProps {
  return p ? { color: hex(p.color), transparency: transparency(p.opacity) } : { type: "none" };
}

function line(s: Stroke | null, pt: (v: number) => number): PptxGenJS.ShapeLineProps {
  if (!s) return { type: "none" };
  return {
    color: hex(s.color),
    transparency: transparency(s.opacity),
    width: Math.max(pt(s.width), 0.25),
    dashType: dashType(s),
  };
}

/** PowerPoint's preset dashes scale with the line width: pick the nearest by dash length. */
function dashType(s: Stroke): NonNullable<PptxGenJS.ShapeLineProps["dashType"]> {
  if (!s.dash) return "solid";
  const ratio = (s.dash[0] ?? 0) / Math.max(s.width, 0.1);
  return ratio <= 1.5 ? "sysDot" : ratio <= 3.5 ? "sysDash" : ratio <= 6 ? "dash" : "lgDash";
}

const arrows = (start: boolean, end: boolean): PptxGenJS.ShapeLineProps => ({
  ...(start ? { beginArrowType: "triangle" as const } : {}),
  ...(end ? { endArrowType: "triangle" as const } : {}),
});

function bounds(segments: readonly Segment[]) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of segments) {
    if (s.op === "Z") continue;
    xs.push(s.x);
    ys.push(s.y);
    if (s.op === "C" || s.op === "Q") {
      xs.push(s.x1);
      ys.push(s.y1);
    }
    if (s.op === "C") {
      xs.push(s.x2);
      ys.push(s.y2);
    }
  }
  if (xs.length === 0) return null;
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function points(
  segments: readonly Segment[],
  x: (v: number) => number,
  y: (v: number) => number,
): Points {
  return segments.map((s): Points[number] => {
    switch (s.op) {
      case "M":
        return { x: x(s.x), y: y(s.y), moveTo: true };
      case "L":
        return { x: x(s.x), y: y(s.y) };
      case "C":
        return {
          x: x(s.x),
          y: y(s.y),
          curve: { type: "cubic", x1: x(s.x1), y1: y(s.y1), x2: x(s.x2), y2: y(s.y2) },
        };
      case "Q":
        return { x: x(s.x), y: y(s.y), curve: { type: "quadratic", x1: x(s.x1), y1: y(s.y1) } };
      case "Z":
        return { close: true };
    }
  });
}

/**
 * A one-line text box whose first baseline falls on the SVG baseline: no insets, no wrapping,
 * as wide as DejaVu Sans needs plus slack for a substituted font, aligned on the SVG anchor. A
 * halo becomes a glow of the halo colour.
 */
function text(
  slide: Slide,
  p: TextPrimitive,
  f: SlideFrame,
  name: string,
  pt: (v: number) => number,
) {
  const width = measureText(p.text, p.fontSize, p.bold ? "bold" : "normal") * 1.15 + p.fontSize;
  const x0 = p.anchor === "start" ? p.x : p.anchor === "middle" ? p.x - width / 2 : p.x - width;
  const family = /^\s*['"]?([^,'"]+)/.exec(p.fontFamily)?.[1]?.trim() ?? "DejaVu Sans";
  slide.addText(p.text, {
    x: inch(f.x + x0 * f.k),
    y: inch(f.y + (p.y - ASCENT * p.fontSize) * f.k),
    w: inch(width * f.k),
    h: inch(p.fontSize * 1.25 * f.k),
    fontFace: family === "sans-serif" ? "DejaVu Sans" : family,
    fontSize: pt(p.fontSize),
    bold: p.bold,
    italic: p.italic,
    color: hex(p.fill.color),
    ...(p.fill.opacity < 1 ? { transparency: transparency(p.fill.opacity) } : {}),
    align: p.anchor === "start" ? "left" : p.anchor === "middle" ? "center" : "right",
    valign: "top",
    margin: 0,
    wrap: false,
    fit: "none",
    ...(p.halo
      ? { glow: { color: hex(p.halo.color), opacity: p.halo.opacity, size: pt(p.halo.width / 2) } }
      : {}),
    objectName: name,
  });
}

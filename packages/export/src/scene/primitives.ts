// The figure as drawing primitives with resolved colours and positions in figure px: what a
// non-SVG renderer (PowerPoint) maps one to one. Built today from the server-rendered SVG
// (`sceneFromSvg`), which is fully resolved geometry; a core scene module can feed the same
// renderers later without changing them.

/** A solid colour (`#rrggbb`) and its opacity from 0 to 1. */
export interface Paint {
  color: string;
  opacity: number;
}

/** A stroke: colour, opacity, width in px and dash lengths in px (null: solid). */
export interface Stroke extends Paint {
  width: number;
  dash: readonly number[] | null;
}

/** One step of an absolute path in figure px. */
export type Segment =
  | { op: "M" | "L"; x: number; y: number }
  | { op: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: "Q"; x1: number; y1: number; x: number; y: number }
  | { op: "Z" };

interface Common {
  /** The accessible description of the mark this primitive draws (its group's aria-label). */
  label: string | null;
}

/** An axis-aligned rectangle, optionally with rounded corners. */
export interface RectPrimitive extends Common {
  type: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
  fill: Paint | null;
  stroke: Stroke | null;
}

/** An axis-aligned ellipse (circles included). */
export interface EllipsePrimitive extends Common {
  type: "ellipse";
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  fill: Paint | null;
  stroke: Stroke | null;
}

/** A straight line, with arrowheads where the SVG had markers. */
export interface LinePrimitive extends Common {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Stroke;
  arrowStart: boolean;
  arrowEnd: boolean;
}

/** Any other outline (glyphs, brackets, arrows, chart lines), as absolute segments. */
export interface PathPrimitive extends Common {
  type: "path";
  segments: readonly Segment[];
  fill: Paint | null;
  stroke: Stroke | null;
  arrowStart: boolean;
  arrowEnd: boolean;
}

/** One line of text; `y` is its baseline. `halo` is the outline drawn behind the letters. */
export interface TextPrimitive extends Common {
  type: "text";
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
  fontSize: number;
  fontFamily: string;
  bold: boolean;
  italic: boolean;
  fill: Paint;
  halo: Stroke | null;
}

/** A drawing primitive. */
export type Primitive =
  RectPrimitive | EllipsePrimitive | LinePrimitive | PathPrimitive | TextPrimitive;

/** A whole figure: its size in px, its title and description, and primitives in drawing order. */
export interface Scene {
  width: number;
  height: number;
  title: string;
  description: string;
  primitives: readonly Primitive[];
  /** What could not be carried over (an unknown colour, an unsupported element), once each. */
  warnings: readonly string[];
}

import { DRAW } from "./geometry.js";
import type { BarMark, Label, Mark, PointMark, SeriesMark } from "./types.js";

/** What a drawn line belongs to. */
export type LineKind =
  "whisker" | "window" | "placement" | "sample" | "tick" | "outline" | "series" | "link";

/** A straight stroke of a mark, in px. */
export interface LineSegment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  what: LineKind;
}

const seg = (x0: number, y0: number, x1: number, y1: number, what: LineKind): LineSegment => ({
  x0,
  y0,
  x1,
  y1,
  what,
});

/** The edges of a box as four strokes. */
function box(x0: number, y0: number, x1: number, y1: number, what: LineKind): LineSegment[] {
  return [
    seg(x0, y0, x1, y0, what),
    seg(x1, y0, x1, y1, what),
    seg(x1, y1, x0, y1, what),
    seg(x0, y1, x0, y0, what),
  ];
}

function pointLines(m: PointMark): LineSegment[] {
  const out: LineSegment[] = [];
  const h = m.size / 2;
  if (m.sampleX !== undefined) out.push(seg(m.sampleX, m.y, m.x, m.y, "sample"));
  const rg = m.range;
  if (rg && m.window) {
    const a = DRAW.bracketArm;
    const [top, bottom] = [m.y - h, m.y + h];
    for (const [x, arm] of [
      [rg.x0, a],
      [rg.x1, -a],
    ] as const)
      out.push(
        seg(x, top, x, bottom, "window"),
        seg(x, top, x + arm, top, "window"),
        seg(x, bottom, x + arm, bottom, "window"),
      );
  } else if (rg) {
    for (const [a, b] of aroundLabel(rg.x0, rg.x1, m.label, m.y, m.size))
      out.push(seg(a, m.y, b, m.y, "whisker"));
    const cap = (x: number) => seg(x, m.y - DRAW.capHalf, x, m.y + DRAW.capHalf, "whisker");
    if (!m.openLeft) out.push(cap(rg.x0));
    if (!m.openRight) out.push(cap(rg.x1));
  }
  out.push(...box(m.x - h, m.y - h, m.x + h, m.y + h, "outline"));
  return out;
}

function barLines(m: BarMark): LineSegment[] {
  const out: LineSegment[] = [];
  const mid = m.y + m.height / 2;
  const bottom = m.y + m.height;
  const p = m.placement;
  if (p) {
    // The solid body covers the placement line; a vague course's light fill does not.
    const hidden = m.vague || !m.solid ? null : m.solid;
    // The line stops under the course's own label (the scene draws it so).
    for (const [a, b] of aroundLabel(p.x0, p.x1, m.label, mid, m.height)) {
      if (hidden) {
        if (a < hidden.x0) out.push(seg(a, mid, Math.min(b, hidden.x0), mid, "placement"));
        if (b > hidden.x1) out.push(seg(Math.max(a, hidden.x1), mid, b, mid, "placement"));
      } else out.push(seg(a, mid, b, mid, "placement"));
    }
    for (const x of [p.x0, p.x1])
      out.push(seg(x, mid - DRAW.capHalf, x, mid + DRAW.capHalf, "placement"));
  }
  out.push(...box(m.x, m.y, m.x2, bottom, "outline"));
  // Solid or vague, a course draws its stop cap and ongoing arrow (scene/drawBar.ts).
  if (m.stopReason === "progression" || m.stopReason === "toxicity") {
    const o = DRAW.stopCapOverhang;
    out.push(seg(m.x2, m.y - o, m.x2, bottom + o, "outline"));
  }
  if (m.ongoing) {
    const o = DRAW.arrowOverhang;
    const tip = m.x2 + DRAW.arrowLength;
    out.push(seg(m.x2, m.y - o, tip, mid, "outline"), seg(tip, mid, m.x2, bottom + o, "outline"));
  }
  const h = DRAW.tickHalf;
  for (const t of m.ticks) {
    if (t.range) {
      const y = m.y - DRAW.tickRangeRise;
      out.push(seg(t.range.x0, y, t.range.x1, y, "tick"));
    }
    const top = m.y - DRAW.tickRise;
    out.push(
      seg(t.x, top, t.x + h, top + h, "tick"),
      seg(t.x + h, top + h, t.x, top + 2 * h, "tick"),
      seg(t.x, top + 2 * h, t.x - h, top + h, "tick"),
      seg(t.x - h, top + h, t.x, top, "tick"),
      seg(t.x, m.y, t.x, bottom, "tick"),
    );
  }
  return out;
}

function seriesLines(m: SeriesMark): LineSegment[] {
  const out: LineSegment[] = [];
  const numeric = m.points.filter((p) => p.value !== null);
  for (let i = 1; i < numeric.length; i++) {
    const [a, b] = [numeric[i - 1]!, numeric[i]!];
    out.push(seg(a.x, a.y, b.x, b.y, "series"));
  }
  for (const p of m.points) if (p.range) out.push(seg(p.range.x0, p.y, p.range.x1, p.y, "whisker"));
  return out;
}

/**
 * Every straight stroke a mark draws (whiskers and their caps, window brackets, a placement's
 * dashed line, change ticks, a test's tie to its sample date, bar and glyph outlines, a lab line),
 * read from the layout alone, with the drawing conventions of `DRAW`.
 */
export function markLines(m: Mark): LineSegment[] {
  return m.type === "point" ? pointLines(m) : m.type === "bar" ? barLines(m) : seriesLines(m);
}

/**
 * Stretches of `[x0, x1]` left once a label on the same line is cut out (with a little room): a
 * whisker's line stops under its mark's label instead of running through the words.
 */
export function aroundLabel(
  x0: number,
  x1: number,
  label: Label | null,
  y: number,
  near: number,
): Array<[number, number]> {
  if (!label || label.inside || Math.abs(label.y - y) > near) return [[x0, x1]];
  const l0 = labelLeft(label) - 3;
  const l1 = l0 + label.width + 6;
  if (l1 <= x0 || l0 >= x1) return [[x0, x1]];
  return (
    [
      [x0, Math.min(l0, x1)],
      [Math.max(l1, x0), x1],
    ] as Array<[number, number]>
  ).filter(([a, b]) => b - a > 0.5);
}

/** The left edge of a placed label, whatever its anchor. */
export function labelLeft(label: Label): number {
  return label.anchor === "start"
    ? label.x
    : label.anchor === "end"
      ? label.x - label.width
      : label.x - label.width / 2;
}

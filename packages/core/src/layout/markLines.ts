import { DRAW } from "./geometry.js";
import type { BarMark, Mark, PointMark, SeriesMark } from "./types.js";

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
    out.push(seg(rg.x0, m.y, rg.x1, m.y, "whisker"));
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
    if (hidden) {
      if (p.x0 < hidden.x0) out.push(seg(p.x0, mid, hidden.x0, mid, "placement"));
      if (p.x1 > hidden.x1) out.push(seg(hidden.x1, mid, p.x1, mid, "placement"));
    } else out.push(seg(p.x0, mid, p.x1, mid, "placement"));
    for (const x of [p.x0, p.x1])
      out.push(seg(x, mid - DRAW.capHalf, x, mid + DRAW.capHalf, "placement"));
  }
  out.push(...box(m.x, m.y, m.x2, bottom, "outline"));
  if (!m.vague && (m.stopReason === "progression" || m.stopReason === "toxicity")) {
    const o = DRAW.stopCapOverhang;
    out.push(seg(m.x2, m.y - o, m.x2, bottom + o, "outline"));
  }
  if (!m.vague && m.ongoing) {
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

import { flattenCubic } from "./linkCurve.js";
import { labelLeft, markLines, type LineKind, type LineSegment } from "./markLines.js";
import type { Label, TimelineLayout } from "./types.js";

/** A label's box in px: its advance width, from the cap height down to the descenders. */
export interface LabelBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Where a label's text lies, from its anchor, width and baseline at the layout's type size. */
export function labelBox(label: Label, fontSize: number): LabelBox {
  const x0 = labelLeft(label);
  return { x0, x1: x0 + label.width, y0: label.y - fontSize * 0.8, y1: label.y + fontSize * 0.2 };
}

/** A drawn line that runs through a label. */
export interface LabelCrossing {
  /** The mark whose label is crossed, and its event. */
  labelOf: string;
  labelEventId: string;
  /** What crosses it: a whisker, a window's bracket, a link, an outline… */
  what: LineKind;
  /** The mark (or link) that draws the line, and its event (a link's: where it starts). */
  lineOf: string;
  lineEventId: string;
}

/** Does the segment enter the open interior of the box (Liang–Barsky clipping)? */
export function segmentCrossesBox(s: LineSegment, b: LabelBox, inset = 0.01): boolean {
  const [bx0, bx1, by0, by1] = [b.x0 + inset, b.x1 - inset, b.y0 + inset, b.y1 - inset];
  if (bx0 >= bx1 || by0 >= by1) return false;
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return (
    clip(-dx, s.x0 - bx0) &&
    clip(dx, bx1 - s.x0) &&
    clip(-dy, s.y0 - by0) &&
    clip(dy, by1 - s.y0) &&
    t0 < t1
  );
}

/** Height of the bands lines are sorted into, in px. */
const BAND = 32;

interface Owned {
  seg: LineSegment;
  owner: string;
  eventId: string;
}

/**
 * Every place where a line the layout draws (a whisker, a window's bracket, a course's placement,
 * a change tick, a test's sample tie, a bar or glyph outline, a lab line, a link as drawn between
 * its gaps) runs through a label's box. Reads only the layout; an empty list is the promise
 * `layoutTimeline` keeps. A label inside its own bar is framed by that bar, not crossed by it.
 */
export function labelCrossings(layout: TimelineLayout): LabelCrossing[] {
  const lines: Owned[] = [];
  for (const m of layout.marks)
    for (const seg of markLines(m)) lines.push({ seg, owner: m.id, eventId: m.eventId });
  for (const l of layout.links)
    for (const piece of l.pieces) {
      const pts = flattenCubic(piece);
      for (let i = 1; i < pts.length; i++) {
        const [a, b] = [pts[i - 1]!, pts[i]!];
        lines.push({
          seg: { x0: a[0], y0: a[1], x1: b[0], y1: b[1], what: "link" },
          owner: l.id,
          eventId: l.fromEventId,
        });
      }
    }
  // Lines by horizontal band of the figure, so each label meets only the lines near it.
  const bands = new Map<number, Owned[]>();
  for (const o of lines) {
    const lo = Math.floor(Math.min(o.seg.y0, o.seg.y1) / BAND);
    const hi = Math.floor(Math.max(o.seg.y0, o.seg.y1) / BAND);
    for (let k = lo; k <= hi; k++) {
      const list = bands.get(k);
      if (list) list.push(o);
      else bands.set(k, [o]);
    }
  }
  const out: LabelCrossing[] = [];
  for (const m of layout.marks) {
    if (!m.label || m.label.text === "") continue;
    const b = labelBox(m.label, layout.fontSize);
    const seen = new Set<string>();
    for (let k = Math.floor(b.y0 / BAND); k <= Math.floor(b.y1 / BAND); k++)
      for (const { seg, owner, eventId } of bands.get(k) ?? []) {
        if (m.label.inside && owner === m.id && seg.what === "outline") continue;
        const key = `${owner}\u0000${seg.what}`;
        if (seen.has(key) || !segmentCrossesBox(seg, b)) continue;
        seen.add(key);
        out.push({
          labelOf: m.id,
          labelEventId: m.eventId,
          what: seg.what,
          lineOf: owner,
          lineEventId: eventId,
        });
      }
  }
  return out;
}

import type { NormalizedEvent } from "../model/normalized.js";
import { labelBox, segmentCrossesBox, type LabelBox } from "./labelCrossings.js";
import { cubicAt, flattenCubic, linkCurve, subCubic } from "./linkCurve.js";
import type { BarMark, Cubic, Link, Mark, Point, PointMark } from "./types.js";

/** Steps a link's curve is tested in for labels, and the clearance it keeps around one, in px. */
const STEPS = 96;
const CLEARANCE = 2;
/** A stretch of link shorter than this between two gaps is left out too (it would read as a dash). */
const MIN_PIECE = 10;
/**
 * Where the link's S turns, as a fraction of the way from start to end: the middle first, then
 * the others in order of distance from it (a tie keeps the earlier).
 */
const TURNS = [0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875];

type Gap = Link["gaps"][number];

/** The stretches of `curve` that touch a label box, and how long they are in px. */
function gapsOf(curve: Cubic, near: readonly LabelBox[]): { gaps: Gap[]; lost: number } {
  const pts = Array.from({ length: STEPS + 1 }, (_, i) => cubicAt(curve, i / STEPS));
  const len = (i: number) => Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]);
  const hit = (i: number) => {
    const [p, q] = [pts[i - 1]!, pts[i]!];
    const s = { x0: p[0], y0: p[1], x1: q[0], y1: q[1], what: "link" as const };
    return near.some((bx) => segmentCrossesBox(s, bx, 0));
  };
  const blocked = Array.from({ length: STEPS + 1 }, (_, i) => i > 0 && hit(i));
  // Fill a short stretch between two gaps.
  for (let i = 1; i <= STEPS;) {
    if (blocked[i]) {
      i++;
      continue;
    }
    let j = i;
    let run = 0;
    while (j <= STEPS && !blocked[j]) run += len(j++);
    if (i > 1 && j <= STEPS && run < MIN_PIECE) for (let k = i; k < j; k++) blocked[k] = true;
    i = j;
  }
  const gaps: Gap[] = [];
  let lost = 0;
  for (let i = 1; i <= STEPS; i++) {
    if (!blocked[i]) continue;
    lost += len(i);
    const last = gaps[gaps.length - 1];
    if (last && last.to === (i - 1) / STEPS) last.to = i / STEPS;
    else gaps.push({ from: (i - 1) / STEPS, to: i / STEPS });
  }
  return { gaps, lost };
}

/** Distance from `p` to the segment from `q` to `r`. */
function distance(p: Point, q: Point, r: Point): number {
  const [dx, dy] = [r[0] - q[0], r[1] - q[1]];
  const len = dx * dx + dy * dy;
  const t =
    len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - q[0]) * dx + (p[1] - q[1]) * dy) / len));
  return Math.hypot(p[0] - q[0] - t * dx, p[1] - q[1] - t * dy);
}

/**
 * How far (px) the curve runs along links already drawn (within 3 px of one), away from their
 * shared start: two links on one line read as one.
 */
function alongside(curve: Cubic, a: Point, others: readonly Point[][]): number {
  if (others.length === 0) return 0;
  const pts = flattenCubic(curve, STEPS);
  let run = 0;
  for (let i = 1; i < pts.length; i++) {
    const [p, q] = [pts[i - 1]!, pts[i]!];
    const mid: Point = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    if (Math.hypot(mid[0] - a[0], mid[1] - a[1]) < 2 * MIN_PIECE) continue;
    const close = others.some((o) => o.some((r, k) => k > 0 && distance(mid, o[k - 1]!, r) < 3));
    if (close) run += Math.hypot(q[0] - p[0], q[1] - p[1]);
  }
  return run;
}

/**
 * A link from `a` to `b` that keeps clear of labels: of the S curves that turn at different
 * heights, the one that runs through the least label text and the least along links drawn before;
 * it leaves a gap wherever it still would (the stretches, in steps of 1/96 of its parameter, that
 * touch a label's box grown by 2 px).
 */
function gapped(
  base: Omit<Link, "points" | "gaps" | "pieces">,
  a: Point,
  b: Point,
  boxes: readonly LabelBox[],
  drawn: readonly Link[],
): Link {
  const y0 = Math.min(a[1], b[1]) - CLEARANCE;
  const y1 = Math.max(a[1], b[1]) + CLEARANCE;
  const near = boxes.filter((bx) => bx.y1 >= y0 && bx.y0 <= y1);
  const others = drawn.flatMap((l) => l.pieces.map((c) => flattenCubic(c)));
  let best: { curve: Cubic; gaps: Gap[]; score: number } | null = null;
  for (const turn of TURNS) {
    const curve = linkCurve(a, b, turn);
    const { gaps, lost } = gapsOf(curve, near);
    const score = lost + alongside(curve, a, others);
    if (!best || score < best.score - 0.5) best = { curve, gaps, score };
    if (score === 0) break;
  }
  const { curve, gaps } = best!;
  const pieces: Link["pieces"] = [];
  let t = 0;
  for (const g of gaps) {
    if (g.from > t) pieces.push(subCubic(curve, t, g.from));
    t = g.to;
  }
  if (t < 1) pieces.push(t === 0 ? curve : subCubic(curve, t, 1));
  return { ...base, points: [a, b], gaps, pieces };
}

/**
 * Links from each resistance event to the therapy it ended (a vertical drop onto that bar at the
 * moment of detection) and to every therapy chosen because of it (`basedOn`), at that bar's start.
 */
export function buildLinks(
  events: readonly NormalizedEvent[],
  marks: readonly Mark[],
  fontSize: number,
): Link[] {
  const boxes = marks.flatMap((m) => {
    if (!m.label || m.label.text === "") return [];
    const b = labelBox(m.label, fontSize);
    return [
      { x0: b.x0 - CLEARANCE, x1: b.x1 + CLEARANCE, y0: b.y0 - CLEARANCE, y1: b.y1 + CLEARANCE },
    ];
  });
  const bars = new Map<string, BarMark>();
  const points = new Map<string, PointMark>();
  for (const m of marks) {
    if (m.type === "bar") bars.set(m.eventId, m);
    if (m.type === "point" && !points.has(m.eventId)) points.set(m.eventId, m);
  }
  const links: Link[] = [];
  for (const e of events) {
    if (e.kind !== "resistance") continue;
    const from = points.get(e.id);
    if (!from) continue;
    const ended = bars.get(e.therapy);
    if (ended) {
      const x = Math.min(Math.max(from.x, ended.x), ended.x2);
      links.push(
        gapped(
          { id: `${e.id}->${e.therapy}`, type: "ended", fromEventId: e.id, toEventId: e.therapy },
          [from.x, from.y],
          [x, ended.y + ended.height / 2],
          boxes,
          links,
        ),
      );
    }
    for (const t of events) {
      if ((t.kind !== "therapy" && t.kind !== "radiotherapy") || !t.basedOn?.includes(e.id))
        continue;
      const bar = bars.get(t.id);
      if (bar)
        links.push(
          gapped(
            { id: `${e.id}=>${t.id}`, type: "led-to", fromEventId: e.id, toEventId: t.id },
            [from.x, from.y],
            [bar.x, bar.y + bar.height / 2],
            boxes,
            links,
          ),
        );
    }
  }
  return links;
}

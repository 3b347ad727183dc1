import type { NormalizedEvent } from "../model/normalized.js";
import { labelBox, segmentCrossesBox, type LabelBox } from "./labelCrossings.js";
import { cubicAt, linkCurve, subCubic } from "./linkCurve.js";
import type { BarMark, Link, Mark, Point, PointMark } from "./types.js";

/** Steps a link's curve is tested in for labels, and the clearance it keeps around one, in px. */
const STEPS = 96;
const CLEARANCE = 2;

/**
 * A link from `a` to `b` that leaves a gap wherever it would run through a label: the stretches
 * of its curve (in steps of 1/96 of its parameter) that touch a label's box grown by 2 px.
 */
function gapped(
  base: Omit<Link, "points" | "gaps" | "pieces">,
  a: Point,
  b: Point,
  boxes: readonly LabelBox[],
): Link {
  const curve = linkCurve(a, b);
  const y0 = Math.min(a[1], b[1]) - CLEARANCE;
  const y1 = Math.max(a[1], b[1]) + CLEARANCE;
  const near = boxes.filter((bx) => bx.y1 >= y0 && bx.y0 <= y1);
  const gaps: Link["gaps"] = [];
  let prev = cubicAt(curve, 0);
  for (let i = 1; i <= STEPS; i++) {
    const next = cubicAt(curve, i / STEPS);
    const s = { x0: prev[0], y0: prev[1], x1: next[0], y1: next[1], what: "link" as const };
    if (near.some((bx) => segmentCrossesBox(s, bx, 0))) {
      const last = gaps[gaps.length - 1];
      if (last && last.to === (i - 1) / STEPS) last.to = i / STEPS;
      else gaps.push({ from: (i - 1) / STEPS, to: i / STEPS });
    }
    prev = next;
  }
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
          ),
        );
    }
  }
  return links;
}

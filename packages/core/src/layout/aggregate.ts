import type { Draft, DraftContext } from "./draft.js";
import { footprintWithLabel, placeLabel } from "./placeLabel.js";
import type { PointMark } from "./types.js";

/** Rows a lane may use before its dense stretches are aggregated. */
export const MAX_ROWS_BEFORE_AGGREGATING = 8;

/**
 * Level of detail for dense lanes: moments that fall into the same bucket of `fontSize × 6` px are
 * merged into one cluster mark ("14 events") that names what it holds. Zooming in spreads them
 * into buckets of their own, so clusters expand. Courses (bars) and lab tracks are never merged.
 */
export function aggregateLane(drafts: readonly Draft[], ctx: DraftContext): Draft[] {
  const bucketPx = ctx.fontSize * 6;
  const buckets = new Map<number, Draft[]>();
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.mark.type !== "point") {
      out.push(d);
      continue;
    }
    const b = Math.floor((d.mark.x - ctx.plotX0) / bucketPx);
    const list = buckets.get(b);
    if (list) list.push(d);
    else buckets.set(b, [d]);
  }
  for (const [b, list] of [...buckets].sort((p, q) => p[0] - q[0])) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    const marks = list.map((d) => d.mark as PointMark);
    const x = marks.reduce((s, m) => s + m.x, 0) / marks.length;
    const kinds = new Map<string, number>();
    for (const m of marks) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    const what = [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
    const size = Math.round(ctx.rowHeight * 0.7);
    const label = placeLabel(`${marks.length} events`, {
      x0: x - size / 2,
      x1: x + size / 2,
      inside: null,
      plotX0: ctx.plotX0,
      plotX1: ctx.plotX1,
      fontSize: ctx.fontSize,
    });
    const first = marks[0]!;
    const mark: PointMark = {
      ...first,
      id: `cluster:${first.lane}:${b}`,
      eventId: first.eventId,
      label,
      description: `${marks.length} events close together (${what}); zoom in to see each.`,
      uncertain: marks.some((m) => m.uncertain),
      colorKey: "cluster",
      x,
      size,
      glyph: "cluster",
      range: null,
      window: false,
      openLeft: false,
      openRight: false,
      count: marks.length,
      eventIds: marks.map((m) => m.eventId),
    };
    delete mark.sampleX;
    const fp = footprintWithLabel(x - size / 2, x + size / 2, label);
    out.push({
      mark,
      lane: first.lane,
      x0: fp.x0,
      x1: fp.x1,
      rows: 1,
      order: list.reduce((m, d) => Math.min(m, d.order), Infinity),
    });
  }
  return out.sort((a, b) => a.x0 - b.x0 || a.order - b.order);
}

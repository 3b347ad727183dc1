import type { Draft, DraftContext } from "./draft.js";
import { packRows } from "./packRows.js";
import { footprintWithLabel, placeLabel } from "./placeLabel.js";
import type { LaneKind, PointMark } from "./types.js";

/**
 * Rows any lane may take, in any layout (exports included): beyond this a figure is no longer
 * readable (10,000 events on one day once made a 250,000 px tall SVG). Lab tracks are two rows
 * tall, so the lab lane holds half as many tracks.
 */
export const MAX_ROWS_PER_LANE = 40;

/** A lane whose overflow was merged: how many marks went into how many clusters. */
export interface CappedLane {
  lane: LaneKind;
  merged: number;
  clusters: number;
}

const anchorX = (d: Draft): number => (d.mark.type === "series" ? d.mark.points[0]!.x : d.mark.x);

/** One cluster mark standing for `list` (at least two drafts), drawn as a point at their mean x. */
function clusterDraft(list: readonly Draft[], id: string, ctx: DraftContext): Draft {
  const marks = list.map((d) => d.mark);
  const eventIds = marks.flatMap((m) =>
    m.type === "point" && m.eventIds ? m.eventIds : [m.eventId],
  );
  const x = list.reduce((s, d) => s + anchorX(d), 0) / list.length;
  const kinds = new Map<string, number>();
  for (const m of marks) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  const what = [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
  const size = Math.round(ctx.rowHeight * 0.7);
  const label = placeLabel(`${eventIds.length} more`, {
    x0: x - size / 2,
    x1: x + size / 2,
    inside: null,
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  });
  const first = marks[0]!;
  const mark: PointMark = {
    type: "point",
    id,
    eventId: first.eventId,
    kind: first.kind,
    lane: first.lane,
    row: 0,
    label,
    description: `${eventIds.length} more events here (${what}), merged because the lane has room for ${MAX_ROWS_PER_LANE} rows; the event table lists each.`,
    uncertain: marks.some((m) => m.uncertain),
    colorKey: "cluster",
    bounds: { x: 0, y: 0, width: 0, height: 0 },
    x,
    y: 0,
    size,
    glyph: "cluster",
    range: null,
    window: false,
    openLeft: false,
    openRight: false,
    count: eventIds.length,
    eventIds,
  };
  const fp = footprintWithLabel(x - size / 2, x + size / 2, label);
  return {
    mark,
    lane: first.lane,
    x0: fp.x0,
    x1: fp.x1,
    rows: 1,
    order: list.reduce((m, d) => Math.min(m, d.order), Infinity),
  };
}

/**
 * Keep a lane within `maxRows` rows: what packing put in the rows from `maxRows - 1` on is merged
 * into cluster marks that share the last row. Buckets start `fontSize × 6` px wide and double until
 * the clusters fit that one row (at worst one cluster holds all of the overflow). `rows` are the
 * packed rows of `drafts` (sorted by x0); returns drafts and rows in the same form.
 */
export function capRows(
  drafts: readonly Draft[],
  rows: readonly number[],
  maxRows: number,
  gap: number,
  ctx: DraftContext,
): { drafts: Draft[]; rows: number[]; capped: CappedLane | null } {
  const last = maxRows - 1;
  if (!rows.some((r) => r > last)) return { drafts: [...drafts], rows: [...rows], capped: null };
  const kept: Draft[] = [];
  const keptRows: number[] = [];
  const overflow: Draft[] = [];
  drafts.forEach((d, i) => {
    if (rows[i]! < last) {
      kept.push(d);
      keptRows.push(rows[i]!);
    } else overflow.push(d);
  });
  const lane = overflow[0]!.lane;
  const plot = Math.max(1, ctx.plotX1 - ctx.plotX0);
  let merged: Draft[];
  for (let bucketPx = ctx.fontSize * 6; ; bucketPx *= 2) {
    const buckets = new Map<number, Draft[]>();
    for (const d of overflow) {
      const b = bucketPx > plot * 2 ? 0 : Math.floor((anchorX(d) - ctx.plotX0) / bucketPx);
      const list = buckets.get(b);
      if (list) list.push(d);
      else buckets.set(b, [d]);
    }
    merged = [...buckets]
      .sort((p, q) => p[0] - q[0])
      .map(([b, list]) =>
        list.length === 1 ? list[0]! : clusterDraft(list, `cluster:${lane}:more:${b}`, ctx),
      )
      .sort((a, b) => a.x0 - b.x0 || a.order - b.order);
    if (buckets.size === 1 || packRows(merged, gap).every((r) => r === 0)) break;
  }
  const clusters = merged.filter((d) => d.mark.type === "point" && d.mark.glyph === "cluster");
  const all = [
    ...kept.map((d, i) => ({ d, row: keptRows[i]! })),
    ...merged.map((d) => ({ d, row: last })),
  ].sort((a, b) => a.d.x0 - b.d.x0 || a.d.order - b.d.order);
  return {
    drafts: all.map((x) => x.d),
    rows: all.map((x) => x.row),
    capped: {
      lane,
      merged: clusters.reduce((n, c) => n + ((c.mark.type === "point" && c.mark.count) || 0), 0),
      clusters: clusters.length,
    },
  };
}

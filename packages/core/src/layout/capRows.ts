import { eventCount, type Draft, type DraftContext } from "./draft.js";
import { packRows } from "./packRows.js";
import { clusterDraft, clusterFootprint, describeKinds } from "./clusterDraft.js";
import type { LaneKind } from "./types.js";

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

/** One cluster mark standing for `list` (at least two drafts), drawn as a point at their mean x. */
function overflowCluster(list: readonly Draft[], id: string, ctx: DraftContext): Draft {
  const n = eventsIn(list);
  return clusterDraft(
    list,
    {
      id,
      x: meanAnchor(list),
      text: `${n} more`,
      description: `${n} more events here (${describeKinds(list)}), merged because the lane has room for ${MAX_ROWS_PER_LANE} rows; the event table lists each.`,
    },
    ctx,
  );
}

interface Bucket {
  list: Draft[];
  sum: number;
  events: number;
  order: number;
}

const meanAnchor = (list: readonly Draft[]) => list.reduce((s, d) => s + d.anchor, 0) / list.length;

/** How many events `list` stands for (a cluster already merged counts each of its events). */
function eventsIn(list: readonly Draft[]): number {
  let n = 0;
  for (const d of list) n += eventCount(d);
  return n;
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
  const { kept, keptRows, overflow } = splitOverflow(drafts, rows, last);
  const lane = overflow[0]!.lane;
  const buckets = fittingBuckets(overflow, gap, ctx);
  const merged = buckets
    .map(([b, list]) =>
      list.length === 1 ? list[0]! : overflowCluster(list, `cluster:${lane}:more:${b}`, ctx),
    )
    .sort((a, b) => a.x0 - b.x0 || a.order - b.order);
  return { ...mergeSorted(kept, keptRows, merged, last), capped: cappedLane(lane, merged) };
}

/**
 * The kept drafts (in their rows) and the merged ones (in the last row) in one list by x, as a
 * stable sort of the two would give them: both come sorted, so they are merged in linear time.
 */
function mergeSorted(kept: Draft[], keptRows: number[], merged: Draft[], last: number) {
  const drafts: Draft[] = [];
  const rows: number[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < merged.length) {
    const a = kept[i];
    const b = merged[j];
    // A merged draft goes first only when it sorts strictly before the kept one.
    if (a !== undefined && (b === undefined || !((b.x0 - a.x0 || b.order - a.order) < 0))) {
      drafts.push(a);
      rows.push(keptRows[i++]!);
    } else {
      drafts.push(b!);
      rows.push(last);
      j++;
    }
  }
  return { drafts, rows };
}

/** The drafts packed above the last row (kept, with their rows) and the rest (the overflow). */
function splitOverflow(drafts: readonly Draft[], rows: readonly number[], last: number) {
  const kept: Draft[] = [];
  const keptRows: number[] = [];
  const overflow: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    if (rows[i]! < last) {
      kept.push(drafts[i]!);
      keptRows.push(rows[i]!);
    } else overflow.push(drafts[i]!);
  }
  return { kept, keptRows, overflow };
}

/**
 * The overflow in buckets by anchor, in bucket order, for the narrowest bucket size (from
 * `fontSize × 6` px, doubling) whose clusters fit one row.
 */
function fittingBuckets(
  overflow: readonly Draft[],
  gap: number,
  ctx: DraftContext,
): Array<[number, Draft[]]> {
  const plot = Math.max(1, ctx.plotX1 - ctx.plotX0);
  const anchors = new Float64Array(overflow.length);
  const events = new Float64Array(overflow.length);
  for (let i = 0; i < overflow.length; i++) {
    const d = overflow[i]!;
    anchors[i] = d.anchor;
    events[i] = eventCount(d);
  }
  for (let bucketPx = ctx.fontSize * 6; ; bucketPx *= 2) {
    const px = bucketPx > plot * 2 ? null : bucketPx;
    const sorted = bucketed(overflow, anchors, events, px, ctx);
    if (sorted.length === 1 || clustersFitOneRow(sorted, gap, ctx))
      return sorted.map(([b, { list }]) => [b, list]);
  }
}

/**
 * Each bucket's drafts, and what its cluster's footprint needs (the anchors summed in order), in
 * bucket order; `bucketPx` null puts everything in bucket 0. Buckets are slots of an array when
 * their numbers span a small range (they always do but for marks far off the plot), else a map.
 */
function bucketed(
  overflow: readonly Draft[],
  anchors: Float64Array,
  events: Float64Array,
  bucketPx: number | null,
  ctx: DraftContext,
): Array<[number, Bucket]> {
  const n = overflow.length;
  const keys = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const b = bucketPx === null ? 0 : Math.floor((anchors[i]! - ctx.plotX0) / bucketPx);
    keys[i] = b;
    lo = Math.min(lo, b);
    hi = Math.max(hi, b);
  }
  const slots = hi - lo <= 4 * n + 1024 ? new Array<Bucket | undefined>(hi - lo + 1) : null;
  const byBucket = new Map<number, Bucket>();
  for (let i = 0; i < n; i++) {
    const d = overflow[i]!;
    const b = keys[i]!;
    const bucket = slots ? slots[b - lo] : byBucket.get(b);
    if (bucket) {
      bucket.list.push(d);
      bucket.sum += anchors[i]!;
      bucket.events += events[i]!;
      bucket.order = Math.min(bucket.order, d.order);
      continue;
    }
    const made = { list: [d], sum: 0 + anchors[i]!, events: events[i]!, order: d.order };
    if (slots) slots[b - lo] = made;
    else byBucket.set(b, made);
  }
  if (!slots) return [...byBucket].sort((p, q) => p[0] - q[0]);
  const out: Array<[number, Bucket]> = [];
  for (let k = 0; k < slots.length; k++) if (slots[k]) out.push([lo + k, slots[k]!]);
  return out;
}

/**
 * Whether the clusters of these buckets fit one row. That needs only their footprints: the cluster
 * marks themselves (event ids, descriptions) are built once, for the bucket size that fits.
 */
function clustersFitOneRow(
  sorted: ReadonlyArray<[number, Bucket]>,
  gap: number,
  ctx: DraftContext,
): boolean {
  const footprints = sorted
    .map(([, k]) =>
      k.list.length === 1
        ? k.list[0]!
        : { ...clusterFootprint(k.sum / k.list.length, `${k.events} more`, ctx), order: k.order },
    )
    .sort((a, b) => a.x0 - b.x0 || a.order - b.order);
  return packRows(footprints, gap).every((r) => r === 0);
}

/** How many marks went into how many clusters. */
function cappedLane(lane: LaneKind, merged: readonly Draft[]): CappedLane {
  const clusters = merged.filter((d) => d.eventIds !== null);
  return {
    lane,
    merged: clusters.reduce((n, c) => n + c.eventIds!.length, 0),
    clusters: clusters.length,
  };
}

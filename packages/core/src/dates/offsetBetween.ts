import { ORIGIN, type Constraint, type TemporalNetwork } from "./network.js";
import type { ResolvedDate } from "./resolvedDate.js";

type Adjacency = Map<string, Array<[string, number]>>;
const cache = new WeakMap<TemporalNetwork, Adjacency>();

/**
 * How many relaxations one look-up may spend. Any path found is a true bound, so stopping early
 * only loses tightness, never correctness.
 */
const SEARCH_LIMIT = 2_000;
const HUBS = new Set<Constraint["kind"]>(["last", "death", "cutoff", "published"]);

/**
 * The tightest `[min, max]` days from date `a` to date `b` that the network allows (`null` = open),
 * or `null` when they lie in different frames and nothing relates them. Stated offsets stay exact
 * through chains: "12 months after alectinib started" gives 11.5–12.5 months on alectinib even
 * when alectinib's own start is only bounded.
 */
export function offsetBetween(
  network: TemporalNetwork,
  a: ResolvedDate,
  b: ResolvedDate,
): [number | null, number | null] | null {
  const same = a.frame === b.frame;
  let min = same && b.earliest !== null && a.latest !== null ? b.earliest - a.latest : null;
  let max = same && b.latest !== null && a.earliest !== null ? b.latest - a.earliest : null;
  // Two exact days need no search: their bounds are already the answer.
  const exact =
    a.earliest !== null &&
    a.earliest === a.latest &&
    b.earliest !== null &&
    b.earliest === b.latest;
  if (a.key !== undefined && b.key !== undefined && !(same && exact)) {
    const adj = adjacencyOf(network);
    // Paths that avoid the calendar's origin: through it, the bounds above are already exact.
    const up = shortest(adj, a.key, b.key);
    const down = shortest(adj, b.key, a.key);
    if (up !== Infinity) max = max === null ? up : Math.min(max, up);
    if (down !== Infinity) min = min === null ? 0 - down : Math.max(min, 0 - down);
  }
  if (!same && min === null && max === null) return null;
  return [min, max];
}

function adjacencyOf(network: TemporalNetwork): Adjacency {
  const hit = cache.get(network);
  if (hit) return hit;
  const adj: Adjacency = new Map();
  const add = (u: string, v: string, w: number) => {
    const row = adj.get(u);
    if (row) row.push([v, w]);
    else adj.set(u, [[v, w]]);
  };
  for (const c of network.constraints) {
    // Hubs (a frame's last point, a death) tie every point to every other: paths through them
    // only repeat the bounds, and following them would visit the whole timeline per look-up.
    if (c.from === ORIGIN || c.to === ORIGIN || HUBS.has(c.kind)) continue;
    if (c.max !== null) add(c.from, c.to, c.max);
    if (c.min !== null) add(c.to, c.from, -c.min);
  }
  cache.set(network, adj);
  return adj;
}

/** Bellman–Ford from `src` with a work limit: the shortest path found (`Infinity` if none). */
function shortest(adj: Adjacency, src: string, dst: string): number {
  return distancesFrom(adj, src, SEARCH_LIMIT).get(dst) ?? Infinity;
}

/** Work one `offsetsFrom` may spend, per edge of the network (and at least `SEARCH_LIMIT`). */
const WORK_PER_EDGE = 20;

/**
 * The tightest `[min, max]` days from date `key` to every date the network relates to it (`null`
 * = open on that side), from one search each way: "day +15" after an infusion dated only "in 2019"
 * is 15 days after it, though both lie anywhere in 2019 on the calendar. Dates it does not reach
 * are left out. The search is bounded (any path found is a true bound), so a huge network only
 * loses tightness.
 */
export function offsetsFrom(
  network: TemporalNetwork,
  key: string,
): Map<string, [number | null, number | null]> {
  const adj = adjacencyOf(network);
  const limit = Math.max(SEARCH_LIMIT, WORK_PER_EDGE * network.constraints.length * 2);
  const up = distancesFrom(adj, key, limit);
  const down = distancesFrom(reversed(adj), key, limit);
  const out = new Map<string, [number | null, number | null]>();
  for (const [k, d] of up) out.set(k, [null, d]);
  for (const [k, d] of down) {
    const hit = out.get(k);
    if (hit) hit[0] = 0 - d;
    else out.set(k, [0 - d, null]);
  }
  return out;
}

/** The adjacency with every edge turned round: distances to a node instead of from it. */
function reversed(adj: Adjacency): Adjacency {
  const out: Adjacency = new Map();
  for (const [u, row] of adj)
    for (const [v, w] of row) {
      const back = out.get(v);
      if (back) back.push([u, w]);
      else out.set(v, [[u, w]]);
    }
  return out;
}

/** Queue-based Bellman–Ford from `src` within `limit` relaxations: every distance it found. */
function distancesFrom(adj: Adjacency, src: string, limit: number): Map<string, number> {
  const dist = new Map<string, number>([[src, 0]]);
  const queue = [src];
  const queued = new Set(queue);
  let work = 0;
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    queued.delete(u);
    const du = dist.get(u)!;
    for (const [v, w] of adj.get(u) ?? []) {
      if (++work > limit) return dist;
      const d = du + w;
      if (d < (dist.get(v) ?? Infinity)) {
        dist.set(v, d);
        if (!queued.has(v)) {
          queued.add(v);
          queue.push(v);
        }
      }
    }
  }
  return dist;
}

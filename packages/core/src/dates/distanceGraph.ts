import type { Constraint } from "./network.js";

/**
 * The distance graph of a Simple Temporal Problem in compressed rows: a constraint
 * `to − from ∈ [min, max]` gives the edge from→to of weight `max` and to→from of weight `−min`.
 * Nodes are numbered; `reverse` builds the transposed graph (for lower bounds).
 */
export interface DistanceGraph {
  n: number;
  head: Int32Array;
  to: Int32Array;
  weight: Float64Array;
  /** The constraint each edge comes from. */
  source: Int32Array;
}

export function distanceGraph(
  n: number,
  constraints: readonly Constraint[],
  /** Each constraint's end nodes (-1: a key that names no node; such a constraint is skipped). */
  from: Int32Array,
  to: Int32Array,
  active: Uint8Array,
  reverse = false,
): DistanceGraph {
  // Two passes over the constraints (count, then fill) keep this free of per-edge allocations.
  const head = new Int32Array(n + 1);
  let m = 0;
  for (let ci = 0; ci < constraints.length; ci++) {
    if (!active[ci] || from[ci]! < 0 || to[ci]! < 0) continue;
    const c = constraints[ci]!;
    if (c.max !== null) {
      head[(reverse ? to[ci]! : from[ci]!) + 1]!++;
      m++;
    }
    if (c.min !== null) {
      head[(reverse ? from[ci]! : to[ci]!) + 1]!++;
      m++;
    }
  }
  for (let i = 0; i < n; i++) head[i + 1]! += head[i]!;
  const fill = head.slice(0, n);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const source = new Int32Array(m);
  const put = (u: number, v: number, w: number, ci: number) => {
    const k = fill[u]!++;
    target[k] = v;
    weight[k] = w;
    source[k] = ci;
  };
  for (let ci = 0; ci < constraints.length; ci++) {
    if (!active[ci] || from[ci]! < 0 || to[ci]! < 0) continue;
    const c = constraints[ci]!;
    const a = from[ci]!;
    const b = to[ci]!;
    if (c.max !== null) put(reverse ? b : a, reverse ? a : b, c.max, ci);
    if (c.min !== null) put(reverse ? a : b, reverse ? b : a, -c.min, ci);
  }
  return { n, head, to: target, weight, source };
}

/** Shortest distances from `sources` (each at distance 0), or the constraints of a negative cycle. */
export type ShortestPaths = { ok: true; dist: Float64Array } | { ok: false; cycle: number[] };

/**
 * Queue-based Bellman–Ford (SPFA): near-linear on the chains and trees case reports produce,
 * never worse than O(n·m). A negative cycle means the statements contradict each other; its
 * constraints are returned instead of distances. A short cycle ahead of a long chain is found by
 * the predecessor check, not after n passes around it.
 */
export function shortestPaths(g: DistanceGraph, sources: readonly number[]): ShortestPaths {
  const { n, head, to, weight } = g;
  const dist = new Float64Array(n).fill(Infinity);
  const hops = new Int32Array(n);
  const pred = new Int32Array(n).fill(-1);
  const predNode = new Int32Array(n).fill(-1);
  const queued = new Uint8Array(n);
  let sinceCheck = 0;
  const queue = new Int32Array(n + 1);
  let qh = 0;
  let qt = 0;
  let size = 0;
  const push = (v: number) => {
    queue[qt] = v;
    qt = qt === n ? 0 : qt + 1;
    size++;
    queued[v] = 1;
  };
  for (const s of sources) {
    dist[s] = 0;
    if (!queued[s]) push(s);
  }
  while (size > 0) {
    const u = queue[qh]!;
    qh = qh === n ? 0 : qh + 1;
    size--;
    queued[u] = 0;
    const du = dist[u]!;
    for (let k = head[u]!; k < head[u + 1]!; k++) {
      const v = to[k]!;
      const d = du + weight[k]!;
      if (d < dist[v]!) {
        dist[v] = d;
        pred[v] = k;
        predNode[v] = u;
        hops[v] = hops[u]! + 1;
        if (hops[v]! >= n) return { ok: false, cycle: cycleThrough(g, pred, v) };
        // Every n improvements, look for a cycle among the predecessors (linear time, so the
        // checks cost no more than the improvements): one is a contradiction, found long before
        // some path reaches n steps, which can take about n passes over the network.
        if (++sinceCheck >= n) {
          sinceCheck = 0;
          const c = predecessorCycle(predNode);
          if (c >= 0) return { ok: false, cycle: cycleThrough(g, pred, c) };
        }
        if (!queued[v]) push(v);
      }
    }
  }
  return { ok: true, dist };
}

/**
 * A node on a cycle of the predecessor graph, or -1. In Bellman–Ford such a cycle is always of
 * negative weight (Cherkassky and Goldberg's "amortized search"); each node is walked once.
 */
function predecessorCycle(predNode: Int32Array): number {
  const walk = new Int32Array(predNode.length).fill(-1);
  for (let s = 0; s < predNode.length; s++) {
    let v = s;
    while (v >= 0 && walk[v] === -1) {
      walk[v] = s;
      v = predNode[v]!;
    }
    if (v >= 0 && walk[v] === s) return v;
  }
  return -1;
}

/** Walk predecessors from a node whose path is too long until a node repeats: that is the cycle. */
function cycleThrough(g: DistanceGraph, pred: Int32Array, start: number): number[] {
  const tail = (k: number) => {
    // The node an edge leaves from: the row it is stored in.
    let lo = 0;
    let hi = g.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (g.head[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const seen = new Map<number, number>();
  const path: number[] = [];
  let v = start;
  while (!seen.has(v) && pred[v]! >= 0) {
    seen.set(v, path.length);
    const k = pred[v]!;
    path.push(k);
    v = tail(k);
  }
  const from = seen.get(v) ?? 0;
  return [...new Set(path.slice(from).map((k) => g.source[k]!))];
}

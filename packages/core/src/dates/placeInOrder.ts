import type { Constraint } from "./network.js";

/**
 * Time points as numbered nodes with their solved windows: `lo`/`hi` per node (`NaN`: open on that
 * side), `has` marks the nodes that have a window at all. `order` lists the nodes to place, in
 * document order; `linked` marks the nodes whose constraints order the drawing (slots, not the
 * calendar's origin or bookkeeping points such as a frame's last date or the data cut-off).
 */
export interface NodeWindows {
  order: readonly number[];
  lo: Float64Array;
  hi: Float64Array;
  has: Uint8Array;
  linked: Uint8Array;
}

/** Relaxations spent narrowing windows after each placement, in all. */
const PROPAGATION_BUDGET = 2_000_000;

/**
 * A drawing position for every time point whose window is wider than a day, chosen so that every
 * constraint between points holds (what is stated after is never drawn before) and points known
 * only by their order spread through their common window in that order instead of piling up at
 * one edge. Each point sits at the fraction of its window given by how many points are stated
 * before and after it; points are then fixed in that order, each tightening its neighbours'
 * windows, so stated offsets and durations keep their length.
 *
 * These are positions for marks, never dates: nothing prints them. Returns a position per node
 * (`NaN` where none was chosen). `from`/`to` are the constraints' end nodes (-1: none).
 */
export function placeInOrder(
  w: NodeWindows,
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
): Float64Array {
  const n = w.lo.length;
  const at = new Float64Array(n).fill(NaN);
  const same = (i: number) => Object.is(w.lo[i], w.hi[i]) || w.lo[i] === w.hi[i];
  // Exact days are already fixed, and the solved windows already account for them.
  if (!w.order.some((k) => w.has[k] && !same(k))) return at;
  const links = orderLinks(w, constraints, from, to);
  const before = depths(w.order, n, links, constraints, from, to, false);
  const after = depths(w.order, n, links, constraints, from, to, true);
  const lo = new Float64Array(n).fill(-Infinity);
  const hi = new Float64Array(n).fill(Infinity);
  const desired = desiredPositions(w, before, after, lo, hi);
  const rows = adjacency(n, links, from, to);
  desired.sort((p, q) => p.d - q.d || p.b - q.b || p.i - q.i);
  fixInOrder(at, desired, lo, hi, rows, constraints, from, to);
  return at;
}

/** A point's wished position `d`, its count of points stated before `b`, its first-seen index `i`. */
interface Desired {
  k: number;
  d: number;
  b: number;
  i: number;
}

/** Each node's constraints in compressed rows: node `u`'s are `adjacent[head[u]…head[u + 1])`. */
interface Adjacency {
  head: Int32Array;
  adjacent: Int32Array;
}

/** Stage 1: the constraints whose both ends are linked nodes (they order the drawing). */
function orderLinks(
  w: NodeWindows,
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
): number[] {
  const links: number[] = [];
  for (let ci = 0; ci < constraints.length; ci++) {
    const a = from[ci]!;
    const b = to[ci]!;
    if (a >= 0 && b >= 0 && w.linked[a] && w.linked[b]) links.push(ci);
  }
  return links;
}

/**
 * Stage 2: seed `lo`/`hi` with the solved windows and wish every wide window's point at the
 * fraction of it given by the points stated before and after it.
 */
function desiredPositions(
  w: NodeWindows,
  before: Int32Array,
  after: Int32Array,
  lo: Float64Array,
  hi: Float64Array,
): Desired[] {
  const desired: Desired[] = [];
  for (const k of w.order) {
    if (!w.has[k]) continue;
    const wl = w.lo[k]!;
    const wh = w.hi[k]!;
    const hasLo = !Number.isNaN(wl);
    const hasHi = !Number.isNaN(wh);
    if (!hasLo && !hasHi) continue;
    if (hasLo) lo[k] = wl;
    if (hasHi) hi[k] = wh;
    if (hasLo && hasHi && wl === wh) continue;
    const b = before[k]!;
    const a = after[k]!;
    const f = (b + 1) / (a + b + 2);
    const d = hasLo && hasHi ? wl + f * (wh - wl) : hasLo ? wl : wh;
    desired.push({ k, d, b, i: desired.length });
  }
  return desired;
}

/**
 * Stage 3: each node's constraints in compressed rows, in constraint order (a constraint on one
 * node twice, from = to, is listed twice, as both ends).
 */
function adjacency(
  n: number,
  links: readonly number[],
  from: Int32Array,
  to: Int32Array,
): Adjacency {
  const head = new Int32Array(n + 1);
  for (const ci of links) {
    head[from[ci]! + 1]!++;
    head[to[ci]! + 1]!++;
  }
  for (let i = 0; i < n; i++) head[i + 1]! += head[i]!;
  const fill = head.slice(0, n);
  const adjacent = new Int32Array(head[n]!);
  for (const ci of links) {
    adjacent[fill[from[ci]!]!++] = ci;
    adjacent[fill[to[ci]!]!++] = ci;
  }
  return { head, adjacent };
}

/** Stage 4: fix the points in the sorted order, each narrowing the windows of those related to it. */
function fixInOrder(
  at: Float64Array,
  desired: readonly Desired[],
  lo: Float64Array,
  hi: Float64Array,
  { head, adjacent }: Adjacency,
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
): void {
  const placed = new Uint8Array(lo.length);
  let budget = PROPAGATION_BUDGET;
  const queue: number[] = [];
  for (const { k, d } of desired) {
    const l = lo[k]!;
    const h = hi[k]!;
    const t = Math.round(l > h ? l : Math.min(h, Math.max(l, d))) + 0; // + 0: never -0
    at[k] = t;
    placed[k] = 1;
    lo[k] = t;
    hi[k] = t;
    // Fixing one point narrows every point related to it, through chains too (bounded work; past
    // the budget only direct neighbours are narrowed).
    queue.length = 0;
    queue.push(k);
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      const ul = lo[u]!;
      const uh = hi[u]!;
      for (let e = head[u]!; e < head[u + 1]!; e++) {
        const ci = adjacent[e]!;
        const c = constraints[ci]!;
        const forward = from[ci] === u;
        const other = forward ? to[ci]! : from[ci]!;
        // to − from ∈ [min, max]
        const min = forward ? (c.min ?? -Infinity) : c.max === null ? -Infinity : -c.max;
        const max = forward ? (c.max ?? Infinity) : c.min === null ? Infinity : -c.min;
        const nl = ul + min;
        const nh = uh + max;
        let changed = false;
        if (nl > lo[other]!) {
          lo[other] = nl;
          changed = true;
        }
        if (nh < hi[other]!) {
          hi[other] = nh;
          changed = true;
        }
        if (changed && budget-- > 0 && !placed[other]) queue.push(other);
      }
    }
  }
}

/**
 * How many points are stated before each node (or after it, `reverse`): the longest chain of
 * "not before" statements leading to it. Statements of equality do not count as order.
 */
function depths(
  order: readonly number[],
  n: number,
  links: readonly number[],
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
  reverse: boolean,
): Int32Array {
  const inOrder = new Uint8Array(n);
  for (const k of order) inOrder[k] = 1;
  const indegree = new Int32Array(n);
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const edge = (a: number, b: number) => {
    if (!inOrder[a] || !inOrder[b] || a === b) return;
    const u = reverse ? b : a;
    const v = reverse ? a : b;
    edgeFrom.push(u);
    edgeTo.push(v);
    indegree[v]!++;
  };
  for (const ci of links) {
    const c = constraints[ci]!;
    if (c.min === 0 && c.max === 0) continue;
    if (c.min !== null && c.min >= 0) edge(from[ci]!, to[ci]!);
    else if (c.max !== null && c.max <= 0) edge(to[ci]!, from[ci]!);
  }
  const head = new Int32Array(n + 1);
  for (const u of edgeFrom) head[u + 1]!++;
  for (let i = 0; i < n; i++) head[i + 1]! += head[i]!;
  const fill = head.slice(0, n);
  const next = new Int32Array(edgeFrom.length);
  for (let e = 0; e < edgeFrom.length; e++) next[fill[edgeFrom[e]!]!++] = edgeTo[e]!;
  const depth = new Int32Array(n);
  const queue = order.filter((k) => indegree[k] === 0);
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    const du = depth[u]!;
    for (let e = head[u]!; e < head[u + 1]!; e++) {
      const v = next[e]!;
      if (du + 1 > depth[v]!) depth[v] = du + 1;
      if (--indegree[v]! === 0) queue.push(v);
    }
  }
  return depth;
}

import { ORIGIN, type Constraint } from "./network.js";

/** A time point's window in its frame; `null` sides are open. */
export interface Window {
  lo: number | null;
  hi: number | null;
}

const internal = (k: string) => k === ORIGIN || k.startsWith("$");

/**
 * A drawing position for every time point whose window is wider than a day, chosen so that every
 * constraint between points holds (what is stated after is never drawn before) and points known
 * only by their order spread through their common window in that order instead of piling up at
 * one edge. Each point sits at the fraction of its window given by how many points are stated
 * before and after it; points are then fixed in that order, each tightening its neighbours'
 * windows, so stated offsets and durations keep their length.
 *
 * These are positions for marks, never dates: nothing prints them.
 */
export function placeInOrder(
  keys: readonly string[],
  windows: ReadonlyMap<string, Window>,
  constraints: readonly Constraint[],
): Map<string, number> {
  const links = constraints.filter((c) => !internal(c.from) && !internal(c.to));
  const before = depths(keys, links, false);
  const after = depths(keys, links, true);
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  const desired: Array<[string, number]> = [];
  for (const k of keys) {
    const w = windows.get(k);
    if (!w || (w.lo === null && w.hi === null)) continue;
    if (w.lo !== null) lo.set(k, w.lo);
    if (w.hi !== null) hi.set(k, w.hi);
    const b = before.get(k) ?? 0;
    const a = after.get(k) ?? 0;
    const f = (b + 1) / (a + b + 2);
    desired.push([k, w.lo !== null && w.hi !== null ? w.lo + f * (w.hi - w.lo) : (w.lo ?? w.hi)!]);
  }
  const adjacent = new Map<string, Constraint[]>();
  for (const c of links)
    for (const k of [c.from, c.to]) {
      const row = adjacent.get(k);
      if (row) row.push(c);
      else adjacent.set(k, [c]);
    }
  const order = desired.map(([k, d], i) => ({ k, d, b: before.get(k) ?? 0, i }));
  order.sort((p, q) => p.d - q.d || p.b - q.b || p.i - q.i);
  const at = new Map<string, number>();
  for (const { k, d } of order) {
    const l = lo.get(k) ?? -Infinity;
    const h = hi.get(k) ?? Infinity;
    const t = Math.round(l > h ? l : Math.min(h, Math.max(l, d)));
    at.set(k, t);
    for (const c of adjacent.get(k) ?? []) {
      const other = c.from === k ? c.to : c.from;
      if (at.has(other)) continue;
      // to − from ∈ [min, max]
      const [min, max] =
        c.from === k
          ? [c.min, c.max]
          : [c.max === null ? null : -c.max, c.min === null ? null : -c.min];
      if (min !== null) lo.set(other, Math.max(lo.get(other) ?? -Infinity, t + min));
      if (max !== null) hi.set(other, Math.min(hi.get(other) ?? Infinity, t + max));
    }
  }
  return at;
}

/**
 * How many points are stated before each point (or after it, `reverse`): the longest chain of
 * "not before" statements leading to it. Statements of equality do not count as order.
 */
function depths(
  keys: readonly string[],
  links: readonly Constraint[],
  reverse: boolean,
): Map<string, number> {
  const next = new Map<string, string[]>();
  const indegree = new Map<string, number>(keys.map((k) => [k, 0]));
  const edge = (a: string, b: string) => {
    if (!indegree.has(a) || !indegree.has(b) || a === b) return;
    const [u, v] = reverse ? [b, a] : [a, b];
    const row = next.get(u);
    if (row) row.push(v);
    else next.set(u, [v]);
    indegree.set(v, indegree.get(v)! + 1);
  };
  for (const c of links) {
    if (c.min === 0 && c.max === 0) continue;
    if (c.min !== null && c.min >= 0) edge(c.from, c.to);
    else if (c.max !== null && c.max <= 0) edge(c.to, c.from);
  }
  const depth = new Map<string, number>();
  const queue = keys.filter((k) => indegree.get(k) === 0);
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    const du = depth.get(u) ?? 0;
    for (const v of next.get(u) ?? []) {
      depth.set(v, Math.max(depth.get(v) ?? 0, du + 1));
      const left = indegree.get(v)! - 1;
      indegree.set(v, left);
      if (left === 0) queue.push(v);
    }
  }
  return depth;
}

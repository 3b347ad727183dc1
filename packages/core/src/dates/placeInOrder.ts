import { ORIGIN, type Constraint } from "./network.js";

/** A time point's window in its frame; `null` sides are open. */
export interface Window {
  lo: number | null;
  hi: number | null;
}

const internal = (k: string) => k === ORIGIN || k.startsWith("$");

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
 * These are positions for marks, never dates: nothing prints them.
 */
export function placeInOrder(
  keys: readonly string[],
  windows: ReadonlyMap<string, Window>,
  constraints: readonly Constraint[],
): Map<string, number> {
  // Exact days are already fixed, and the solved windows already account for them.
  const open = keys.filter((k) => {
    const w = windows.get(k);
    return w !== undefined && w.lo !== w.hi;
  });
  if (open.length === 0) return new Map();
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
    if (w.lo === w.hi) continue;
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
  let budget = PROPAGATION_BUDGET;
  const tighten = (k: string, l: number, h: number): boolean => {
    const changed = l > (lo.get(k) ?? -Infinity) || h < (hi.get(k) ?? Infinity);
    if (l > (lo.get(k) ?? -Infinity)) lo.set(k, l);
    if (h < (hi.get(k) ?? Infinity)) hi.set(k, h);
    return changed;
  };
  for (const { k, d } of order) {
    const l = lo.get(k) ?? -Infinity;
    const h = hi.get(k) ?? Infinity;
    const t = Math.round(l > h ? l : Math.min(h, Math.max(l, d))) + 0; // + 0: never -0
    at.set(k, t);
    lo.set(k, t);
    hi.set(k, t);
    // Fixing one point narrows every point related to it, through chains too (bounded work; past
    // the budget only direct neighbours are narrowed).
    const queue = [k];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      const ul = lo.get(u) ?? -Infinity;
      const uh = hi.get(u) ?? Infinity;
      for (const c of adjacent.get(u) ?? []) {
        const other = c.from === u ? c.to : c.from;
        // to − from ∈ [min, max]
        const [min, max] =
          c.from === u
            ? [c.min ?? -Infinity, c.max ?? Infinity]
            : [c.max === null ? -Infinity : -c.max, c.min === null ? Infinity : -c.min];
        if (tighten(other, ul + min, uh + max) && budget-- > 0 && !at.has(other)) queue.push(other);
      }
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

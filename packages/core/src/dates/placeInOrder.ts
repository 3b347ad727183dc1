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
  /** Nodes drawn as early as their window allows (a diagnosis known by its relations). */
  early?: Uint8Array;
  /** Each node's frame (any numbering): spacing along an open side is chosen per frame. */
  frame?: Int32Array;
  /**
   * The latest day the told order's hints allow a node whose statements leave it open above (NaN:
   * none): a wish raised past the points stated before it stops there.
   */
  cap?: Float64Array;
  /**
   * Nodes that, bounded on neither side, are drawn by the placed points they are stated to follow
   * or precede (a lab value "before the radioligand therapy": values take no part in the told
   * order that places such events).
   */
  byNeighbours?: Uint8Array;
  /**
   * Nodes the source dates by the same words ("two months after the transplant" for the relapse,
   * the marrow count and the new diagnosis): a group number each (-1: none). A group is drawn at
   * one position, the middle of its members' wishes, where the constraints allow.
   */
  same?: Int32Array;
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
  // For the fraction of its window, counted only among points that may share it: one whose window ends
  // before this one's begins takes no room in it (a long history before "then re-irradiation",
  // all before the report's date, does not push it to that date).
  const nearBefore = depths(w.order, n, links, constraints, from, to, false, w);
  const nearAfter = depths(w.order, n, links, constraints, from, to, true, w);
  const lo = new Float64Array(n).fill(-Infinity);
  const hi = new Float64Array(n).fill(Infinity);
  const openStep = new Float64Array(n).fill(NaN);
  const open = openPositions(w, links, constraints, from, to, false, openStep);
  const openBelow = mirrored(openPositions(mirror(w), links, constraints, to, from, true));
  const desired = desiredPositions(w, before, nearBefore, nearAfter, lo, hi, open, openBelow);
  afterPredecessors(w, desired, open, links, constraints, from, to);
  offsetWishes(w, desired, links, constraints, from, to, nearAfter, openStep);
  const grouped = w.same ? sameWish(desired, w.same) : new Uint8Array(n);
  const rows = adjacency(n, links, from, to);
  desired.sort((p, q) => p.d - q.d || p.b - q.b || p.i - q.i);
  // Points whose window the statements leave open on a side: placed at a stated offset's middle
  // once the point it is stated from is placed ("5 years after the radiotherapy" sits 5 years
  // after where the radiotherapy is drawn, not at the earliest reading of the margin; a course
  // "for 15 months" ends 15 months after its drawn start, not at 14.5).
  const openSide = new Uint8Array(n);
  for (const k of w.order)
    if (w.has[k] && Number.isNaN(w.lo[k]!) !== Number.isNaN(w.hi[k]!)) openSide[k] = 1;
  // The room each point has in its own window, between the points stated around it.
  const step = new Float64Array(n).fill(NaN);
  for (const p of desired) {
    const k = p.k;
    if (!Number.isNaN(w.lo[k]!) && !Number.isNaN(w.hi[k]!))
      step[k] = (w.hi[k]! - w.lo[k]!) / (nearBefore[k]! + nearAfter[k]! + 2);
    // Open above: the told order's step past the last stated date.
    else step[k] = openStep[k]!;
  }
  // Points stated alike ("two months after the transplant") take, as one, the stated offset's
  // middle from where their anchor is drawn.
  for (let k = 0; k < n; k++) if (grouped[k]) openSide[k] = 1;
  fixInOrder(at, desired, lo, hi, rows, constraints, from, to, openSide, step, nearAfter, w.cap);
  placeByNeighbours(w, at, rows, constraints, from, to);
  return at;
}

/**
 * Stage 5: a point the statements bound on neither side but relate to placed points (a marker
 * value "before the radioligand therapy", whose own start is open above) is drawn by them: between
 * the latest point stated before it and the earliest stated after it, or a step before (after) the
 * one side there is. Still no date: its window stays open both ways.
 */
function placeByNeighbours(
  w: NodeWindows,
  at: Float64Array,
  { head, adjacent }: Adjacency,
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
): void {
  if (!w.byNeighbours) return;
  for (const k of w.order) {
    if (!w.byNeighbours[k] || !w.has[k] || !Number.isNaN(at[k]!)) continue;
    if (!Number.isNaN(w.lo[k]!) || !Number.isNaN(w.hi[k]!)) continue;
    let lower = -Infinity;
    let upper = Infinity;
    for (let e = head[k]!; e < head[k + 1]!; e++) {
      const ci = adjacent[e]!;
      const c = constraints[ci]!;
      const forward = from[ci] === k;
      const other = forward ? to[ci]! : from[ci]!;
      const p = at[other]!;
      if (Number.isNaN(p)) continue;
      // other − k ∈ [min, max] (forward) or k − other ∈ [min, max] (backward).
      const min = forward ? (c.max === null ? -Infinity : -c.max) : (c.min ?? -Infinity);
      const max = forward ? (c.min === null ? Infinity : -c.min) : (c.max ?? Infinity);
      lower = Math.max(lower, p + min);
      upper = Math.min(upper, p + max);
    }
    // Neighbours that disagree (a value listed after one placed later than its own bound): no
    // place satisfies both, and none is drawn.
    if (lower > upper) continue;
    const t =
      Number.isFinite(lower) && Number.isFinite(upper)
        ? (lower + upper) / 2
        : Number.isFinite(upper)
          ? upper - MIN_OPEN_STEP
          : Number.isFinite(lower)
            ? lower + MIN_OPEN_STEP
            : NaN;
    if (!Number.isNaN(t)) at[k] = Math.round(t) + 0;
  }
}

/**
 * Every member of a group of `same` gets the median of the group's wishes. Returns the members of
 * groups of two or more, which take the stated offset's middle instead once their anchor is placed.
 */
function sameWish(desired: Desired[], same: Int32Array): Uint8Array {
  const grouped = new Uint8Array(same.length);
  const groups = new Map<number, Desired[]>();
  for (const p of desired) {
    const g = same[p.k]!;
    if (g < 0) continue;
    const list = groups.get(g);
    if (list) list.push(p);
    else groups.set(g, [p]);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ds = members.map((p) => p.d).sort((a, b) => a - b);
    const m = ds.length >> 1;
    const d = ds.length % 2 ? ds[m]! : (ds[m - 1]! + ds[m]!) / 2;
    for (const p of members) {
      p.d = d;
      grouped[p.k] = 1;
    }
  }
  return grouped;
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
  nearBefore: Int32Array,
  nearAfter: Int32Array,
  lo: Float64Array,
  hi: Float64Array,
  open: Float64Array | null,
  openBelow: Float64Array | null,
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
    const f = (nearBefore[k]! + 1) / (nearAfter[k]! + nearBefore[k]! + 2);
    // Open above: a step past the known bound for each point stated between them, so points
    // known only as "after" it keep their order instead of piling up on the bound (the first of
    // them stays on it).
    // Open below, the same backwards: a step before the bound for each point stated between them
    // ("diagnosis, then neoadjuvant chemotherapy, then surgery", all before a dated relapse).
    const d =
      hasLo && hasHi
        ? w.early?.[k]
          ? wl
          : wl + f * (wh - wl)
        : hasLo
          ? Math.max(wl, open?.[k] ?? wl)
          : Math.min(wh, Number.isNaN(openBelow?.[k] ?? NaN) ? wh : openBelow![k]!);
    desired.push({ k, d, b, i: desired.length });
  }
  return desired;
}

/**
 * Stage 2b: a point open above ("then consolidation", with nothing stated after its end) is wished
 * no earlier than any point stated before it is wished: its solved bound is the earliest reading
 * of the whole chain before it, and fixed there it would pull that chain back onto one day. Past
 * an open predecessor it keeps its step. Points are visited by how many are stated before them,
 * so a wish passes down a chain.
 */
function afterPredecessors(
  w: NodeWindows,
  desired: Desired[],
  open: Float64Array | null,
  links: readonly number[],
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
): void {
  const n = w.lo.length;
  const openAbove = (k: number) => !Number.isNaN(w.lo[k]!) && Number.isNaN(w.hi[k]!);
  if (!desired.some((p) => openAbove(p.k))) return;
  const wish = new Float64Array(n).fill(NaN);
  for (const p of desired) wish[p.k] = p.d;
  // Each open point's predecessors, in compressed rows.
  const head = new Int32Array(n + 1);
  const pairs: number[] = [];
  for (const ci of links) {
    const c = constraints[ci]!;
    if (c.min === 0 && c.max === 0) continue;
    const [a, b] =
      c.min !== null && c.min >= 0
        ? [from[ci]!, to[ci]!]
        : c.max !== null && c.max <= 0
          ? [to[ci]!, from[ci]!]
          : [-1, -1];
    if (a < 0 || a === b || !openAbove(b)) continue;
    pairs.push(a, b);
    head[b + 1]!++;
  }
  for (let i = 0; i < n; i++) head[i + 1]! += head[i]!;
  const fill = head.slice(0, n);
  const pred = new Int32Array(pairs.length / 2);
  for (let e = 0; e < pairs.length; e += 2) pred[fill[pairs[e + 1]!]!++] = pairs[e]!;
  const byDepth = [...desired].sort((p, q) => p.b - q.b || p.i - q.i);
  for (const p of byDepth) {
    if (!openAbove(p.k)) continue;
    for (let e = head[p.k]!; e < head[p.k + 1]!; e++) {
      // Past an open predecessor, the step between their open positions is kept.
      const q = pred[e]!;
      const step = open ? open[p.k]! - open[q]! : NaN;
      const v = wish[q]! + (step > 0 ? step : 0);
      if (v > p.d) p.d = v;
    }
    const cap = w.cap?.[p.k] ?? NaN;
    if (cap < p.d) p.d = Math.max(cap, w.lo[p.k]!);
    wish[p.k] = p.d;
  }
}

/**
 * Stage 2c: a point stated at an offset from another ("one year of follow-up after the last
 * cycle", "5 cycles of 14 days") is wished at the offset's middle from where that point is wished,
 * not at the fraction of its window the order gives: its window is the whole margin of the
 * offset, and points stated between it and its anchor would otherwise pull it to the margin's far
 * end. Visited by how many points are stated before them, so a wish passes down a chain.
 */
function offsetWishes(
  w: NodeWindows,
  desired: Desired[],
  links: readonly number[],
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
  nearAfter: Int32Array,
  openStep: Float64Array,
): void {
  const n = w.lo.length;
  const wish = new Float64Array(n).fill(NaN);
  for (const p of desired) wish[p.k] = p.d;
  const into: number[][] = [];
  let any = false;
  for (const ci of links) {
    const c = constraints[ci]!;
    const k = to[ci]!;
    if (k === from[ci] || k < 0 || from[ci]! < 0) continue;
    const stated = middleOf(c) !== null;
    // Order links (min ≥ 0) too: a point moved later lifts those stated after it.
    if (!stated && !(c.min !== null && c.min >= 0)) continue;
    (into[k] ??= []).push(ci);
    any ||= stated;
  }
  if (!any) return;
  const moved = new Uint8Array(n);
  for (const p of [...desired].sort((a, b) => a.b - b.b || a.i - b.i)) {
    const k = p.k;
    for (const ci of into[k] ?? []) {
      const c = constraints[ci]!;
      const a = from[ci]!;
      const anchor = wish[a]!;
      if (Number.isNaN(anchor)) continue;
      const middle = middleOf(c);
      if (middle !== null) {
        let d = anchor + middle;
        if (d < w.lo[k]!) d = w.lo[k]!;
        if (d > w.hi[k]!) d = w.hi[k]!;
        if (d !== p.d) moved[k] = 1;
        p.d = d;
      } else if (moved[a] && p.d < anchor + 1) {
        // Stated after a point moved past it: a step into the room left, as `fixInOrder` does.
        // Open above, the room is up to its cap (the report's date), if any.
        const open = Number.isNaN(w.hi[k]!);
        const h = open ? (w.cap?.[k] ?? NaN) : w.hi[k]!;
        const room = h > anchor ? (h - anchor) / (nearAfter[k]! + 2) : 0;
        p.d = anchor + (open ? Math.min(openStep[k]! || 0, room || Infinity) : room);
        moved[k] = 1;
      }
      wish[k] = p.d;
    }
  }
}

/**
 * Where a stated offset, duration or count of cycles puts `to` from `from`, in days: its `about`,
 * else the middle of its bounds; null for an order alone or an offset open on a side.
 */
function middleOf(c: Constraint): number | null {
  if (c.about !== undefined) return c.about;
  if (c.kind !== "offset" && c.kind !== "duration" && c.kind !== "cycles") return null;
  return c.min === null || c.max === null ? null : (c.min + c.max) / 2;
}

/** The fewest days between two points known only by order past the last stated date. */
const MIN_OPEN_STEP = 30;

/**
 * Wished positions for points whose window is open above ("then nivolumab", "subsequently",
 * "ultimately", with nothing stated later; `NaN` elsewhere), so that they keep the order stated
 * among them instead of piling up on their known bound: each sits at its bound or a step past
 * every such point stated before it, whichever is later. The step is chosen per frame so that
 * the longest such chain takes about a quarter of what the frame's known windows span, and never
 * less than `MIN_OPEN_STEP` days. Points stated equal (an ongoing end and the data cut-off, a
 * last follow-up on it) share a position, and an ongoing end sits a step past every point its
 * frame's last point bounds. These are drawing positions, never dates; a window open below only
 * ("before the surgery") stays at its bound, where baseline work-ups belong.
 */
/**
 * The windows seen backwards in time (day `t` as `-t`): open below becomes open above, so
 * `openPositions` on them, with every constraint's ends swapped, spaces points open below.
 */
function mirror(w: NodeWindows): NodeWindows {
  return { ...w, lo: w.hi.map((v) => -v), hi: w.lo.map((v) => -v) };
}

/** Positions found on mirrored windows, back on the calendar. */
function mirrored(at: Float64Array | null): Float64Array | null {
  return at && at.map((v) => -v);
}

function openPositions(
  w: NodeWindows,
  links: readonly number[],
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
  backwards = false,
  /** Filled with each open point's step (days), when given. */
  steps?: Float64Array,
): Float64Array | null {
  const n = w.lo.length;
  const upper: number[] = [];
  for (const k of w.order)
    if (w.has[k] && !Number.isNaN(w.lo[k]!) && Number.isNaN(w.hi[k]!)) upper.push(k);
  if (!upper.length) return null;
  const chain = openChains(upper, n, links, constraints, from, to, backwards);
  const { find, topo, head, next, depth } = chain;
  // Per frame: the known windows' extent and the longest open chain.
  const frameOf = (k: number) => w.frame?.[k] ?? 0;
  const extent = new Map<number, { lo: number; hi: number; deep: number }>();
  const of = (f: number) => {
    let e = extent.get(f);
    if (!e) extent.set(f, (e = { lo: Infinity, hi: -Infinity, deep: 0 }));
    return e;
  };
  for (const k of w.order) {
    if (!w.has[k]) continue;
    const e = of(frameOf(k));
    for (const v of [w.lo[k]!, w.hi[k]!])
      if (!Number.isNaN(v)) {
        e.lo = Math.min(e.lo, v);
        e.hi = Math.max(e.hi, v);
      }
  }
  for (const k of upper) of(frameOf(k)).deep = Math.max(of(frameOf(k)).deep, depth[find(k)]!);
  const step = (k: number) => {
    const e = extent.get(frameOf(k));
    if (!e || !e.deep) return MIN_OPEN_STEP;
    return Math.max(MIN_OPEN_STEP, (e.hi >= e.lo ? e.hi - e.lo : 0) / 4 / e.deep);
  };
  // Each class at its latest known bound, then a step past each class stated before it.
  const pos = new Float64Array(n).fill(-Infinity);
  for (let k = 0; k < n; k++)
    if (!Number.isNaN(w.lo[k]!)) pos[find(k)] = Math.max(pos[find(k)]!, w.lo[k]!);
  for (const u of topo) {
    if (pos[u] === -Infinity) continue;
    for (let e = head[u]!; e < head[u + 1]!; e++) {
      const v = next[e]!;
      pos[v] = Math.max(pos[v]!, pos[u]! + step(u));
    }
  }
  const out = new Float64Array(n).fill(NaN);
  for (const k of upper) if (Number.isFinite(pos[find(k)]!)) out[k] = pos[find(k)]!;
  if (steps) for (const k of upper) steps[k] = step(k);
  return out;
}

/**
 * The order stated among open-above points (`upper`), as a graph of classes of points stated
 * equal (union–find), in topological order, with each class's depth (how many classes are stated
 * before it). The frame's last point, which orders nothing drawn, is kept as a class so that an
 * ongoing end, drawn on it, comes after every point it bounds.
 */
function openChains(
  upper: readonly number[],
  n: number,
  links: readonly number[],
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
  backwards: boolean,
) {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const used: number[] = [...links];
  for (let ci = 0; ci < constraints.length; ci++) {
    const c = constraints[ci]!;
    const a = from[ci]!;
    const b = to[ci]!;
    if (a < 0 || b < 0) continue;
    // An ongoing end is drawn at its frame's last point (it runs on past it).
    // Seen backwards (points open below), only equality joins points: the frame's last point
    // and an ongoing end lie on the other side.
    if ((c.min === 0 && c.max === 0) || (!backwards && c.kind === "ongoing"))
      parent[find(a)] = find(b);
    else if (!backwards && c.kind === "last") used.push(ci);
  }
  const open = new Uint8Array(n);
  for (const k of upper) open[find(k)] = 1;
  for (const ci of used) if (constraints[ci]!.kind === "last") open[find(to[ci]!)] = 1;
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const indegree = new Int32Array(n);
  for (const ci of used) {
    const c = constraints[ci]!;
    let a = find(from[ci]!);
    let b = find(to[ci]!);
    if (a === b || !open[a] || !open[b]) continue;
    if (c.max !== null && c.max <= 0 && !(c.min !== null && c.min >= 0)) [a, b] = [b, a];
    else if (c.min === null || c.min < 0) continue;
    edgeFrom.push(a);
    edgeTo.push(b);
    indegree[b]!++;
  }
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (open[i] && find(i) === i && indegree[i] === 0) starts.push(i);
  const { depth, topo, head, next } = longestChains(n, edgeFrom, edgeTo, indegree, starts);
  return { find, topo, head, next, depth };
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
  openSide: Uint8Array,
  step: Float64Array,
  nearAfter: Int32Array,
  cap: Float64Array | undefined,
): void {
  const placed = new Uint8Array(lo.length);
  const nominal = new Float64Array(lo.length).fill(NaN);
  let budget = PROPAGATION_BUDGET;
  const queue: number[] = [];
  for (const { k, d: wish } of desired) {
    const l = lo[k]!;
    const h = hi[k]!;
    let d = !Number.isNaN(nominal[k]!) ? nominal[k]! : wish;
    // Pushed past its wish by the points placed before it (a chain told after a late-placed
    // event): one step into the room left, shared with the points stated after it, rather than
    // piled on the day its predecessor was drawn at. Never a longer step than its own window gave.
    if (d < l - 1 && !Number.isNaN(step[k]!)) {
      const top = h < Infinity ? h : (cap?.[k] ?? NaN);
      d = l + (top > l ? Math.min((top - l) / (nearAfter[k]! + 2), step[k]!) : step[k]!);
    }
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
        if (q === 0 && Number.isNaN(nominal[other]!)) {
          const middle = middleOf(c);
          if (middle !== null) nominal[other] = ul + (forward ? middle : -middle);
        }
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
 * "not before" statements leading to it. Statements of equality do not count as order. With
 * `sharing`, a statement counts only between points whose windows may overlap.
 */
function depths(
  order: readonly number[],
  n: number,
  links: readonly number[],
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
  reverse: boolean,
  sharing?: NodeWindows,
): Int32Array {
  const inOrder = new Uint8Array(n);
  for (const k of order) inOrder[k] = 1;
  const indegree = new Int32Array(n);
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  // With `sharing`: only a point that may lie inside the other's window counts (`a` before `b`:
  // `a`'s window reaches past `b`'s earliest day).
  const apart = (a: number, b: number) => {
    if (!sharing) return false;
    const ah = sharing.hi[a]!;
    const bl = sharing.lo[b]!;
    return !Number.isNaN(ah) && !Number.isNaN(bl) && ah <= bl;
  };
  const edge = (a: number, b: number) => {
    if (!inOrder[a] || !inOrder[b] || a === b || apart(a, b)) return;
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
  return longestChains(
    n,
    edgeFrom,
    edgeTo,
    indegree,
    order.filter((k) => indegree[k] === 0),
  ).depth;
}

/**
 * Kahn's topological order over the edges `edgeFrom[e] → edgeTo[e]` (`indegree` counts them per
 * node and is used up), from the nodes `starts`, with each node's depth: the longest chain of edges
 * leading to it. A cycle reached from outside is entered at its first node reached; one never
 * reached stays out of `topo` (depth 0). `head`/`next` are the
 * edges in compressed rows: node `u`'s successors are `next[head[u]…head[u + 1])`.
 */
function longestChains(
  n: number,
  edgeFrom: readonly number[],
  edgeTo: readonly number[],
  indegree: Int32Array,
  starts: number[],
): { depth: Int32Array; topo: number[]; head: Int32Array; next: Int32Array } {
  const head = new Int32Array(n + 1);
  for (const u of edgeFrom) head[u + 1]!++;
  for (let i = 0; i < n; i++) head[i + 1]! += head[i]!;
  const fill = head.slice(0, n);
  const next = new Int32Array(edgeFrom.length);
  for (let e = 0; e < edgeFrom.length; e++) next[fill[edgeFrom[e]!]!++] = edgeTo[e]!;
  const depth = new Int32Array(n);
  const topo = starts;
  // Reached but still waiting on a predecessor: when every node left waits, they lie on a cycle of
  // "not before" statements (points stated equal: "a PET after the chemotherapy's end", "the
  // progression told after the PET", "the chemotherapy stopped at the progression"), and the walk
  // enters it at the first reached, so that the order after it is still walked.
  const waiting: number[] = [];
  for (let h = 0, w = 0; ; h++) {
    if (h === topo.length) {
      while (w < waiting.length && indegree[waiting[w]!]! <= 0) w++;
      if (w === waiting.length) break;
      indegree[waiting[w]!] = 0;
      topo.push(waiting[w]!);
    }
    const u = topo[h]!;
    const du = depth[u]!;
    for (let e = head[u]!; e < head[u + 1]!; e++) {
      const v = next[e]!;
      if (du + 1 > depth[v]!) depth[v] = du + 1;
      const left = --indegree[v]!;
      if (left === 0) topo.push(v);
      else if (left > 0) waiting.push(v);
    }
  }
  return { depth, topo, head, next };
}

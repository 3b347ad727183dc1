import type { DateInput } from "../model/dateInput.js";
import type { TimelineDocument } from "../model/timeline.js";
import type { IssueList } from "../validate/issue.js";
import { collectDateSlots, CUTOFF_KEY, type DateSlot, type EdgeKeys } from "./dateSlots.js";
import { distanceGraph, shortestPaths } from "./distanceGraph.js";
import { explainConflict, pickToDrop } from "./explainConflict.js";
import { CALENDAR, findFrames, frameBounds, type Frames } from "./frames.js";
import { ORIGIN, type Constraint, type TemporalNetwork } from "./network.js";
import { placeInOrder } from "./placeInOrder.js";
import { toldOrder } from "./toldOrder.js";
import type { DatePrecision, ResolvedDate } from "./resolvedDate.js";
import { statedConstraints } from "./statedConstraints.js";

/** Every date of a document resolved, by slot key, plus each id's edge slots and the network. */
export interface ResolvedDates {
  byKey: Map<string, ResolvedDate>;
  edges: Map<string, EdgeKeys>;
  slots: DateSlot[];
  network: TemporalNetwork;
  /**
   * Contradictions, one per conflict. `implied` ones broke an order the model implies (an end
   * before its start, a change outside its course, an event after death): the chronology check
   * words those better when it can see them.
   */
  conflicts: Array<{ path: string; message: string; implied: boolean }>;
}

const IMPLIED = new Set<Constraint["kind"]>(["course", "inside", "death"]);

/** At most this many contradictions are reported; past it the rest are summarized. */
const MAX_CONFLICTS = 20;
const STATED = new Set<Constraint["kind"]>([
  "date",
  "offset",
  "after",
  "before",
  "duration",
  "stopped-by",
]);

/**
 * Resolve every date of a schema-valid document as one Simple Temporal Problem: each date-bearing
 * field is a time point, each statement a constraint, and shortest paths on the distance graph give
 * every point the tightest window all statements allow together, so bounds flow both ways.
 * Contradictions are reported once each, naming what each side said; a date that cannot be
 * resolved stays open rather than guessed.
 */
export function resolveDates(
  doc: TimelineDocument,
  issues: IssueList,
  /** Ids of events that failed validation: anchors on them resolve as unknown, silently. */
  malformed: ReadonlySet<string> = new Set(),
): ResolvedDates {
  const { slots, edges } = collectDateSlots(doc);
  const stated = statedConstraints(doc, { slots, edges, malformed }, issues);
  // Time points are numbered once (0 the origin, then the slots, then each frame's last point);
  // everything after works on integer arrays.
  const keys = [ORIGIN];
  const index = new Map<string, number>([[ORIGIN, 0]]);
  for (const s of slots) {
    index.set(s.key, keys.length);
    keys.push(s.key);
  }
  const statedEnds = endNodes(stated, index);
  const frames = findFrames(slots.length, stated, statedEnds.from, statedEnds.to);
  const bounds = frameBounds(doc, slots, edges, frames, (k) => index.get(k));
  for (const k of bounds.lastKeys) {
    index.set(k, keys.length);
    keys.push(k);
  }
  const constraints = [...stated, ...bounds.constraints];
  const ends = endNodes(constraints, index);
  const calendar = (k: string) => {
    const i = index.get(k);
    return i !== undefined && i > 0 && i <= slots.length && frames.frameOf[i] === CALENDAR;
  };
  const { latest, earliest, active, conflicts } = solve(
    keys.length,
    index,
    constraints,
    ends,
    [0, ...frames.roots],
    calendar,
    issues,
  );
  const kept: number[] = [];
  for (let i = 0; i < constraints.length; i++) if (active[i]) kept.push(i);
  const network: TemporalNetwork = { constraints: kept.map((i) => constraints[i]!) };
  const keptEnds = {
    from: Int32Array.from(kept, (i) => ends.from[i]!),
    to: Int32Array.from(kept, (i) => ends.to[i]!),
  };
  const bySlot = resolvedSlots(slots, frames, network.constraints, keptEnds, earliest, latest);
  markReportBound(doc, bySlot, network.constraints);
  const causes = causalHints(doc, edges, index);
  const told = toldWindows(slots, frames, index, network.constraints, keptEnds, bySlot, causes);
  placeDates(slots, keys.length, bySlot, told ?? { ...network, ...keptEnds });
  if (told?.inOrder) network.toldInOrder = true;
  const byKey = new Map<string, ResolvedDate>();
  slots.forEach((s, i) => byKey.set(s.key, bySlot[i]!));
  return { byKey, edges, slots, network, conflicts };
}

/**
 * Dates whose only upper bound is the report's publication (`byReport`): known by the order or by
 * a bound below, with nothing dated after them.
 */
function markReportBound(
  doc: TimelineDocument,
  bySlot: ResolvedDate[],
  constraints: readonly Constraint[],
): void {
  const report = constraints.find((c) => c.kind === "published")?.max ?? null;
  if (report === null) return;
  const ongoingEnds = new Set(
    doc.events
      .filter((e) => "ongoing" in e && e.ongoing === true)
      .flatMap((e) => [`${e.id}.start`, `${e.id}.end`]),
  );
  for (const d of bySlot)
    if (
      d.frame === null &&
      d.latest === report &&
      d.earliest !== report &&
      // An ongoing course runs to the report: its start and end keep their windows.
      !(d.key !== undefined && ongoingEnds.has(d.key)) &&
      // Known by order alone: a date stated at an offset ("36 months later") keeps its window.
      (d.precision === "bounded" || d.precision === "unknown")
    )
      d.byReport = true;
}

/** The nodes at both ends of each constraint (-1 for a key that names no time point). */
function endNodes(
  constraints: readonly Constraint[],
  index: ReadonlyMap<string, number>,
): { from: Int32Array; to: Int32Array } {
  const from = new Int32Array(constraints.length);
  const to = new Int32Array(constraints.length);
  constraints.forEach((c, i) => {
    from[i] = index.get(c.from) ?? -1;
    to[i] = index.get(c.to) ?? -1;
  });
  return { from, to };
}

/** Consistency first (dropping one constraint per contradiction), then upper and lower bounds. */
function solve(
  n: number,
  index: ReadonlyMap<string, number>,
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
  /** The calendar's origin and every frame's root. */
  sources: readonly number[],
  calendar: (key: string) => boolean,
  issues: IssueList,
): {
  earliest: Float64Array;
  latest: Float64Array;
  active: Uint8Array;
  conflicts: ResolvedDates["conflicts"];
} {
  const active = new Uint8Array(constraints.length).fill(1);
  const conflicts: Conflict[] = [];
  for (;;) {
    const bounds = boundsIfConsistent(n, constraints, ends, sources, active);
    if (bounds.ok) {
      const { earliest, latest } = bounds;
      const explained = explainConflicts(constraints, conflicts, index, calendar, bounds);
      return { earliest, latest, active, conflicts: explained };
    }
    dropForCycle(constraints, bounds.cycle, active, conflicts, issues);
  }
}

/** A contradiction found, and the constraint dropped to resolve it. */
interface Conflict {
  cycle: number[];
  dropped: number;
}

/**
 * Frames are disjoint, so one pass from the calendar's origin and every frame's root at once gives
 * each point its window in its own frame: upper bounds forward, lower bounds backward. The bounds,
 * or the cycle of the first contradiction found.
 */
function boundsIfConsistent(
  n: number,
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
  sources: readonly number[],
  active: Uint8Array,
): { ok: true; earliest: Float64Array; latest: Float64Array } | { ok: false; cycle: number[] } {
  const g = distanceGraph(n, constraints, ends.from, ends.to, active);
  const fwd = shortestPaths(g, sources);
  const back = fwd.ok
    ? shortestPaths(distanceGraph(n, constraints, ends.from, ends.to, active, true), sources)
    : fwd;
  // Points neither pass reached relate to their frame only loosely; check them among themselves.
  const rest = fwd.ok && back.ok ? shortestPaths(g, unreached(fwd.dist, back.dist)) : back;
  if (fwd.ok && back.ok && rest.ok)
    return {
      ok: true,
      latest: fwd.dist as Float64Array<ArrayBuffer>,
      earliest: back.dist.map((d) => 0 - d) as Float64Array<ArrayBuffer>,
    };
  return {
    ok: false,
    cycle: !fwd.ok ? fwd.cycle : !back.ok ? back.cycle : !rest.ok ? rest.cycle : [],
  };
}

/** Resolve one contradiction: drop a constraint of its cycle (past too many, all but the dates). */
function dropForCycle(
  constraints: readonly Constraint[],
  cycle: number[],
  active: Uint8Array,
  conflicts: Conflict[],
  issues: IssueList,
): void {
  if (conflicts.length === MAX_CONFLICTS) {
    // Past this many, keep only the calendar dates themselves: bounded work for any input.
    issues.error("", `more than ${MAX_CONFLICTS} contradictions between dates; fix these first`);
    constraints.forEach((c, i) => (active[i] = c.kind === "date" ? active[i]! : 0));
    conflicts.push({ cycle, dropped: pickToDrop(constraints, cycle) });
    return;
  }
  const dropped = pickToDrop(constraints, cycle);
  conflicts.push({ cycle, dropped });
  active[dropped] = 0;
  // A date whose own statements contradict each other ("after June but before March") is set
  // aside whole: it stays open rather than keeping half of what it said.
  const own = constraints[dropped]!.path;
  if (
    STATED.has(constraints[dropped]!.kind) &&
    cycle.every((i) => constraints[i]!.path === own || !STATED.has(constraints[i]!.kind))
  )
    constraints.forEach((c, i) => {
      if (c.path === own && STATED.has(c.kind)) active[i] = 0;
    });
}

/** Each contradiction explained, with the calendar windows the solution gives its dates. */
function explainConflicts(
  constraints: readonly Constraint[],
  conflicts: readonly Conflict[],
  index: ReadonlyMap<string, number>,
  calendar: (key: string) => boolean,
  { earliest, latest }: { earliest: Float64Array; latest: Float64Array },
): ResolvedDates["conflicts"] {
  return conflicts.slice(0, MAX_CONFLICTS).map((c) => ({
    ...explainConflict(constraints, c.cycle, c.dropped, (k) => {
      const i = index.get(k);
      return i === undefined || !calendar(k) ? null : [earliest[i]!, latest[i]!];
    }),
    implied: IMPLIED.has(constraints[c.dropped]!.kind),
  }));
}

/** Constraints for placing dates, with their end nodes, and optionally narrower windows. */
interface Placing {
  constraints: readonly Constraint[];
  from: Int32Array;
  to: Int32Array;
  /** Windows with the told order's hints (per node; `±Infinity`: open); else the resolved ones. */
  earliest?: Float64Array;
  latest?: Float64Array;
  /** The events' told order is among the hints (every statement allows it). */
  inOrder?: boolean;
}

/**
 * The network with the order the document tells its events in (`toldOrder`), when its statements
 * allow every hint together; `undefined` when they do not, or when every date is exact.
 */
function toldWindows(
  slots: readonly DateSlot[],
  frames: Frames,
  index: ReadonlyMap<string, number>,
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
  bySlot: readonly ResolvedDate[],
  causes: readonly Constraint[],
): Placing | undefined {
  if (bySlot.every((d) => d.earliest === d.latest)) return undefined;
  const told = toldOrder(slots, frames.frameOf);
  // Every hint together; else without the causes (one the dates contradict voids no told order),
  // else the series and the causes (a list grouped by kind voids the events' order, not these),
  // else the series alone; with a flashback told first, first the rest of the told order without
  // its hint. At most six solves.
  const tries: Array<{ hints: Constraint[]; inOrder: boolean }> = [
    { hints: [...told.events, ...told.series, ...causes], inOrder: told.events.length > 0 },
  ];
  if (causes.length && told.events.length)
    tries.push({ hints: [...told.events, ...told.series], inOrder: true });
  if (told.events.length && causes.length)
    tries.push({ hints: [...told.series, ...causes], inOrder: false });
  // An event told out of time order ("admitted in November 2021", then "pain since five months
  // before") loses its own hint only, when the others still hold together: it no longer voids the
  // order of the rest of the story.
  const kept = withoutFlashbacks(told.events, index, bySlot, constraints, ends);
  if (kept.length && kept.length < told.events.length) {
    tries.splice(
      causes.length ? 2 : 1,
      0,
      ...(causes.length ? [{ hints: [...kept, ...told.series, ...causes], inOrder: true }] : []),
      { hints: [...kept, ...told.series], inOrder: true },
    );
  }
  if ((told.events.length || causes.length) && told.series.length)
    tries.push({ hints: told.series, inOrder: false });
  for (const t of tries) {
    const placing = hinted(t.hints, index, constraints, ends, bySlot, frames);
    if (placing) return t.inOrder ? { ...placing, inOrder: true } : placing;
  }
  return undefined;
}

/** Adverse-event actions taken on the course it is attributed to, while it was given. */
const ACTS_ON_COURSE = new Set(["held", "dose-reduced", "discontinued"]);

/**
 * What the document says caused what, as hints for drawing: a dose change made because of an
 * adverse event (`modifications[].adverseEvents`) is drawn no earlier than the event began, and
 * the event no later than the course's end (so is one whose `action` held, reduced or stopped the
 * course it is attributed to: the immune-related event that ended pembrolizumab after ten cycles
 * is not drawn after pembrolizumab); a therapy started because of a progression or resistance
 * (`basedOn`) no earlier than it. Like the told order they move drawing positions only, and only
 * when the statements allow them all.
 */
function causalHints(
  doc: TimelineDocument,
  edges: ReadonlyMap<string, EdgeKeys>,
  index: ReadonlyMap<string, number>,
): Constraint[] {
  const out: Constraint[] = [];
  const after = (from: string | undefined, to: string, says: string) => {
    if (from === undefined || !index.has(from) || !index.has(to) || from === to) return;
    out.push({ from, to, min: 0, max: null, kind: "after", path: to, says });
  };
  for (const e of doc.events) {
    if (e.kind === "adverse-event" && e.therapy !== undefined && ACTS_ON_COURSE.has(e.action!)) {
      // Held, reduced or stopped because of it: it began while the course was still given.
      after(edges.get(e.id)?.start, edges.get(e.therapy)?.end ?? "", `${e.action} because of it`);
      continue;
    }
    if (e.kind !== "therapy") continue;
    const own = edges.get(e.id);
    if (!own) continue;
    for (const id of e.basedOn ?? []) after(edges.get(id)?.start, own.start, `based on ${id}`);
    e.modifications?.forEach((m, j) => {
      for (const id of m.adverseEvents ?? []) {
        after(edges.get(id)?.start, `${e.id}.modifications[${j}]`, `made because of ${id}`);
        // The change was made while the course was given, so its cause began before it ended.
        after(edges.get(id)?.start, own.end, `${e.id} changed because of ${id}`);
      }
    });
  }
  return out;
}

/** The network with `hints`, when its statements allow every one of them together. */
function hinted(
  hints: readonly Constraint[],
  index: ReadonlyMap<string, number>,
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
  bySlot: readonly ResolvedDate[],
  frames: Frames,
): Placing | undefined {
  if (hints.length === 0) return undefined;
  const hintEnds = endNodes(hints, index);
  if (ruledOut(hintEnds, bySlot)) return undefined;
  const all = [...constraints, ...hints];
  const from = Int32Array.from([...ends.from, ...hintEnds.from]);
  const to = Int32Array.from([...ends.to, ...hintEnds.to]);
  const n = index.size;
  const bounds = boundsIfConsistent(
    n,
    all,
    { from, to },
    [0, ...frames.roots],
    new Uint8Array(all.length).fill(1),
  );
  if (!bounds.ok) return undefined;
  return { constraints: all, from, to, earliest: bounds.earliest, latest: bounds.latest };
}

/**
 * The hints less those the resolved windows rule out one by one (see `ruledOut`), when each of
 * those is a flashback: the event told second is dated from the one told first ("admitted in
 * November 2021; the pain had begun five months before"). A list whose events are simply not in
 * time order (two stated dates the wrong way round) keeps every hint, and the caller's later tries
 * drop them all. Empty when nothing is ruled out.
 */
function withoutFlashbacks(
  hints: readonly Constraint[],
  index: ReadonlyMap<string, number>,
  bySlot: readonly ResolvedDate[],
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
): Constraint[] {
  const hintEnds = endNodes(hints, index);
  const out: Constraint[] = [];
  const flashbacks: number[] = [];
  hints.forEach((h, i) => {
    const before = bySlot[hintEnds.from[i]! - 1];
    const after = bySlot[hintEnds.to[i]! - 1];
    if (before?.earliest == null || after?.latest == null || after.latest >= before.earliest)
      out.push(h);
    else flashbacks.push(i);
  });
  if (!flashbacks.length) return [];
  const pair = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);
  const stated = new Set<string>();
  constraints.forEach((c, ci) => {
    if (c.kind === "offset" || c.kind === "after" || c.kind === "before")
      stated.add(pair(ends.from[ci]!, ends.to[ci]!));
  });
  return flashbacks.every((i) => stated.has(pair(hintEnds.from[i]!, hintEnds.to[i]!))) ? out : [];
}

/**
 * Some hint "the one told first starts no later" that the resolved windows already rule out (the
 * later-told event's latest day is before the earlier-told one's earliest): then the hints are not
 * all consistent, which this finds in linear time. The full check (`boundsIfConsistent`) would find
 * it too, but a shortest-path search detects a contradiction only after paths as long as the
 * network, which on 10,000 events took seconds.
 */
function ruledOut(
  hintEnds: { from: Int32Array; to: Int32Array },
  bySlot: readonly ResolvedDate[],
): boolean {
  for (let i = 0; i < hintEnds.from.length; i++) {
    const before = bySlot[hintEnds.from[i]! - 1];
    const after = bySlot[hintEnds.to[i]! - 1];
    if (before?.earliest == null || after?.latest == null) continue;
    if (after.latest < before.earliest) return true;
  }
  return false;
}

/**
 * Slots the source dates by the same offset from the same event ("two months after the
 * transplant" for the relapse, the marrow count and the new diagnosis), numbered by group per
 * node (-1: none): drawn together, not spread as if one came after another.
 */
function sameStatements(slots: readonly DateSlot[], nodeCount: number): Int32Array {
  const same = new Int32Array(nodeCount).fill(-1);
  const groups = new Map<string, number>();
  slots.forEach((s, i) => {
    const d = s.input;
    if (typeof d !== "object" || !("relativeTo" in d)) return;
    const { relativeTo: r, offset: o } = d;
    const key = JSON.stringify([
      r.event,
      r.edge ?? "start",
      o.amount,
      o.unit,
      d.approximate === true,
    ]);
    same[i + 1] = groups.get(key) ?? groups.set(key, groups.size).size - 1;
  });
  return same;
}

/** Give every date with a window wider than a day its drawing position (`at`). */
function placeDates(
  slots: readonly DateSlot[],
  nodeCount: number,
  bySlot: readonly ResolvedDate[],
  placing: Placing,
): void {
  const lo = new Float64Array(nodeCount).fill(NaN);
  const hi = new Float64Array(nodeCount).fill(NaN);
  const has = new Uint8Array(nodeCount);
  const linked = new Uint8Array(nodeCount);
  const early = new Uint8Array(nodeCount);
  const frame = new Int32Array(nodeCount);
  const byNeighbours = new Uint8Array(nodeCount);
  const cap = new Float64Array(nodeCount).fill(NaN);
  const same = sameStatements(slots, nodeCount);
  const frames = new Map<string | null, number>();
  const order: number[] = [];
  // Dates a stated offset of a month or more ties to another date ("36 months after the
  // diagnosis"): drawn early, such a diagnosis would draw the other as early too, and squeeze all
  // between (a diagnosis on the day of its biopsy, or a year after a known day, is still early).
  const tied = new Set<string>();
  const loose = new Set<string>();
  slots.forEach((s, i) => {
    if (bySlot[i]!.earliest !== bySlot[i]!.latest) loose.add(s.key);
  });
  for (const c of placing.constraints)
    if (
      c.kind === "offset" &&
      c.min !== null &&
      c.max !== null &&
      (c.min >= 30 || c.max <= -30) &&
      loose.has(c.from) &&
      loose.has(c.to)
    ) {
      tied.add(c.from);
      tied.add(c.to);
    }
  slots.forEach((s, i) => {
    const k = i + 1;
    order.push(k);
    const f = bySlot[i]!.frame;
    frame[k] = frames.get(f) ?? frames.set(f, frames.size).size - 1;
    // The calendar's origin and a frame's last point (`$last`) order nothing drawn; the data
    // cut-off does: an ongoing end and a last follow-up stated on it are drawn together.
    linked[k] = s.key.startsWith("$") && s.key !== CUTOFF_KEY ? 0 : 1;
    if (s.path.includes(".values[")) byNeighbours[k] = 1;
    const d = bySlot[i]!;
    // A diagnosis known only by its relations ("after the TURB") or only to its month or year
    // ("in 2015") opens the story it names: drawn as early as the statements allow, not at its
    // window's middle after the neoadjuvant chemotherapy "in 2015" it led to.
    early[k] =
      s.path.startsWith("diagnoses[") && d.earliest !== d.latest && !tied.has(s.key) ? 1 : 0;
    if (d.precision === "unknown" && d.earliest === d.latest) return;
    has[k] = 1;
    // Bounded above by the report's date alone: placed as if open above, no later than it.
    const latest = d.byReport ? null : d.latest;
    if (d.earliest !== null) lo[k] = Math.max(d.earliest, placing.earliest?.[k] ?? -Infinity);
    if (latest !== null) hi[k] = Math.min(latest, placing.latest?.[k] ?? Infinity);
    else if (Number.isFinite(placing.latest?.[k] ?? NaN) || d.byReport)
      cap[k] = Math.min(placing.latest?.[k] ?? Infinity, d.latest ?? Infinity);
    // Open both ways by the statements, bounded by the told order: placed by that order alone.
    if (d.earliest === null && latest === null) {
      const a = placing.earliest?.[k] ?? Infinity;
      const b = placing.latest?.[k] ?? -Infinity;
      if (Number.isFinite(a)) lo[k] = a;
      if (Number.isFinite(b)) hi[k] = b;
    }
  });
  const { constraints, from, to } = placing;
  const at = placeInOrder(
    { order, lo, hi, has, linked, early, frame, byNeighbours, cap, same },
    constraints,
    from,
    to,
  );
  slots.forEach((_, i) => {
    const t = at[i + 1]!;
    const d = bySlot[i]!;
    if (!Number.isNaN(t) && (d.earliest !== d.latest || d.earliest === null))
      d.at = d.byReport ? Math.min(t, d.latest!) : t;
  });
}

/** Points with no finite bound in either direction. */
function unreached(fwd: Float64Array, back: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < fwd.length; i++) if (fwd[i] === Infinity && back[i] === Infinity) out.push(i);
  return out;
}

/** Each slot's resolved date, in slot order (slot `i` is node `i + 1`). */
function resolvedSlots(
  slots: readonly DateSlot[],
  frames: Frames,
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
  earliest: Float64Array,
  latest: Float64Array,
): ResolvedDate[] {
  const n = slots.length + 1;
  const informed = informedFrames(n, frames, constraints, ends);
  const frameIndex = (f: number) => (f === CALENDAR ? 0 : f);
  const approx = approximateFlags(slots, constraints, ends);
  const implied = impliedEnds(n, constraints, ends);
  const hasCutoff = slots.some((s) => s.key === CUTOFF_KEY);
  const out: ResolvedDate[] = [];
  slots.forEach((s, si) => {
    const i = si + 1;
    const f = frames.frameOf[i]!;
    const frame = f === CALENDAR ? null : slots[f - 1]!.key;
    const own = inputShape(s.input);
    const knows = informed[frameIndex(f)] === 1;
    // The day 0 of a frame other dates are stated from ("4 weeks after the last dose") is no
    // missing date on that frame's axis: it is where the axis counts from.
    const root = knows && s.key === frame;
    const text = root && s.input === undefined ? undefined : textOf(s, hasCutoff);
    const lo = knows && Number.isFinite(earliest[i]!) ? earliest[i]! : null;
    const hi = knows && Number.isFinite(latest[i]!) ? latest[i]! : null;
    const unstated = s.input === undefined && !implied[i] && !root;
    const uncertain = edtfQualifier(s.input).uncertain;
    // One literal per shape, fields in a fixed order (the timeline is data that may be compared).
    let d: ResolvedDate;
    if (!knows || s.key === frame)
      // Nothing stated ties it to anything, or it is the unknown day 0 of its own frame.
      d = {
        frame: s.key,
        earliest: 0,
        latest: 0,
        precision: own.precision,
        approximate: approx[i] === 1,
        uncertain,
      };
    else {
      const precision =
        own.precision !== "unknown"
          ? own.precision
          : lo === null && hi === null
            ? "unknown"
            : "bounded";
      d = { frame, earliest: lo, latest: hi, precision, approximate: approx[i] === 1, uncertain };
    }
    if (text !== undefined) d.text = text;
    d.key = s.key;
    if (unstated) d.unstated = true;
    if (root && s.input === undefined) d.root = true;
    out.push(d);
  });
  return out;
}

/**
 * Stage 1 of `resolvedSlots`: frames where the source stated something (elsewhere every point is
 * simply unknown). Index 0 stands for the calendar frame (node 0, the origin, is never a frame's
 * root); nodes `1…n - 1` are the slots.
 */
function informedFrames(
  n: number,
  frames: Frames,
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
): Uint8Array {
  const isSlot = (k: number) => k > 0 && k < n;
  const informed = new Uint8Array(n);
  const frameIndex = (f: number) => (f === CALENDAR ? 0 : f);
  constraints.forEach((c, ci) => {
    if (!STATED.has(c.kind)) return;
    const a = ends.from[ci]!;
    const b = ends.to[ci]!;
    // Both ends of a stated constraint lie in one frame; a calendar end defers to the other.
    const f =
      isSlot(b) && frames.frameOf[b] !== CALENDAR
        ? frames.frameOf[b]!
        : isSlot(a)
          ? frames.frameOf[a]!
          : CALENDAR;
    informed[frameIndex(f)] = 1;
  });
  return informed;
}

/**
 * Stage 2 of `resolvedSlots`: per node, whether it is an end the source does not give but states
 * otherwise ("for 14 months", "until progression").
 */
function impliedEnds(
  n: number,
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
): Uint8Array {
  const isSlot = (k: number) => k > 0 && k < n;
  const implied = new Uint8Array(n);
  constraints.forEach((c, ci) => {
    if ((c.kind === "duration" || c.kind === "stopped-by") && isSlot(ends.to[ci]!))
      implied[ends.to[ci]!] = 1;
  });
  return implied;
}

function inputShape(input: DateInput | undefined): { precision: DatePrecision } {
  if (input === undefined) return { precision: "unknown" };
  if (typeof input === "string" || "date" in input) {
    // The statement itself was read (and any error reported) when it became a constraint: here
    // only its shape matters — YYYY, YYYY-MM or YYYY-MM-DD.
    const s = typeof input === "string" ? input : input.date;
    const q = s.charCodeAt(s.length - 1);
    const body = q === 126 || q === 63 || q === 37 ? s.length - 1 : s.length; // ~ ? %
    // Intervals, the 2010s (201X), seasons, quarters and semesters (months 21–41) are windows,
    // printed as their bounds; 2018-XX is the year and 2018-01-XX the month.
    if (s.includes("/") || s.charCodeAt(3) === 88 /* X */) return { precision: "bounded" };
    if (s.startsWith("XX", 5)) return { precision: "year" };
    if (s.startsWith("XX", 8)) return { precision: "month" };
    if (body >= 7 && s.charCodeAt(5) >= 50 /* 2 */) return { precision: "bounded" };
    return { precision: body === 4 ? "year" : body === 7 ? "month" : "day" };
  }
  if ("unknown" in input) return { precision: "unknown" };
  if ("relativeTo" in input) return { precision: "relative" };
  return { precision: "bounded" };
}

function edtfQualifier(input: DateInput | undefined): { approximate: boolean; uncertain: boolean } {
  if (input === undefined || (typeof input === "object" && !("date" in input)))
    return { approximate: false, uncertain: false };
  const q = (typeof input === "string" ? input : input.date).slice(-1);
  return { approximate: q === "~" || q === "%", uncertain: q === "?" || q === "%" };
}

function textOf(s: DateSlot, hasCutoff: boolean): string | undefined {
  if (s.input !== undefined) return typeof s.input === "object" ? s.input.text : undefined;
  if (s.ongoing) return hasCutoff ? "ongoing at data cut-off" : "ongoing";
  return s.key.endsWith(".end") ? "end not stated" : undefined;
}

/** `~` spreads along offsets: a date stated relative to an approximate one is approximate too. */
function approximateFlags(
  slots: readonly DateSlot[],
  constraints: readonly Constraint[],
  ends: { from: Int32Array; to: Int32Array },
): Uint8Array {
  const n = slots.length + 1;
  const own = new Uint8Array(n);
  let any = false;
  slots.forEach((s, i) => {
    const input = s.input;
    const a =
      edtfQualifier(input).approximate ||
      (typeof input === "object" && "relativeTo" in input && input.approximate === true);
    own[i + 1] = a ? 1 : 0;
    any ||= a;
  });
  const out = new Uint8Array(n);
  // Most documents hedge nothing: then nothing is approximate.
  if (!any) return out;
  // The anchor of each offset's slot (the last offset stated for it), -1 for none.
  const anchorOf = new Int32Array(n).fill(-1);
  constraints.forEach((c, ci) => {
    const b = ends.to[ci]!;
    if (c.kind === "offset" && b > 0 && b < n)
      anchorOf[b] = ends.from[ci]! > 0 ? ends.from[ci]! : -1;
  });
  const done = new Uint8Array(n);
  const path: number[] = [];
  for (let s = 1; s < n; s++) {
    // Follow the anchor chain iteratively (chains may be thousands long), memoizing as we go; a
    // cycle (reported elsewhere) ends the walk after as many steps as there are slots.
    path.length = 0;
    let k = s;
    let value = false;
    while (k >= 0 && k < n && !done[k] && path.length <= slots.length) {
      path.push(k);
      if (own[k]) {
        value = true;
        break;
      }
      k = anchorOf[k]!;
    }
    if (!value && k >= 0 && k < n && done[k]) value = out[k] === 1;
    for (const p of path) {
      out[p] = value || own[p] ? 1 : 0;
      done[p] = 1;
    }
  }
  return out;
}

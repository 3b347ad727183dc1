import type { DateInput } from "../model/dateInput.js";
import type { TimelineDocument } from "../model/timeline.js";
import type { IssueList } from "../validate/issue.js";
import { collectDateSlots, CUTOFF_KEY, type DateSlot, type EdgeKeys } from "./dateSlots.js";
import { distanceGraph, shortestPaths } from "./distanceGraph.js";
import { explainConflict, pickToDrop } from "./explainConflict.js";
import { findFrames, frameBounds, type Frames } from "./frames.js";
import { ORIGIN, type Constraint, type TemporalNetwork } from "./network.js";
import { placeInOrder } from "./placeInOrder.js";
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
  const frames = findFrames(slots, stated);
  const bounds = frameBounds(doc, slots, edges, frames);
  const constraints = [...stated, ...bounds.constraints];
  const keys = [ORIGIN, ...slots.map((s) => s.key), ...bounds.lastKeys];
  const index = new Map(keys.map((k, i) => [k, i]));
  const calendar = (k: string) => frames.frameOf.get(k) === null;
  const { latest, earliest, active, conflicts } = solve(
    keys,
    index,
    constraints,
    frames.roots,
    calendar,
    issues,
  );
  const network = { constraints: constraints.filter((_, i) => active[i]) };
  const byKey = resolvedSlots(slots, frames, network.constraints, index, earliest, latest);
  placeDates(slots, byKey, network.constraints);
  return { byKey, edges, slots, network, conflicts };
}

/** Consistency first (dropping one constraint per contradiction), then upper and lower bounds. */
function solve(
  keys: readonly string[],
  index: ReadonlyMap<string, number>,
  constraints: readonly Constraint[],
  roots: readonly string[],
  calendar: (key: string) => boolean,
  issues: IssueList,
): {
  earliest: Float64Array;
  latest: Float64Array;
  active: Uint8Array;
  conflicts: ResolvedDates["conflicts"];
} {
  const n = keys.length;
  const active = new Uint8Array(constraints.length).fill(1);
  // Frames are disjoint, so one pass from the calendar's origin and every frame's root at once
  // gives each point its window in its own frame: upper bounds forward, lower bounds backward.
  const sources = [0, ...roots.map((r) => index.get(r)!)];
  const conflicts: Array<{ cycle: number[]; dropped: number }> = [];
  let latest = new Float64Array(n).fill(Infinity);
  let earliest = new Float64Array(n).fill(-Infinity);
  for (;;) {
    const g = distanceGraph(n, constraints, index, active);
    const fwd = shortestPaths(g, sources);
    const back = fwd.ok
      ? shortestPaths(distanceGraph(n, constraints, index, active, true), sources)
      : fwd;
    // Points neither pass reached relate to their frame only loosely; check them among themselves.
    const rest = fwd.ok && back.ok ? shortestPaths(g, unreached(fwd.dist, back.dist)) : back;
    if (fwd.ok && back.ok && rest.ok) {
      latest = fwd.dist as Float64Array<ArrayBuffer>;
      earliest = back.dist.map((d) => 0 - d) as Float64Array<ArrayBuffer>;
      break;
    }
    const cycle = !fwd.ok ? fwd.cycle : !back.ok ? back.cycle : !rest.ok ? rest.cycle : [];
    if (conflicts.length === MAX_CONFLICTS) {
      // Past this many, keep only the calendar dates themselves: bounded work for any input.
      issues.error("", `more than ${MAX_CONFLICTS} contradictions between dates; fix these first`);
      constraints.forEach((c, i) => (active[i] = c.kind === "date" ? active[i]! : 0));
      conflicts.push({ cycle, dropped: pickToDrop(constraints, cycle) });
      continue;
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
  const explained = conflicts.slice(0, MAX_CONFLICTS).map((c) => ({
    ...explainConflict(constraints, c.cycle, c.dropped, (k) => {
      const i = index.get(k);
      return i === undefined || !calendar(k) ? null : [earliest[i]!, latest[i]!];
    }),
    implied: IMPLIED.has(constraints[c.dropped]!.kind),
  }));
  return { earliest, latest, active, conflicts: explained };
}

/** Give every date with a window wider than a day its drawing position (`at`). */
function placeDates(
  slots: readonly DateSlot[],
  byKey: Map<string, ResolvedDate>,
  constraints: readonly Constraint[],
): void {
  const windows = new Map<string, { lo: number | null; hi: number | null }>();
  for (const s of slots) {
    const d = byKey.get(s.key)!;
    if (d.precision === "unknown" && d.earliest === d.latest) continue;
    windows.set(s.key, { lo: d.earliest, hi: d.latest });
  }
  const at = placeInOrder(
    slots.map((s) => s.key),
    windows,
    constraints,
  );
  for (const [k, t] of at) {
    const d = byKey.get(k)!;
    if (d.earliest !== d.latest) d.at = t;
  }
}

/** Points with no finite bound in either direction. */
function unreached(fwd: Float64Array, back: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < fwd.length; i++) if (fwd[i] === Infinity && back[i] === Infinity) out.push(i);
  return out;
}

function resolvedSlots(
  slots: readonly DateSlot[],
  frames: Frames,
  constraints: readonly Constraint[],
  index: ReadonlyMap<string, number>,
  earliest: Float64Array,
  latest: Float64Array,
): Map<string, ResolvedDate> {
  // Frames where the source stated something: elsewhere every point is simply unknown.
  const informed = new Set<string | null>();
  for (const c of constraints)
    if (STATED.has(c.kind))
      informed.add(frames.frameOf.get(c.to) ?? frames.frameOf.get(c.from) ?? null);
  const approx = approximateFlags(slots, constraints);
  // An end the source does not give but states otherwise ("for 14 months", "until progression").
  const implied = new Set<string>();
  for (const c of constraints)
    if (c.kind === "duration" || c.kind === "stopped-by") implied.add(c.to);
  const hasCutoff = index.has(CUTOFF_KEY);
  const out = new Map<string, ResolvedDate>();
  for (const s of slots) {
    const frame = frames.frameOf.get(s.key) ?? null;
    const i = index.get(s.key)!;
    const text = textOf(s, hasCutoff);
    const own = inputShape(s.input);
    const knows = informed.has(frame);
    const lo = knows && Number.isFinite(earliest[i]!) ? earliest[i]! : null;
    const hi = knows && Number.isFinite(latest[i]!) ? latest[i]! : null;
    const qualifier = edtfQualifier(s.input);
    const base = {
      approximate: approx.get(s.key) ?? false,
      uncertain: qualifier.uncertain,
      ...(text === undefined ? {} : { text }),
      key: s.key,
      ...(s.input === undefined && !implied.has(s.key) ? { unstated: true } : {}),
    };
    if (!knows || s.key === frame)
      // Nothing stated ties it to anything, or it is the unknown day 0 of its own frame.
      out.set(s.key, { frame: s.key, earliest: 0, latest: 0, precision: own.precision, ...base });
    else {
      const precision =
        own.precision !== "unknown"
          ? own.precision
          : lo === null && hi === null
            ? "unknown"
            : "bounded";
      out.set(s.key, { frame, earliest: lo, latest: hi, precision, ...base });
    }
  }
  return out;
}

function inputShape(input: DateInput | undefined): { precision: DatePrecision } {
  if (input === undefined) return { precision: "unknown" };
  if (typeof input === "string" || "date" in input) {
    // The statement itself was read (and any error reported) when it became a constraint: here
    // only its shape matters — YYYY, YYYY-MM or YYYY-MM-DD.
    const s = typeof input === "string" ? input : input.date;
    const body = s.replace(/[~?%]$/, "").length;
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
): Map<string, boolean> {
  const own = new Map<string, boolean>();
  const anchorOf = new Map<string, string>();
  for (const s of slots) {
    const input = s.input;
    own.set(
      s.key,
      edtfQualifier(input).approximate ||
        (typeof input === "object" && "relativeTo" in input && input.approximate === true),
    );
  }
  for (const c of constraints) if (c.kind === "offset") anchorOf.set(c.to, c.from);
  const out = new Map<string, boolean>();
  // Most documents hedge nothing: then nothing is approximate.
  if (![...own.values()].some(Boolean)) {
    for (const s of slots) out.set(s.key, false);
    return out;
  }
  const path: string[] = [];
  for (const s of slots) {
    // Follow the anchor chain iteratively (chains may be thousands long), memoizing as we go; a
    // cycle (reported elsewhere) ends the walk after as many steps as there are slots.
    path.length = 0;
    let k: string | undefined = s.key;
    let value = false;
    while (k !== undefined && !out.has(k) && path.length <= slots.length) {
      path.push(k);
      if (own.get(k)) {
        value = true;
        break;
      }
      k = anchorOf.get(k);
    }
    if (!value && k !== undefined && out.has(k)) value = out.get(k)!;
    for (const p of path) out.set(p, value || (own.get(p) ?? false));
  }
  return out;
}

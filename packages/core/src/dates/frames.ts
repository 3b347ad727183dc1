import type { TimelineDocument } from "../model/timeline.js";
import { CUTOFF_KEY, type DateSlot, type EdgeKeys } from "./dateSlots.js";
import { ORIGIN, type Constraint } from "./network.js";
import { parseEdtf } from "./parseEdtf.js";

/**
 * Time points that no statement ties to the calendar still relate to each other: seed 002 states
 * everything relative to the start of osimertinib, whose own date is unknown. Each such group is
 * a frame counted in days from its root; everything tied to the calendar shares the calendar frame.
 *
 * Time points are numbered nodes: 0 is the calendar's origin, slot `i` is node `i + 1` (integer
 * arrays instead of maps keyed by strings: a document may hold 40,000 dates).
 */
export interface Frames {
  /** Frame of each node: `CALENDAR` (-1), else the node of the frame's root slot. */
  frameOf: Int32Array;
  /** Root nodes of the frames that are not the calendar, in the order their slots come. */
  roots: number[];
}

/** `Frames.frameOf` value of a node in the calendar frame. */
export const CALENDAR = -1;

/**
 * Group the nodes into frames. `from`/`to` are the constraints' end nodes (-1 for a key that names
 * no slot); `slotCount` slots make nodes 1…slotCount.
 */
export function findFrames(
  slotCount: number,
  constraints: readonly Constraint[],
  from: Int32Array,
  to: Int32Array,
): Frames {
  const n = slotCount + 1;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r]!;
    // Path compression keeps every later look-up near constant.
    for (let x = k; x !== r;) {
      const next = parent[x]!;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  for (let ci = 0; ci < constraints.length; ci++) {
    const a = from[ci]!;
    const b = to[ci]!;
    if (a < 0 || b < 0) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  const calendar = find(0);
  // A relative frame's root is the time point most often stated as an offset's anchor. One that
  // anchors only offsets of none ("at the same time": a pancytopenia's four blood counts) ranks
  // below any that anchors a real one (the resection a relapse is "five months after").
  const anchorCount = new Int32Array(n);
  const moves = new Uint8Array(n);
  for (let ci = 0; ci < constraints.length; ci++) {
    const c = constraints[ci]!;
    if (c.kind !== "offset" || from[ci]! < 0) continue;
    anchorCount[from[ci]!]!++;
    if (c.min !== 0 || c.max !== 0) moves[from[ci]!] = 1;
  }
  for (let s = 1; s < n; s++) if (moves[s]) anchorCount[s]! += 1 << 20;
  const best = new Int32Array(n).fill(-1);
  const comps: number[] = [];
  for (let s = 1; s < n; s++) {
    const comp = find(s);
    if (comp === calendar) continue;
    const cur = best[comp]!;
    if (cur < 0) comps.push(comp);
    if (cur < 0 || anchorCount[s]! > anchorCount[cur]!) best[comp] = s;
  }
  const frameOf = new Int32Array(n).fill(CALENDAR);
  for (let s = 1; s < n; s++) {
    const comp = find(s);
    if (comp !== calendar) frameOf[s] = best[comp]!;
  }
  return { frameOf, roots: comps.map((c) => best[c]!) };
}

/** The key of a frame's last time point: nothing the source reports lies after it. */
export const lastKey = (frame: string | null) => (frame === null ? "$last" : `$last:${frame}`);

/**
 * Bounds every time point of a frame obeys: nothing reported lies after the frame's last point,
 * which is the data cut-off when stated, runs an ongoing therapy's unstated end, and in the
 * calendar frame is no later than the source's publication; nothing lies after a death.
 * `node` gives a slot key's node (undefined when it names no slot).
 */
export function frameBounds(
  doc: TimelineDocument,
  slots: readonly DateSlot[],
  edges: ReadonlyMap<string, EdgeKeys>,
  frames: Frames,
  node: (key: string) => number | undefined,
): { constraints: Constraint[]; lastKeys: string[] } {
  const out: Constraint[] = [];
  const lastKeys = new Set<string>();
  const frameKey = (f: number) => (f === CALENDAR ? null : slots[f - 1]!.key);
  const frameOfKey = (k: string | undefined) => {
    const i = k === undefined ? undefined : node(k);
    return i === undefined || i === 0 ? undefined : frames.frameOf[i]!;
  };
  // Nothing lies after a death; with no death, nothing reported lies after the one last
  // follow-up: it is the last day the source knew of the patient.
  const deaths = doc.events.filter((e) => e.kind === "outcome" && e.status === "death");
  const lastSeen = doc.events.filter((e) => e.kind === "outcome" && e.status === "last-follow-up");
  const end = deaths.length ? deaths[0] : lastSeen.length === 1 ? lastSeen[0] : undefined;
  const deathKey = end ? edges.get(end.id)?.start : undefined;
  const ends: FrameEnds = {
    frameKey,
    deathKey,
    lastSeen: deaths.length === 0,
    deathFrame: frameOfKey(deathKey),
    deathSays: deaths.length
      ? `not after the death (${end?.id ?? ""})`
      : `not after the last follow-up (${end?.id ?? ""})`,
    cutoffFrame: frameOfKey(CUTOFF_KEY),
  };
  pushSlotBounds(out, lastKeys, slots, frames, ends);
  if (ends.cutoffFrame !== undefined) out.push(cutoffBound(lastKey(frameKey(ends.cutoffFrame))));
  const published = publishedBound(doc, lastKeys);
  if (published !== null) out.push(published);
  return { constraints: out, lastKeys: [...lastKeys] };
}

/** What bounds a frame's points: its last key, the death (and its frame), the data cut-off's frame. */
interface FrameEnds {
  frameKey: (f: number) => string | null;
  deathKey: string | undefined;
  /** The bound is the last follow-up (no death is reported), not a death. */
  lastSeen: boolean;
  deathFrame: number | undefined;
  deathSays: string;
  cutoffFrame: number | undefined;
}

/** Stage 1: each slot's bounds (before its frame's last point, an ongoing end, not after a death). */
function pushSlotBounds(
  out: Constraint[],
  lastKeys: Set<string>,
  slots: readonly DateSlot[],
  frames: Frames,
  ends: FrameEnds,
): void {
  const { frameKey, deathKey, deathFrame, deathSays, cutoffFrame, lastSeen } = ends;
  // Slots per frame; index 0 counts the calendar frame (node 0 is the origin, never a root).
  const sizes = new Int32Array(slots.length + 1);
  const sizeIndex = (f: number) => (f === CALENDAR ? 0 : f);
  for (let i = 0; i < slots.length; i++) sizes[sizeIndex(frames.frameOf[i + 1]!)]!++;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    const f = frames.frameOf[i + 1]!;
    // A lone undated point relates to nothing: it needs no bounds of its own.
    if (f !== CALENDAR && sizes[sizeIndex(f)] === 1 && !s.ongoing) continue;
    const last = lastKey(frameKey(f));
    lastKeys.add(last);
    out.push({
      from: s.key,
      to: last,
      min: 0,
      max: null,
      kind: "last",
      path: s.label,
      says: "reported before the report's last date",
    });
    if (s.ongoing && cutoffFrame === undefined)
      out.push({
        from: last,
        to: s.key,
        min: 0,
        max: null,
        kind: "ongoing",
        path: s.label,
        says: "ongoing when the source was written",
      });
    // Nothing lies after a death. The last follow-up bounds what was done to the patient: not an
    // ongoing course's end (it runs on past the last report), nor a test's result, which may come
    // from stored tissue after the patient was last seen.
    if (
      deathKey !== undefined &&
      deathFrame === f &&
      s.key !== deathKey &&
      s.key !== CUTOFF_KEY &&
      !(lastSeen && (s.ongoing || s.path.endsWith(".resultDate")))
    )
      out.push({
        from: s.key,
        to: deathKey,
        min: 0,
        max: null,
        kind: "death",
        path: s.label,
        says: deathSays,
      });
  }
}

/** Stage 2: the data cut-off is its frame's last point. */
function cutoffBound(last: string): Constraint {
  return {
    from: last,
    to: CUTOFF_KEY,
    min: 0,
    max: 0,
    kind: "cutoff",
    path: "dataCutoff",
    says: "the data cut-off",
  };
}

/** Stage 3: the calendar frame's last point is no later than the publication (null: no bound). */
function publishedBound(doc: TimelineDocument, lastKeys: ReadonlySet<string>): Constraint | null {
  const published = doc.source.published === undefined ? null : parseEdtf(doc.source.published);
  if (
    published === null ||
    typeof published === "string" ||
    published.latest === null ||
    !lastKeys.has("$last")
  )
    return null;
  return {
    from: ORIGIN,
    to: "$last",
    min: null,
    max: published.latest,
    kind: "published",
    path: "source.published",
    says: `published ${doc.source.published}`,
  };
}

import type { TimelineDocument } from "../model/timeline.js";
import { CUTOFF_KEY, type DateSlot, type EdgeKeys } from "./dateSlots.js";
import { ORIGIN, type Constraint } from "./network.js";
import { parseEdtf } from "./parseEdtf.js";

/**
 * Time points that no statement ties to the calendar still relate to each other: seed 002 states
 * everything relative to the start of osimertinib, whose own date is unknown. Each such group is
 * a frame counted in days from its root; everything tied to the calendar shares the calendar frame
 * (`null`).
 */
export interface Frames {
  /** Frame of each slot key: `null` for the calendar, else the root slot key. */
  frameOf: Map<string, string | null>;
  /** Roots of the frames that are not the calendar. */
  roots: string[];
}

export function findFrames(slots: readonly DateSlot[], constraints: readonly Constraint[]): Frames {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path compression keeps every later look-up near constant.
    for (let x = k; x !== r;) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const s of slots) parent.set(s.key, s.key);
  parent.set(ORIGIN, ORIGIN);
  for (const c of constraints) {
    if (!parent.has(c.from) || !parent.has(c.to)) continue;
    const a = find(c.from);
    const b = find(c.to);
    if (a !== b) parent.set(a, b);
  }
  const calendar = find(ORIGIN);
  // A relative frame's root is the time point most often stated as an offset's anchor.
  const anchorCount = new Map<string, number>();
  for (const c of constraints)
    if (c.kind === "offset") anchorCount.set(c.from, (anchorCount.get(c.from) ?? 0) + 1);
  const best = new Map<string, string>();
  for (const s of slots) {
    const comp = find(s.key);
    if (comp === calendar) continue;
    const cur = best.get(comp);
    if (cur === undefined || (anchorCount.get(s.key) ?? 0) > (anchorCount.get(cur) ?? 0))
      best.set(comp, s.key);
  }
  const frameOf = new Map<string, string | null>();
  for (const s of slots) {
    const comp = find(s.key);
    frameOf.set(s.key, comp === calendar ? null : best.get(comp)!);
  }
  return { frameOf, roots: [...new Set(best.values())] };
}

/** The key of a frame's last time point: nothing the source reports lies after it. */
export const lastKey = (frame: string | null) => (frame === null ? "$last" : `$last:${frame}`);

/**
 * Bounds every time point of a frame obeys: nothing reported lies after the frame's last point,
 * which is the data cut-off when stated, runs an ongoing therapy's unstated end, and in the
 * calendar frame is no later than the source's publication; nothing lies after a death.
 */
export function frameBounds(
  doc: TimelineDocument,
  slots: readonly DateSlot[],
  edges: ReadonlyMap<string, EdgeKeys>,
  frames: Frames,
): { constraints: Constraint[]; lastKeys: string[] } {
  const out: Constraint[] = [];
  const lastKeys = new Set<string>();
  const death = doc.events.find((e) => e.kind === "outcome" && e.status === "death");
  const deathKey = death ? edges.get(death.id)?.start : undefined;
  const deathFrame = deathKey === undefined ? undefined : frames.frameOf.get(deathKey);
  const cutoffFrame = frames.frameOf.get(CUTOFF_KEY);
  const deathSays = `not after the death (${death?.id ?? ""})`;
  const sizes = new Map<string | null, number>();
  for (const s of slots)
    sizes.set(frames.frameOf.get(s.key)!, (sizes.get(frames.frameOf.get(s.key)!) ?? 0) + 1);
  for (const s of slots) {
    const f = frames.frameOf.get(s.key)!;
    // A lone undated point relates to nothing: it needs no bounds of its own.
    if (f !== null && sizes.get(f) === 1 && !s.ongoing) continue;
    const last = lastKey(f);
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
    if (deathKey !== undefined && deathFrame === f && s.key !== deathKey && s.key !== CUTOFF_KEY)
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
  if (cutoffFrame !== undefined)
    out.push({
      from: lastKey(cutoffFrame),
      to: CUTOFF_KEY,
      min: 0,
      max: 0,
      kind: "cutoff",
      path: "dataCutoff",
      says: "the data cut-off",
    });
  const published = doc.source.published === undefined ? null : parseEdtf(doc.source.published);
  if (
    published !== null &&
    typeof published !== "string" &&
    published.latest !== null &&
    lastKeys.has("$last")
  )
    out.push({
      from: ORIGIN,
      to: "$last",
      min: null,
      max: published.latest,
      kind: "published",
      path: "source.published",
      says: `published ${doc.source.published}`,
    });
  return { constraints: out, lastKeys: [...lastKeys] };
}

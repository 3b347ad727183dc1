import type { DateBound, DateInput, EventEdge } from "../model/dateInput.js";
import type { TimelineDocument } from "../model/timeline.js";
import type { IssueList } from "../validate/issue.js";
import { addUnits } from "./calendarDay.js";
import { collectDateSlots, CUTOFF_KEY, type DateSlot, type EdgeKeys } from "./dateSlots.js";
import { offsetMargin } from "./offsetMargin.js";
import { parseEdtf } from "./parseEdtf.js";
import { describeDate, type ResolvedDate } from "./resolvedDate.js";

/** Every date of a document resolved, by slot key, plus each id's edge slots. */
export interface ResolvedDates {
  byKey: Map<string, ResolvedDate>;
  edges: Map<string, EdgeKeys>;
  slots: DateSlot[];
}

/** The chain of a date stated `[lo, hi]` days after `anchor` (slot `anchorKey`). */
function extendChain(
  anchorKey: string,
  anchor: ResolvedDate,
  lo: number,
  hi: number | null,
): Record<string, [number, number | null]> {
  const chain: Record<string, [number, number | null]> = { [anchorKey]: [lo, hi] };
  for (const [k, [a, b]] of Object.entries(anchor.chain ?? {}))
    chain[k] = [a + lo, b === null || hi === null ? null : b + hi];
  return chain;
}

/** A date known only to fall on or after `start`. */
function openFrom(start: ResolvedDate, text: string): ResolvedDate {
  return {
    frame: start.frame,
    earliest: start.earliest,
    latest: null,
    precision: "bounded",
    approximate: false,
    uncertain: false,
    text,
    ...(start.key ? { chain: extendChain(start.key, start, 0, null) } : {}),
  };
}

const unknownIn = (frame: string, text?: string): ResolvedDate => ({
  frame,
  earliest: 0,
  latest: 0,
  precision: "unknown",
  approximate: false,
  uncertain: false,
  ...(text === undefined ? {} : { text }),
});

/**
 * Resolve every date of a schema-valid document to calendar bounds, following relative anchors.
 * Reports unknown anchors, cycles, impossible bounds and invalid calendar days on `issues`; a date
 * that cannot be resolved becomes unknown rather than guessed.
 */
export function resolveDates(
  doc: TimelineDocument,
  issues: IssueList,
  /** Ids of events that failed validation: anchors on them resolve as unknown, silently. */
  malformed: ReadonlySet<string> = new Set(),
): ResolvedDates {
  const { slots, edges } = collectDateSlots(doc);
  const slotByKey = new Map(slots.map((s) => [s.key, s]));
  const byKey = new Map<string, ResolvedDate>();
  const visiting = new Set<string>();

  const edgeKey = (ref: EventEdge, path: string): string | null => {
    const e = edges.get(ref.event);
    if (!e && malformed.has(ref.event)) return null;
    if (!e) {
      issues.error(
        path,
        `refers to '${ref.event}', which is no event or diagnosis id in this document`,
      );
      return null;
    }
    return ref.edge === "end" ? e.end : e.start;
  };

  const resolveKey = (key: string, fromPath: string): ResolvedDate | null => {
    const done = byKey.get(key);
    if (done) return done;
    const slot = slotByKey.get(key);
    if (!slot) return null;
    if (visiting.has(key)) {
      issues.error(fromPath, `date anchors form a cycle through ${slot.path}`);
      return null;
    }
    visiting.add(key);
    const r = { ...resolveSlot(slot), key };
    visiting.delete(key);
    byKey.set(key, r);
    return r;
  };

  const resolveBound = (b: DateBound, path: string): ResolvedDate | null => {
    if ("date" in b) {
      const p = parseEdtf(b.date);
      if (typeof p === "string") {
        issues.error(`${path}.date`, p);
        return null;
      }
      return p;
    }
    const k = edgeKey(b, `${path}.event`);
    return k === null ? null : resolveKey(k, path);
  };

  const resolveInput = (input: DateInput, slot: DateSlot): ResolvedDate => {
    const own = () => unknownIn(slot.key, typeof input === "object" ? input.text : undefined);
    if (typeof input === "string" || "date" in input) {
      const str = typeof input === "string" ? input : input.date;
      const p = parseEdtf(str);
      if (typeof p === "string") {
        issues.error(typeof input === "string" ? slot.path : `${slot.path}.date`, p);
        return own();
      }
      return typeof input === "string" || input.text === undefined ? p : { ...p, text: input.text };
    }
    if ("unknown" in input) return own();
    if ("relativeTo" in input) {
      const k = edgeKey(input.relativeTo, `${slot.path}.relativeTo.event`);
      const anchor = k === null ? null : resolveKey(k, `${slot.path}.relativeTo`);
      if (!anchor) return own();
      const approx = input.approximate === true;
      const m = offsetMargin(input.offset, approx);
      const { amount, unit } = input.offset;
      const x = anchor.earliest ?? anchor.latest ?? 0;
      const lo = addUnits(x, amount - m, unit) - x;
      const hi = addUnits(x, amount + m, unit) - x;
      return {
        chain: extendChain(k!, anchor, lo, hi),
        frame: anchor.frame,
        earliest: anchor.earliest === null ? null : addUnits(anchor.earliest, amount - m, unit),
        latest: anchor.latest === null ? null : addUnits(anchor.latest, amount + m, unit),
        precision: "relative",
        approximate: approx || anchor.approximate,
        uncertain: anchor.uncertain,
        ...(input.text === undefined ? {} : { text: input.text }),
      };
    }
    // Bounded: after and/or before (the schema guarantees at least one).
    const after = "after" in input ? resolveBound(input.after, `${slot.path}.after`) : null;
    const before =
      input.before === undefined ? null : resolveBound(input.before, `${slot.path}.before`);
    if (!after && !before) return own();
    // Combine in one frame; prefer the calendar when the two bounds live in different frames.
    const frame =
      after && before && after.frame !== before.frame
        ? after.frame === null || before.frame !== null
          ? after.frame
          : before.frame
        : (after ?? before)!.frame;
    const lo = after && after.frame === frame ? after.earliest : null;
    const hi = before && before.frame === frame ? before.latest : null;
    const afterKey = "after" in input && "event" in input.after ? after?.key : undefined;
    if (lo !== null && hi !== null && lo > hi) {
      issues.error(
        slot.path,
        `impossible bounds: after ${describeDate(after!)} but before ${describeDate(before!)}`,
      );
    }
    return {
      frame,
      earliest: lo,
      latest: hi,
      precision: "bounded",
      approximate: false,
      uncertain: false,
      ...(afterKey !== undefined && after ? { chain: extendChain(afterKey, after, 0, null) } : {}),
      ...(input.text === undefined ? {} : { text: input.text }),
    };
  };

  const resolveSlot = (slot: DateSlot): ResolvedDate => {
    if (slot.input !== undefined) return resolveInput(slot.input, slot);
    if (slot.ongoing) {
      const cutoff = slotByKey.has(CUTOFF_KEY) ? resolveKey(CUTOFF_KEY, "dataCutoff") : null;
      if (cutoff) return { ...cutoff, text: "ongoing at data cut-off" };
    }
    if (slot.key.endsWith(".end")) {
      // An unstated end (or an ongoing one with no cut-off) is unknown, but not before the start.
      const start = resolveKey(slot.key.replace(/\.end$/, ".start"), slot.path);
      if (start && start.precision !== "unknown")
        return openFrom(start, slot.ongoing ? "ongoing" : "end not stated");
    }
    return unknownIn(slot.key);
  };

  for (const slot of slots) resolveKey(slot.key, slot.path);
  return { byKey, edges, slots };
}

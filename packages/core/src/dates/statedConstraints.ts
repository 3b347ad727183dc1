import type { DateBound, Duration, EventEdge, Offset } from "../model/dateInput.js";
import type { TimelineDocument } from "../model/timeline.js";
import type { IssueList } from "../validate/issue.js";
import type { DateSlot, EdgeKeys } from "./dateSlots.js";
import { CUTOFF_KEY } from "./dateSlots.js";
import { ORIGIN, type Constraint } from "./network.js";
import { offsetDays } from "./offsetMargin.js";
import { parseEdtf } from "./parseEdtf.js";
import { COURSE_WORDS, kindSpec } from "../kinds/registry.js";
import type { ResolvedDate } from "./resolvedDate.js";

/** What the builder needs to know about a document's date slots. */
export interface SlotIndex {
  slots: readonly DateSlot[];
  edges: ReadonlyMap<string, EdgeKeys>;
  /** Ids of events that failed validation: anchors on them are skipped silently. */
  malformed: ReadonlySet<string>;
}

const unitName = (o: { amount: number; unit: string }) =>
  `${o.amount} ${o.unit}${Math.abs(o.amount) === 1 ? "" : "s"}`;
const edgeName = (e: EventEdge) => `${e.event}${e.edge === "end" ? " end" : ""}`;

/**
 * Every statement of a document as constraints: stated dates, offsets, after/before bounds, stated
 * durations, a course's end not before its start, changes inside their course, and a therapy
 * stopped by a progression ending at it. Reports unknown anchors and unreadable dates on `issues`;
 * what cannot be read adds no constraint (the date stays open, never guessed).
 */
export function statedConstraints(
  doc: TimelineDocument,
  index: SlotIndex,
  issues: IssueList,
): Constraint[] {
  const out: Constraint[] = [];
  const cycleDays = new Map<string, number>();
  for (const e of doc.events)
    if (e.kind === "therapy" && e.cycleDays !== undefined) cycleDays.set(e.id, e.cycleDays);

  const edgeKey = (ref: EventEdge, path: string): string | null => {
    const e = index.edges.get(ref.event);
    if (e) return ref.edge === "end" ? e.end : e.start;
    if (!index.malformed.has(ref.event))
      issues.error(
        path,
        `refers to '${ref.event}', which is no event or diagnosis id in this document`,
      );
    return null;
  };

  for (const slot of index.slots) {
    const input = slot.input;
    if (input === undefined) continue;
    const add = (c: Omit<Constraint, "path">) => out.push({ ...c, path: slot.label });
    const text = typeof input === "object" ? input.text : undefined;
    if (typeof input === "string" || "date" in input) {
      const str = typeof input === "string" ? input : input.date;
      const d = calendarOf(
        str,
        typeof input === "string" ? slot.path : `${slot.path}.date`,
        issues,
      );
      if (d)
        add({
          from: ORIGIN,
          to: slot.key,
          min: d.earliest,
          max: d.latest,
          kind: "date",
          says: quote(text, str),
        });
      continue;
    }
    if ("unknown" in input) continue;
    if ("relativeTo" in input) {
      const k = edgeKey(input.relativeTo, `${slot.path}.relativeTo.event`);
      if (k === null) continue;
      const days = offsetRange(
        input.offset,
        input.approximate === true,
        input.relativeTo.event,
        cycleDays,
        `${slot.path}.offset`,
        issues,
      );
      if (!days) continue;
      const says = quote(
        text,
        `${input.approximate ? "about " : ""}${unitName(input.offset)} ${input.offset.amount < 0 ? "before" : "after"} ${edgeName(input.relativeTo)}`.replace(
          /-(\d)/,
          "$1",
        ),
      );
      add({ from: k, to: slot.key, min: days[0], max: days[1], kind: "offset", says });
      continue;
    }
    const bound = (b: DateBound, side: "after" | "before", path: string) => {
      const says = quote(text, `${side} ${"date" in b ? b.date : edgeName(b)}`);
      if ("date" in b) {
        const d = calendarOf(b.date, `${path}.date`, issues);
        if (!d) return;
        if (side === "after")
          add({ from: ORIGIN, to: slot.key, min: d.earliest, max: null, kind: "after", says });
        else add({ from: ORIGIN, to: slot.key, min: null, max: d.latest, kind: "before", says });
        return;
      }
      const k = edgeKey(b, `${path}.event`);
      if (k === null) return;
      if (side === "after") add({ from: k, to: slot.key, min: 0, max: null, kind: "after", says });
      else add({ from: slot.key, to: k, min: 0, max: null, kind: "before", says });
    };
    if ("after" in input) bound(input.after, "after", `${slot.path}.after`);
    if (input.before !== undefined) bound(input.before, "before", `${slot.path}.before`);
  }
  out.push(...structuralConstraints(doc, index, cycleDays, issues));
  return out;
}

/** Constraints the model implies: course order, stated durations, changes inside a course, stops. */
function structuralConstraints(
  doc: TimelineDocument,
  index: SlotIndex,
  cycleDays: ReadonlyMap<string, number>,
  issues: IssueList,
): Constraint[] {
  const out: Constraint[] = [];
  const slotOf = new Map(index.slots.map((s) => [s.key, s]));
  const label = (key: string) => slotOf.get(key)?.label ?? key;
  const stoppers = new Map<string, string[]>();
  for (const e of doc.events)
    if ((e.kind === "progression" || e.kind === "resistance") && e.therapy !== undefined)
      stoppers.set(e.therapy, [...(stoppers.get(e.therapy) ?? []), e.id]);

  doc.events.forEach((e, i) => {
    const edges = index.edges.get(e.id);
    if (!edges || edges.start === "" || edges.start === edges.end) return;
    const spec = kindSpec(e);
    out.push({
      from: edges.start,
      to: edges.end,
      min: 0,
      max: null,
      kind: "course",
      path: label(edges.end),
      says: (spec.courseWords ?? COURSE_WORDS).order,
    });
    if ((e.kind === "therapy" || e.kind === "radiotherapy") && e.duration !== undefined) {
      const days = durationRange(
        e.duration,
        e.kind === "therapy" ? e.id : "",
        cycleDays,
        `events[${i}].duration`,
        issues,
      );
      if (days)
        out.push({
          from: edges.start,
          to: edges.end,
          min: days[0],
          max: days[1],
          kind: "duration",
          path: `events[${i}] (${e.id}).duration`,
          says: quote(
            e.duration.text,
            `for ${e.duration.approximate ? "about " : ""}${unitName(e.duration)}`,
          ),
        });
    }
    const inside = (key: string, what: string) => {
      out.push({
        from: edges.start,
        to: key,
        min: 0,
        max: null,
        kind: "inside",
        path: label(key),
        says: `${what} not before the start`,
      });
      if (!(e.kind === "therapy" && e.ongoing === true))
        out.push({
          from: key,
          to: edges.end,
          min: 0,
          max: null,
          kind: "inside",
          path: label(key),
          says: `${what} not after the end`,
        });
    };
    for (const part of spec.inside?.(e) ?? []) inside(`${e.id}.${part.key}`, part.what);
    // "Stopped because of progression": with no stated end and one progression or resistance
    // event recorded on it, the therapy ends at that event.
    const by = stoppers.get(e.id);
    if (
      e.kind === "therapy" &&
      e.end === undefined &&
      e.ongoing !== true &&
      e.stopReason === "progression" &&
      by?.length === 1
    ) {
      const p = index.edges.get(by[0]!);
      if (p)
        out.push({
          from: p.start,
          to: edges.end,
          min: 0,
          max: 0,
          kind: "stopped-by",
          path: label(edges.end),
          says: `stopped at ${by[0]}`,
        });
    }
  });
  // Resistance arises on a therapy already given.
  doc.events.forEach((e) => {
    if (e.kind !== "resistance") return;
    const t = index.edges.get(e.therapy);
    const r = index.edges.get(e.id);
    if (t && r && t.start !== "")
      out.push({
        from: t.start,
        to: r.start,
        min: 0,
        max: null,
        kind: "inside",
        path: label(r.start),
        says: `resistance not before ${e.therapy} started`,
      });
  });
  // An ongoing therapy with no stated end runs to the data cut-off, when there is one.
  if (slotOf.has(CUTOFF_KEY))
    for (const s of index.slots)
      if (s.ongoing)
        out.push({
          from: CUTOFF_KEY,
          to: s.key,
          min: 0,
          max: 0,
          kind: "ongoing",
          path: s.label,
          says: "ongoing at the data cut-off",
        });
  return out;
}

function quote(text: string | undefined, fallback: string): string {
  return text === undefined ? fallback : `"${text}"`;
}

function calendarOf(str: string, path: string, issues: IssueList): ResolvedDate | null {
  const p = parseEdtf(str);
  if (typeof p === "string") {
    issues.error(path, p);
    return null;
  }
  return p;
}

function offsetRange(
  offset: Offset,
  approximate: boolean,
  anchor: string,
  cycleDays: ReadonlyMap<string, number>,
  path: string,
  issues: IssueList,
): [number, number] | null {
  if (offset.unit !== "cycle") return offsetDays(offset, approximate);
  const days = cycleDays.get(anchor);
  if (days === undefined) {
    issues.error(
      `${path}.unit`,
      `an offset in cycles needs '${anchor}' to be a therapy with cycleDays`,
    );
    return null;
  }
  return offsetDays(offset, approximate, days);
}

function durationRange(
  d: Duration,
  own: string,
  cycleDays: ReadonlyMap<string, number>,
  path: string,
  issues: IssueList,
): [number, number] | null {
  return offsetRange(
    { amount: d.amount, unit: d.unit },
    d.approximate === true,
    own,
    cycleDays,
    path,
    issues,
  );
}

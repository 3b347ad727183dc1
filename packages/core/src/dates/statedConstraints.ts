import type { DateBound, DateInput, Duration, EventEdge, Offset } from "../model/dateInput.js";
import type { TimelineDocument } from "../model/timeline.js";
import { suggester, type IssueList } from "../validate/issue.js";
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
  const read = dateReader(doc, index, issues);
  for (const slot of index.slots) slotConstraints(slot, read, out);
  out.push(...structuralConstraints(doc, index, read.cycleDays, issues));
  return out;
}

/** How a document's statements are read: calendar dates, anchors, cycle lengths; errors to `issues`. */
interface DateReader {
  issues: IssueList;
  cycleDays: ReadonlyMap<string, number>;
  /** A calendar date string as a window (null: unreadable, reported at `path`). */
  calendarOf: (str: string, path: string) => ResolvedDate | null;
  /** The slot key an event edge names (null: no such event, reported at `path` unless malformed). */
  edgeKey: (ref: EventEdge, path: string) => string | null;
}

/** A date input stated relative to another event. */
type RelativeInput = Extract<DateInput, { relativeTo: EventEdge }>;

/** Stage 1: the reader of a document's statements (each date string parsed once per document). */
function dateReader(doc: TimelineDocument, index: SlotIndex, issues: IssueList): DateReader {
  // Many events share a date string: parse each string once per document.
  const parsed = new Map<string, ResolvedDate | string>();
  const calendarOf = (str: string, path: string): ResolvedDate | null => {
    let p = parsed.get(str);
    if (p === undefined) parsed.set(str, (p = parseEdtf(str)));
    if (typeof p === "string") {
      issues.error(path, p);
      return null;
    }
    return p;
  };
  const cycleDays = new Map<string, number>();
  for (const e of doc.events)
    if (e.kind === "therapy" && e.cycleDays !== undefined) cycleDays.set(e.id, e.cycleDays);

  const suggest = suggester(index.edges.keys());
  const edgeKey = (ref: EventEdge, path: string): string | null => {
    const e = index.edges.get(ref.event);
    if (e) return ref.edge === "end" ? e.end : e.start;
    if (!index.malformed.has(ref.event))
      issues.error(
        path,
        `refers to '${ref.event}', which is no event or diagnosis id in this document${suggest(ref.event)}`,
      );
    return null;
  };
  return { issues, cycleDays, calendarOf, edgeKey };
}

/** One constraint of a slot, fields in the order the network has always listed them (`path` last). */
function add(
  out: Constraint[],
  slot: DateSlot,
  from: string,
  to: string,
  min: number | null,
  max: number | null,
  kind: Constraint["kind"],
  says: string,
): void {
  out.push({ from, to, min, max, kind, says, path: slot.label } as Constraint);
}

/** Stage 2: a slot's own statement: a calendar date, an offset, or after/before bounds. */
function slotConstraints(slot: DateSlot, read: DateReader, out: Constraint[]): void {
  const input = slot.input;
  if (input === undefined) return;
  const text = typeof input === "object" ? input.text : undefined;
  if (typeof input === "string" || "date" in input) {
    const str = typeof input === "string" ? input : input.date;
    const d = read.calendarOf(str, typeof input === "string" ? slot.path : `${slot.path}.date`);
    if (d) add(out, slot, ORIGIN, slot.key, d.earliest, d.latest, "date", quote(text, str));
    return;
  }
  if ("unknown" in input) return;
  if ("relativeTo" in input) {
    offsetConstraint(slot, input, text, read, out);
    return;
  }
  if ("after" in input) boundConstraint(slot, input.after, "after", text, read, out);
  if (input.before !== undefined) boundConstraint(slot, input.before, "before", text, read, out);
}

/** A slot stated as an offset from another event's start or end. */
function offsetConstraint(
  slot: DateSlot,
  input: RelativeInput,
  text: string | undefined,
  read: DateReader,
  out: Constraint[],
): void {
  const k = read.edgeKey(input.relativeTo, `${slot.path}.relativeTo.event`);
  if (k === null) return;
  const days = offsetRange(
    input.offset,
    input.approximate === true,
    input.relativeTo.event,
    read.cycleDays,
    `${slot.path}.offset`,
    read.issues,
  );
  if (!days) return;
  const says = quote(
    text,
    `${input.approximate ? "about " : ""}${unitName(input.offset)} ${input.offset.amount < 0 ? "before" : "after"} ${edgeName(input.relativeTo)}`.replace(
      /-(\d)/,
      "$1",
    ),
  );
  add(out, slot, k, slot.key, days[0], days[1], "offset", says);
}

/** A slot stated as after or before a calendar date or another event's edge. */
function boundConstraint(
  slot: DateSlot,
  b: DateBound,
  side: "after" | "before",
  text: string | undefined,
  read: DateReader,
  out: Constraint[],
): void {
  const path = `${slot.path}.${side}`;
  const off = "date" in b ? undefined : b.offset;
  const moved = off
    ? `${unitName(off).replace(/^-/, "")} ${off.amount < 0 ? "before" : "after"} ${edgeName(b as EventEdge)}`
    : "";
  const says = quote(text, `${side} ${"date" in b ? b.date : moved || edgeName(b)}`);
  if ("date" in b) {
    const d = read.calendarOf(b.date, `${path}.date`);
    if (!d) return;
    if (side === "after") add(out, slot, ORIGIN, slot.key, d.earliest, null, "after", says);
    else add(out, slot, ORIGIN, slot.key, null, d.latest, "before", says);
    return;
  }
  const k = read.edgeKey(b, `${path}.event`);
  if (k === null) return;
  // `to − from ≥ min`, the bound moved by its offset: after X + a is `slot − X ≥ a` (at its
  // earliest reading); before X + a is `X − slot ≥ −a` (at its latest).
  // The offset of a bound is a threshold, read exactly: "more than one year after the surgery" is
  // at least 365 days after it, not the 6 months that "one year" ± ½ would allow.
  const days = off
    ? offsetRange(off, false, b.event, read.cycleDays, `${path}.offset`, read.issues, true)
    : ([0, 0] as const);
  if (!days) return;
  // A bound in cycles of no stated length bounds nothing on the side it leaves open.
  if (side === "after") {
    if (days[0] !== null) add(out, slot, k, slot.key, days[0], null, "after", says);
  } else if (days[1] !== null) add(out, slot, slot.key, k, -days[1], null, "before", says);
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
  // What stopped a therapy "for progression": the progression recorded on it; a resistance
  // finding recorded beside that progression is its cause, not a second stop.
  const progressions = new Map<string, string[]>();
  const resistances = new Map<string, string[]>();
  for (const e of doc.events)
    if ((e.kind === "progression" || e.kind === "resistance") && e.therapy !== undefined) {
      const into = e.kind === "progression" ? progressions : resistances;
      into.set(e.therapy, [...(into.get(e.therapy) ?? []), e.id]);
    }
  const stoppers = new Map(resistances);
  for (const [k, v] of progressions) stoppers.set(k, v);
  // What stopped a therapy "for toxicity": the adverse event recorded on it that discontinued it.
  const toxicities = new Map<string, string[]>();
  for (const e of doc.events)
    if (e.kind === "adverse-event" && e.therapy !== undefined && e.action === "discontinued")
      toxicities.set(e.therapy, [...(toxicities.get(e.therapy) ?? []), e.id]);

  doc.events.forEach((e, i) => {
    const edges = index.edges.get(e.id);
    if (!edges || edges.start === "" || edges.start === edges.end) return;
    courseConstraints(e, i, edges, label, cycleDays, issues, out);
    stoppedByConstraint(
      e,
      edges,
      e.kind === "therapy" && e.stopReason === "toxicity"
        ? toxicities.get(e.id)
        : stoppers.get(e.id),
      index,
      label,
      out,
    );
  });
  resistanceConstraints(doc, index, label, out);
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

/** One event of a document. */
type DocEvent = TimelineDocument["events"][number];

/** An event's course: its end not before its start, a stated duration, its changes inside it. */
function courseConstraints(
  e: DocEvent,
  i: number,
  edges: EdgeKeys,
  label: (key: string) => string,
  cycleDays: ReadonlyMap<string, number>,
  issues: IssueList,
  out: Constraint[],
): void {
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
  if (e.kind === "therapy") cyclesConstraint(e, i, edges, issues, out);
  // One fraction is given on one day (a radioiodine dose, single-fraction SRS): with no end and no
  // length stated, the course is that day, not a course of unknown length.
  if (
    e.kind === "radiotherapy" &&
    e.fractions === 1 &&
    e.end === undefined &&
    e.duration === undefined &&
    !(e.doseChanges ?? []).length
  )
    out.push({
      from: edges.start,
      to: edges.end,
      min: 0,
      max: 0,
      kind: "duration",
      path: `events[${i}] (${e.id}).fractions`,
      says: "a single fraction",
    });
  for (const part of spec.inside?.(e) ?? [])
    insideConstraints(e, edges, `${e.id}.${part.key}`, part.what, label, out);
}

/** Longer than this (a century, in days), a count of cycles is taken for a slip, not a length. */
const MAX_CYCLES_DAYS = 36_525;

/**
 * "Three cycles every 21 days": the course lasts at least until the last cycle began, two cycle
 * lengths after the first (no more is known: when the end falls in the last cycle is not said).
 */
function cyclesConstraint(
  e: Extract<DocEvent, { kind: "therapy" }>,
  i: number,
  edges: EdgeKeys,
  issues: IssueList,
  out: Constraint[],
): void {
  if (e.cycles === undefined || e.cycleDays === undefined || e.cycles < 2) return;
  const min = (e.cycles - 1) * e.cycleDays;
  if (min > MAX_CYCLES_DAYS) {
    issues.warn(
      `events[${i}].cycles`,
      `${e.cycles} cycles of ${e.cycleDays} days would last over a century: the course's length is not taken from them`,
    );
    return;
  }
  out.push({
    from: edges.start,
    to: edges.end,
    min,
    max: null,
    about: e.cycles * e.cycleDays,
    kind: "cycles",
    path: `events[${i}] (${e.id}).cycles`,
    says: `${e.cycles} cycles of ${e.cycleDays} days`,
  });
}

/** A change inside a course: not before its start and, unless the therapy is ongoing, its end. */
function insideConstraints(
  e: DocEvent,
  edges: EdgeKeys,
  key: string,
  what: string,
  label: (key: string) => string,
  out: Constraint[],
): void {
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
}

/**
 * Stop reasons that name what stopped the course: the disease growing on it (progression, or
 * refractory disease, primary resistance, a lost response: each a progression on it) or a toxicity.
 */
const STOPPED_BY = new Set([
  "progression",
  "refractory",
  "primary-resistance",
  "loss-of-response",
  "toxicity",
]);

/**
 * "Stopped because of progression" (or refractory disease): with no stated end and one progression recorded on it (or,
 * with none, one resistance event: `by`), the therapy ends at that event. "Stopped for toxicity",
 * the same with the one adverse event recorded on it whose action discontinued it.
 */
function stoppedByConstraint(
  e: DocEvent,
  edges: EdgeKeys,
  by: readonly string[] | undefined,
  index: SlotIndex,
  label: (key: string) => string,
  out: Constraint[],
): void {
  if (
    e.kind === "therapy" &&
    e.end === undefined &&
    e.ongoing !== true &&
    e.stopReason !== undefined &&
    STOPPED_BY.has(e.stopReason) &&
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
}

/** Resistance arises on a therapy already given. */
function resistanceConstraints(
  doc: TimelineDocument,
  index: SlotIndex,
  label: (key: string) => string,
  out: Constraint[],
): void {
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
}

function quote(text: string | undefined, fallback: string): string {
  return text === undefined ? fallback : `"${text}"`;
}

function offsetRange(
  offset: Offset,
  approximate: boolean,
  anchor: string,
  cycleDays: ReadonlyMap<string, number>,
  path: string,
  issues: IssueList,
  threshold = false,
): [number | null, number | null] | null {
  if (offset.unit !== "cycle") return offsetDays(offset, approximate, undefined, threshold);
  const days = cycleDays.get(anchor);
  if (days === undefined) {
    // "Complete response after two cycles" of a course whose cycle length the source does not
    // give: the order is kept, not a length made up.
    issues.warn(
      `${path}.unit`,
      `'${anchor}' states no cycleDays, so ${Math.abs(offset.amount)} cycles have no length here: read only as ${offset.amount < 0 ? "before" : "after"} '${anchor}' (give the course's cycleDays to place it)`,
    );
    return offset.amount < 0 ? [null, 0] : [0, null];
  }
  return offsetDays(offset, approximate, days, threshold);
}

function durationRange(
  d: Duration,
  own: string,
  cycleDays: ReadonlyMap<string, number>,
  path: string,
  issues: IssueList,
): [number | null, number | null] | null {
  if (d.unit === "cycle" && !cycleDays.has(own)) {
    issues.warn(
      `${path}.unit`,
      "a duration in cycles needs the course's cycleDays: without it the course has no stated length here",
    );
    return null;
  }
  return offsetRange(
    { amount: d.amount, unit: d.unit },
    d.approximate === true,
    own,
    cycleDays,
    path,
    issues,
  );
}

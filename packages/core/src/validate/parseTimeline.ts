import { TimelineDocument } from "../model/timeline.js";
import { TimelineEvent } from "../model/event.js";
import type { NormalizedEvent, Span, Timeline } from "../model/normalized.js";
import { resolveDates, type ResolvedDates } from "../dates/resolveDates.js";
import { CUTOFF_KEY } from "../dates/dateSlots.js";
import { parseEdtf } from "../dates/parseEdtf.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import { offsetBetween } from "../dates/offsetBetween.js";
import { checkReferences } from "./checkReferences.js";
import { checkChronology } from "./checkChronology.js";
import { checkInput } from "./inputLimits.js";
import { inEventOrder } from "./inEventOrder.js";
import { IssueList, withEventIds, type ValidationIssue } from "./issue.js";
import { fromZodIssues } from "./zodIssues.js";
import { eventName } from "../layout/describeEvent.js";

/** The result of parsing: a timeline, or every issue found. Warnings may accompany success. */
export type ParseResult<T> =
  { ok: true; value: T; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Validate any JSON value as a patient timeline and resolve its dates. Never throws: every problem
 * comes back as an issue with a path (`events[3].end: 2023-01-01 is before start 2023-05-03`),
 * in document order (issues outside events first, then by event index).
 * Input over `INPUT_LIMITS` is refused before validation, so any input costs bounded time.
 */
export function parseTimeline(input: unknown): ParseResult<Timeline> {
  try {
    const r = withInputChecks(input, parseUnsafe);
    // Issues and warnings are listed in document order, whichever check found them.
    return r.ok
      ? { ...r, warnings: withEventIds(inEventOrder(r.warnings), input) }
      : { ok: false, issues: withEventIds(inEventOrder(r.issues), input) };
  } catch (err) {
    // A bug of ours, not the user's: still never throw at the caller.
    return {
      ok: false,
      issues: [{ path: "", message: `internal error: ${String(err)}`, severity: "error" }],
    };
  }
}

/**
 * Refuse input over the limits before `parse` sees it, and add any text that XML cannot carry to
 * the issues (it would make every SVG of the document invalid).
 */
export function withInputChecks<T>(
  input: unknown,
  parse: (input: unknown) => ParseResult<T>,
): ParseResult<T> {
  const checked = checkInput(input);
  if (checked.refused) return { ok: false, issues: [checked.refused] };
  const r = parse(input);
  if (checked.characters.length === 0) return r;
  return { ok: false, issues: [...checked.characters, ...(r.ok ? [] : r.issues)] };
}

function parseUnsafe(input: unknown): ParseResult<Timeline> {
  const parsed = TimelineDocument.safeParse(input);
  if (!parsed.success) {
    const structural = fromZodIssues(parsed.error.issues, input);
    const rest = salvage(input);
    return { ok: false, issues: rest ? [...structural, ...rest] : structural };
  }
  const doc = parsed.data;
  const issues = new IssueList();
  checkPublished(doc.source, issues);
  checkReferences(doc, issues);
  const dates = resolveDates(doc, issues);
  checkChronology(doc, dates, issues);
  reportConflicts(dates, issues);
  if (issues.hasErrors) return { ok: false, issues: issues.items };
  return { ok: true, value: buildTimeline(doc, dates), warnings: issues.items };
}

/** The publication date names a real day in the supported years (it anchors no other date). */
export function checkPublished(source: { published?: string | undefined }, issues: IssueList) {
  if (source.published === undefined) return;
  const p = parseEdtf(source.published);
  if (typeof p === "string") issues.error("source.published", p);
}

/**
 * When the document's own fields are sound and only some events are malformed, check the sound
 * events too (references, dates, order), so one bad event does not hide the others' problems.
 * References to the malformed events are not reported again. Paths keep the original indices.
 */
function salvage(input: unknown): ValidationIssue[] | null {
  if (
    typeof input !== "object" ||
    input === null ||
    !Array.isArray((input as { events?: unknown }).events)
  )
    return null;
  const all = (input as { events: unknown[] }).events;
  const shell = TimelineDocument.safeParse({ ...input, events: [] });
  if (!shell.success) return null;
  const sound: TimelineEvent[] = [];
  const originalIndex: number[] = [];
  const broken = new Set<string>();
  all.forEach((e, i) => {
    const r = TimelineEvent.safeParse(e);
    if (r.success) {
      sound.push(r.data);
      originalIndex.push(i);
    } else if (
      typeof e === "object" &&
      e !== null &&
      typeof (e as { id?: unknown }).id === "string"
    ) {
      broken.add((e as { id: string }).id);
    }
  });
  const doc = { ...shell.data, events: sound };
  const issues = new IssueList();
  checkReferences(doc, issues, broken);
  const dates = resolveDates(doc, issues, broken);
  checkChronology(doc, dates, issues);
  reportConflicts(dates, issues);
  const remap = (text: string) =>
    text.replace(/events\[(\d+)\]/g, (_, k: string) => `events[${originalIndex[Number(k)]}]`);
  return issues.items
    .filter((i) => i.severity === "error")
    .map((i) => ({ ...i, path: remap(i.path), message: remap(i.message) }));
}

/**
 * Contradictions the date network found. One that broke an order the model implies is left to the
 * chronology check's wording when that check already reported the same place.
 */
function reportConflicts(dates: ResolvedDates, issues: IssueList): void {
  const reported = new Set(issues.items.map((i) => i.path));
  for (const c of dates.conflicts)
    if (
      !c.implied ||
      ![...reported].some((p) => p === c.path || p === c.path.replace(/\.[^.[]+$/, ""))
    )
      issues.error(c.path, c.message);
}

function buildTimeline(doc: TimelineDocument, dates: ResolvedDates): Timeline {
  const courseLength = (start: ResolvedDate, end: ResolvedDate): [number, number | null] | null => {
    const r = offsetBetween(dates.network, start, end);
    return r === null ? null : [Math.max(0, r[0] ?? 0), r[1]];
  };
  const spanOf = (id: string, ongoing: boolean): Span => {
    const e = dates.edges.get(id)!;
    const start = dates.byKey.get(e.start)!;
    const moment = e.start === e.end;
    const end = moment ? start : dates.byKey.get(e.end)!;
    return { start, end, ongoing, moment, length: moment ? null : courseLength(start, end) };
  };
  // Every dated field of each event, grouped once (a per-event scan would be quadratic).
  const byOwner = new Map<string, Record<string, ResolvedDate>>();
  for (const slot of dates.slots) {
    const rec = byOwner.get(slot.owner) ?? {};
    rec[slot.field] = dates.byKey.get(slot.key)!;
    byOwner.set(slot.owner, rec);
  }
  const datesOf = (id: string): Record<string, ResolvedDate> => byOwner.get(id) ?? {};
  const events: NormalizedEvent[] = doc.events.map((e, index) => ({
    ...e,
    index,
    span: spanOf(e.id, e.kind === "therapy" && e.ongoing === true),
    dates: datesOf(e.id),
  }));
  const diagnoses = (doc.diagnoses ?? []).map((d) => ({ ...d, span: spanOf(d.id, false) }));
  nameFrames(dates, events);
  const undated = [
    ...events.flatMap((e) => Object.values(e.dates)),
    ...diagnoses.map((d) => d.span.start),
  ].every((d) => d.precision === "unknown");
  return {
    document: doc,
    events,
    diagnoses,
    dataCutoff: dates.byKey.get(CUTOFF_KEY) ?? null,
    undated,
    network: dates.network,
  };
}

/**
 * Each relative frame's root in words on every date counted from it ("from start of carboplatin +
 * etoposide", not "from ce-1.start"): the root found by its edge key (`dates.edges`), never by
 * parsing the key; a root that is no event's edge (a diagnosis, a dated part) keeps a plain name.
 */
function nameFrames(dates: ResolvedDates, events: readonly NormalizedEvent[]): void {
  const frames = new Set<string>();
  for (const d of dates.byKey.values()) if (d.frame !== null) frames.add(d.frame);
  if (frames.size === 0) return;
  const byId = new Map<string, NormalizedEvent>();
  for (const e of events) byId.set(e.id, e);
  const names = new Map<string, string>();
  for (const [id, { start, end }] of dates.edges) {
    if (!frames.has(start) && !frames.has(end)) continue;
    const e = byId.get(id);
    // No event by that id: a diagnosis, the one other owner of edges.
    const name = e ? eventName(e) : "diagnosis";
    if (frames.has(start)) names.set(start, !e || e.span.moment ? name : `start of ${name}`);
    if (frames.has(end) && end !== start) names.set(end, `end of ${name}`);
  }
  for (const d of dates.byKey.values())
    if (d.frame !== null) d.frameName = names.get(d.frame) ?? d.frame;
}

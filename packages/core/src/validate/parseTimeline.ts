import { TimelineDocument } from "../model/timeline.js";
import type { NormalizedEvent, Span, Timeline } from "../model/normalized.js";
import { resolveDates, type ResolvedDates } from "../dates/resolveDates.js";
import { CUTOFF_KEY } from "../dates/dateSlots.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import { checkReferences } from "./checkReferences.js";
import { checkChronology } from "./checkChronology.js";
import { IssueList, type ValidationIssue } from "./issue.js";
import { fromZodIssues } from "./zodIssues.js";

/** The result of parsing: a timeline, or every issue found. Warnings may accompany success. */
export type ParseResult<T> =
  { ok: true; value: T; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Validate any JSON value as a patient timeline and resolve its dates. Never throws: every problem
 * comes back as an issue with a path (`events[3].end: 2023-01-01 is before start 2023-05-03`).
 */
export function parseTimeline(input: unknown): ParseResult<Timeline> {
  try {
    return parseUnsafe(input);
  } catch (err) {
    // A bug of ours, not the user's: still never throw at the caller.
    return {
      ok: false,
      issues: [{ path: "", message: `internal error: ${String(err)}`, severity: "error" }],
    };
  }
}

function parseUnsafe(input: unknown): ParseResult<Timeline> {
  const parsed = TimelineDocument.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
  const doc = parsed.data;
  const issues = new IssueList();
  checkReferences(doc, issues);
  const dates = resolveDates(doc, issues);
  checkChronology(doc, dates, issues);
  if (issues.hasErrors) return { ok: false, issues: issues.items };
  return { ok: true, value: buildTimeline(doc, dates), warnings: issues.items };
}

function buildTimeline(doc: TimelineDocument, dates: ResolvedDates): Timeline {
  const spanOf = (id: string, ongoing: boolean): Span => {
    const e = dates.edges.get(id)!;
    return { start: dates.byKey.get(e.start)!, end: dates.byKey.get(e.end)!, ongoing };
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
  };
}

import type { ValidationIssue } from "./issue.js";

/** The index of the event a path points into (`events[3].end` → 3), or -1 outside events. */
function eventIndex(path: string): number {
  const m = /^events\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : -1;
}

/**
 * Issues in the order of the document: those outside events (source, patient, diagnoses) first,
 * then by the index of the event their path points into. Stable: issues of one event keep the
 * order the checks found them in.
 */
export function inEventOrder(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((issue, i) => ({ issue, i, at: eventIndex(issue.path) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.issue);
}

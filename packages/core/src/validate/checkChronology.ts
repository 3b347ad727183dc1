import type { TimelineDocument } from "../model/timeline.js";
import { describeDate, type ResolvedDate } from "../dates/resolvedDate.js";
import type { ResolvedDates } from "../dates/resolveDates.js";
import type { IssueList } from "./issue.js";

/** True when `a` is certainly before `b` (same frame, a's latest < b's earliest). */
export function certainlyBefore(a: ResolvedDate, b: ResolvedDate): boolean {
  return (
    a.frame === b.frame &&
    a.latest !== null &&
    b.earliest !== null &&
    a.latest < b.earliest &&
    possible(a) &&
    possible(b)
  );
}

/** A date whose bounds are not contradictory (those are reported once, where they are stated). */
const possible = (d: ResolvedDate) =>
  d.earliest === null || d.latest === null || d.earliest <= d.latest;

/** Order checks that need resolved dates: ends before starts, changes outside their therapy, events after death. */
export function checkChronology(
  doc: TimelineDocument,
  dates: ResolvedDates,
  issues: IssueList,
): void {
  const at = (key: string) => dates.byKey.get(key);
  doc.events.forEach((e, i) => {
    const edges = dates.edges.get(e.id);
    if (!edges) return;
    const start = at(edges.start);
    const end = at(edges.end);
    const p = `events[${i}]`;
    if (start && end && edges.start !== edges.end && certainlyBefore(end, start)) {
      const endField = e.kind === "molecular" ? "resultDate" : "end";
      const startField = e.kind === "molecular" ? "sample date" : "start";
      issues.error(
        `${p}.${endField}`,
        `${describeDate(end)} is before ${startField} ${describeDate(start)}`,
      );
    }
    const inside = (key: string, path: string, what: string) => {
      const d = at(key);
      if (!d || !start) return;
      if (certainlyBefore(d, start))
        issues.error(
          path,
          `${what} on ${describeDate(d)} is before the start ${describeDate(start)}`,
        );
      if (end && !end.text?.startsWith("ongoing") && certainlyBefore(end, d))
        issues.error(path, `${what} on ${describeDate(d)} is after the end ${describeDate(end)}`);
    };
    if (e.kind === "therapy")
      e.modifications?.forEach((m, j) =>
        inside(`${e.id}.modifications[${j}]`, `${p}.modifications[${j}].date`, `the ${m.type}`),
      );
    if (e.kind === "radiotherapy")
      e.doseChanges?.forEach((_, j) =>
        inside(`${e.id}.doseChanges[${j}]`, `${p}.doseChanges[${j}].date`, "the dose change"),
      );
    if (e.kind === "resistance") {
      const t = dates.edges.get(e.therapy);
      const ts = t && at(t.start);
      if (start && ts && certainlyBefore(start, ts))
        issues.error(
          `${p}.date`,
          `resistance on ${describeDate(start)} is before its therapy started ${describeDate(ts)}`,
        );
    }
  });

  const deathIndex = doc.events.findIndex((e) => e.kind === "outcome" && e.status === "death");
  const death = deathIndex < 0 ? undefined : at(`${doc.events[deathIndex]!.id}.start`);
  if (death) {
    doc.events.forEach((e, i) => {
      const s = at(dates.edges.get(e.id)?.start ?? "");
      if (i !== deathIndex && s && certainlyBefore(death, s))
        issues.error(
          `events[${i}]`,
          `starts ${describeDate(s)}, after death on ${describeDate(death)}`,
        );
    });
  }
}

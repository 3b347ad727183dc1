import type { TimelineDocument } from "../model/timeline.js";
import { describeDate } from "../dates/resolvedDate.js";
import type { ResolvedDates } from "../dates/resolveDates.js";
import type { IssueList } from "./issue.js";
import { certainlyBefore } from "../dates/certainlyBefore.js";
import { COURSE_WORDS, kindSpec } from "../kinds/registry.js";

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
    const spec = kindSpec(e);
    if (start && end && edges.start !== edges.end && certainlyBefore(end, start)) {
      const names = spec.courseWords ?? COURSE_WORDS;
      issues.error(
        `${p}.${names.end}`,
        `${describeDate(end)} is before ${names.start} ${describeDate(start)}`,
      );
    }
    for (const { key, what } of spec.inside?.(e) ?? []) {
      const d = at(`${e.id}.${key}`);
      const path = `${p}.${key}.date`;
      if (!d || !start) continue;
      if (certainlyBefore(d, start))
        issues.error(
          path,
          `${what} on ${describeDate(d)} is before the start ${describeDate(start)}`,
        );
      if (end && !end.text?.startsWith("ongoing") && certainlyBefore(end, d))
        issues.error(path, `${what} on ${describeDate(d)} is after the end ${describeDate(end)}`);
    }
    const startOf = (id: string) => {
      const other = dates.edges.get(id);
      return other && at(other.start);
    };
    spec.chronology?.(e, { path: p, issues, start, startOf });
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

import {
  parseTimeline,
  SCHEMA_VERSION,
  type CohortDocument,
  type TimelineDocumentInput,
} from "@oncoline/core";
import type { IssueCollector } from "./issueCollector.js";
import type { ImportResult } from "./importResult.js";

type Source = CohortDocument["source"];
type Note = NonNullable<CohortDocument["notes"]>[number];

/**
 * The last stage of every importer: check each imported patient with core's `parseTimeline` and
 * wrap them in a cohort document. A patient core rejects (a bug of ours, never silently) is left
 * out and its issues are reported as import errors, so `value` always passes `parseCohort`.
 */
export function finishCohort(
  id: string,
  source: Source,
  patients: TimelineDocumentInput[],
  notes: Note[],
  collector: IssueCollector,
  file: string,
): ImportResult {
  const kept: TimelineDocumentInput[] = [];
  for (const patient of patients) {
    const checked = parseTimeline(patient);
    if (checked.ok) {
      kept.push(patient);
      for (const w of checked.warnings)
        collector.warn({ file, path: `patient ${patient.id}: ${w.path}` }, w.message);
    } else {
      for (const issue of checked.issues)
        collector.error(
          { file, path: `patient ${patient.id}: ${issue.path}` },
          `the imported timeline fails validation (left out): ${issue.message}`,
        );
    }
  }
  const value: CohortDocument = {
    schemaVersion: SCHEMA_VERSION,
    kind: "cohort",
    id,
    source,
    patients: kept,
    ...(notes.length > 0 ? { notes } : {}),
  };
  const { issues, warnings } = collector.finish(file);
  return { ok: issues.length === 0, value, issues, warnings };
}

import {
  parseCohort,
  parseTimeline,
  type Cohort,
  type ParseResult,
  type Timeline,
} from "@oncoline/core";

/** A parsed file: a patient timeline or a cohort, told apart by `"kind": "cohort"`. */
export type ParsedDocument =
  | { kind: "timeline"; result: ParseResult<Timeline> }
  | { kind: "cohort"; result: ParseResult<Cohort> };

/** Validate a JSON value as a cohort when it says `"kind": "cohort"`, else as a patient timeline. */
export function parseDocument(json: unknown): ParsedDocument {
  return isCohort(json)
    ? { kind: "cohort", result: parseCohort(json) }
    : { kind: "timeline", result: parseTimeline(json) };
}

function isCohort(json: unknown): boolean {
  return typeof json === "object" && json !== null && "kind" in json && json.kind === "cohort";
}

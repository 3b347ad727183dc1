import { parseTimeline, type Timeline, type ValidationIssue } from "@oncoline/core";

/** What the editor's text is: not JSON, JSON that does not validate, or a timeline. */
export type ReadResult =
  | { kind: "empty" }
  | { kind: "not-json"; message: string }
  | { kind: "invalid"; issues: readonly ValidationIssue[] }
  | { kind: "timeline"; timeline: Timeline; warnings: readonly ValidationIssue[] };

/** Read the editor's text as a timeline document; never throws. */
export function readTimeline(text: string): ReadResult {
  if (text.trim() === "") return { kind: "empty" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { kind: "not-json", message: e instanceof Error ? e.message : String(e) };
  }
  const result = parseTimeline(json);
  return result.ok
    ? { kind: "timeline", timeline: result.value, warnings: result.warnings }
    : { kind: "invalid", issues: result.issues };
}

import { formatIssue, type Cohort, type Timeline } from "@oncoline/core";
import type { Io } from "./io.js";
import { parseDocument } from "./parseDocument.js";
import { readDocument } from "./readDocument.js";

/** A valid file: a patient timeline or a cohort. */
export type LoadedDocument =
  { kind: "timeline"; value: Timeline } | { kind: "cohort"; value: Cohort };

/**
 * Read and validate a patient timeline or a cohort file. Issues and warnings go to stderr as
 * `<file>: <path>: <message>`; returns `null` when the data is invalid (exit 1).
 */
export async function loadDocument(io: Io, file: string): Promise<LoadedDocument | null> {
  const parsed = parseDocument(await readDocument(io, file));
  const { result } = parsed;
  for (const issue of result.ok ? result.warnings : result.issues)
    io.stderr(`${file}: ${formatIssue(issue)}`);
  if (!result.ok) return null;
  return parsed.kind === "cohort"
    ? { kind: "cohort", value: result.value as Cohort }
    : { kind: "timeline", value: result.value as Timeline };
}

import { formatIssue, type Timeline } from "@oncoline/core";
import { CliError } from "./cliError.js";
import type { Io } from "./io.js";
import { parseDocument } from "./parseDocument.js";
import { readDocument } from "./readDocument.js";

/**
 * Read and validate one patient timeline for a command that needs one. Issues and warnings go to
 * stderr as `<file>: <path>: <message>`; returns `null` when the data is invalid (exit 1). A cohort
 * file throws a `CliError` (exit 2) with `cohortMessage`.
 */
export async function loadTimeline(
  io: Io,
  file: string,
  cohortMessage: string,
): Promise<Timeline | null> {
  const parsed = parseDocument(await readDocument(io, file));
  if (parsed.kind === "cohort") throw new CliError(`${file}: ${cohortMessage}`, 2);
  const { result } = parsed;
  for (const issue of result.ok ? result.warnings : result.issues)
    io.stderr(`${file}: ${formatIssue(issue)}`);
  return result.ok ? result.value : null;
}

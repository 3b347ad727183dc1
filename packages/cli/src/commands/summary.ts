import { caseCaption, summarizeCohort, summarizeTimeline } from "@oncoline/core";
import { usageError } from "../cliError.js";
import { cohortSummaryTable } from "../cohortSummaryTable.js";
import { COMMAND_HELP } from "../help.js";
import type { Io } from "../io.js";
import { loadDocument } from "../loadDocument.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { summaryTable } from "../summaryTable.js";
import { hasSwimmerOptions, SWIMMER_OPTIONS, swimmerRequest } from "../swimmerRequest.js";

const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  ...SWIMMER_OPTIONS,
} as const;

/**
 * `oncoline summary <file> [--json]`: a patient's derived metrics, or a cohort's per-group
 * summary (n, ORR, median duration with range), as an aligned table or as JSON.
 */
export async function summary(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("summary", args, OPTIONS);
  if (values.help) return (io.stdout(COMMAND_HELP.summary), 0);
  const [file, ...extra] = positionals;
  if (file === undefined) throw usageError("summary", "no file given");
  if (extra.length > 0)
    throw usageError("summary", `one file at a time (got ${positionals.length})`);
  const doc = await loadDocument(io, file);
  if (!doc) return 1;
  if (doc.kind === "cohort") {
    const s = summarizeCohort(doc.value, swimmerRequest("summary", values));
    const title = doc.value.document.title ?? doc.value.document.id;
    io.stdout(values.json ? JSON.stringify(s, null, 2) : cohortSummaryTable(title, s));
    return 0;
  }
  if (hasSwimmerOptions(values))
    throw usageError(
      "summary",
      "--align, --sort, --order, --group and --unit apply to cohort files",
    );
  const s = summarizeTimeline(doc.value);
  io.stdout(
    values.json ? JSON.stringify(s, null, 2) : summaryTable(s, caseCaption(doc.value), doc.value),
  );
  return 0;
}

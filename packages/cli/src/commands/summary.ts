import { summarizeTimeline } from "@oncoline/core";
import { usageError } from "../cliError.js";
import { COMMAND_HELP } from "../help.js";
import type { Io } from "../io.js";
import { loadTimeline } from "../loadTimeline.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { summaryTable } from "../summaryTable.js";

const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const COHORT = "cohort files cannot be summarized yet (cohort metrics are a later feature)";

/** `oncoline summary <file> [--json]`: the derived metrics as an aligned table or as JSON. */
export async function summary(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("summary", args, OPTIONS);
  if (values.help) return (io.stdout(COMMAND_HELP.summary), 0);
  const [file, ...extra] = positionals;
  if (file === undefined) throw usageError("summary", "no file given");
  if (extra.length > 0)
    throw usageError("summary", `one file at a time (got ${positionals.length})`);
  const timeline = await loadTimeline(io, file, COHORT);
  if (!timeline) return 1;
  const s = summarizeTimeline(timeline);
  io.stdout(values.json ? JSON.stringify(s, null, 2) : summaryTable(s));
  return 0;
}

import { formatIssue } from "@oncoline/core";
import { CliError, usageError } from "../cliError.js";
import { COMMAND_HELP } from "../help.js";
import type { Io } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { parseDocument, type ParsedDocument } from "../parseDocument.js";
import { readDocument } from "../readDocument.js";

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  normalize: { type: "boolean" },
} as const;

/** `oncoline validate <file…>`: 0 all valid, 1 some invalid, 2 some unreadable or not JSON. */
export async function validate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", args, OPTIONS);
  if (values.help) return (io.stdout(COMMAND_HELP.validate), 0);
  if (positionals.length === 0) throw usageError("validate", "no file given");
  if (values.normalize) {
    const [file, ...more] = positionals;
    if (file === undefined || more.length > 0)
      throw usageError("validate", "--normalize takes exactly one file");
    return normalizeFile(io, file);
  }
  let worst = 0;
  for (const file of positionals) worst = Math.max(worst, await validateFile(io, file));
  return worst;
}

/** A file read and validated, or the exit code after its read error was printed. */
async function readParsed(io: Io, file: string): Promise<ParsedDocument | number> {
  try {
    return parseDocument(await readDocument(io, file));
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    io.stderr(err.message);
    return err.exitCode;
  }
}

async function validateFile(io: Io, file: string): Promise<number> {
  const parsed = await readParsed(io, file);
  if (typeof parsed === "number") return parsed;
  const { result } = parsed;
  if (!result.ok) {
    for (const issue of result.issues) io.stdout(`${file}: ${formatIssue(issue)}`);
    return 1;
  }
  io.stdout(`${file}: ${describeValid(parsed)}`);
  for (const warning of result.warnings) io.stdout(`${file}: ${formatIssue(warning)}`);
  return 0;
}

/**
 * `--normalize`: the validated `Timeline` (or `Cohort`) as JSON on stdout, every date resolved, for
 * renderers that take validated data without loading the validator (`@oncoline/core/render`,
 * `PatientTimelineView`); issues and warnings go to stderr, and nothing to stdout when invalid.
 */
async function normalizeFile(io: Io, file: string): Promise<number> {
  const parsed = await readParsed(io, file);
  if (typeof parsed === "number") return parsed;
  const { result } = parsed;
  if (!result.ok) {
    for (const issue of result.issues) io.stderr(`${file}: ${formatIssue(issue)}`);
    return 1;
  }
  for (const warning of result.warnings) io.stderr(`${file}: ${formatIssue(warning)}`);
  io.stdout(JSON.stringify(result.value));
  return 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** `valid (27 events)` or `valid cohort (16 table rows × 12 columns, 0 patient timelines)`. */
function describeValid(parsed: ParsedDocument): string {
  if (!parsed.result.ok) return "invalid";
  if (parsed.kind === "timeline")
    return `valid (${count(parsed.result.value.events.length, "event")})`;
  const { rows, columns, patients } = parsed.result.value;
  const events = patients.reduce((n, p) => n + p.events.length, 0);
  const timelines = count(patients.length, "patient timeline");
  return `valid cohort (${count(rows.length, "table row")} × ${count(columns.length, "column")}, ${timelines}${patients.length ? ` with ${count(events, "event")}` : ""})`;
}

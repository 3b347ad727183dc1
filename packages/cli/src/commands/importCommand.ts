import { resolve } from "node:path";
import { formatImportIssue } from "@oncoline/import";
import { CliError, usageError } from "../cliError.js";
import { describeFsError } from "../describeFsError.js";
import { COMMAND_HELP } from "../help.js";
import { IMPORT_FORMATS, IMPORTERS, isImportFormat } from "../importers.js";
import type { Io } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { writeAtomic } from "../writeAtomic.js";

const OPTIONS = {
  output: { type: "string", short: "o" },
  mapping: { type: "string", short: "m" },
  "study-id": { type: "string" },
  "primary-site": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const fail = (problem: string) => usageError("import", problem);

/**
 * `oncoline import <format> <input> -o out.json`: run an importer, print every issue and warning
 * with its place, and write the cohort atomically only when there was no error (exit 1 otherwise,
 * an existing output file is left as it was).
 */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("import", args, OPTIONS);
  if (values.help) return (io.stdout(COMMAND_HELP.import), 0);
  const [format, input, ...extra] = positionals;
  if (format === undefined) throw fail(`no format given (${IMPORT_FORMATS.join(", ")})`);
  if (!isImportFormat(format))
    throw fail(`unknown format '${format}' (expected ${IMPORT_FORMATS.join(", ")})`);
  if (input === undefined) throw fail("no input given");
  if (extra.length > 0) throw fail(`one input at a time (got ${positionals.length - 1})`);
  if (values.output === undefined) throw fail("missing -o <path> (where to write the cohort JSON)");

  const result = await IMPORTERS[format]({
    input,
    mapping: values.mapping,
    studyId: values["study-id"],
    primarySite: values["primary-site"],
    read: (file) => readText(io, file),
    list: (dir) => io.listDir(resolve(io.cwd, dir)),
  });
  for (const w of result.warnings) io.stderr(formatImportIssue(w));
  for (const issue of result.issues) io.stderr(formatImportIssue(issue));
  if (!result.ok) {
    io.stderr(`${values.output}: not written (${result.issues.length} error(s) in the input)`);
    return 1;
  }
  await writeAtomic(io, values.output, `${JSON.stringify(result.value, null, 2)}\n`);
  const patients = result.value.patients ?? [];
  const events = patients.reduce((n, p) => n + p.events.length, 0);
  io.stdout(
    `${values.output}: wrote a cohort of ${patients.length} patient(s), ${events} event(s) (${format})`,
  );
  return 0;
}

async function readText(io: Io, file: string): Promise<string> {
  try {
    return await io.readFile(resolve(io.cwd, file));
  } catch (err) {
    throw new CliError(`${file}: cannot read: ${describeFsError(err)}`, 2);
  }
}

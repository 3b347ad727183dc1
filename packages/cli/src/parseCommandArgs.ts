import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "./cliError.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Config<O extends Options> = {
  args: string[];
  options: O;
  strict: true;
  allowPositionals: true;
};
/** Option values and positionals, typed from the options config. */
export type ParsedArgs<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>;

/**
 * `util.parseArgs` in strict mode with positionals allowed; its errors become short usage errors
 * (`oncoline render: unknown option '--colour'` plus the hint to run `--help`, exit 2).
 */
export function parseCommandArgs<O extends Options>(
  command: string | null,
  args: string[],
  options: O,
): ParsedArgs<O> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw usageError(command, describeParseArgsError(err));
  }
}

function describeParseArgsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  // "Option '-o, --output <value>' argument missing" → --output; "Unknown option '--x'" → --x.
  const option = /'(?:-\w, )?(--?[^' ,]+)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option '${option}'`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option)
    return /argument missing/.test(message)
      ? `option '${option}' needs a value`
      : `option '${option}' takes no value`;
  return message.split(/\.\s/)[0]!;
}

import { CliError, usageError } from "./cliError.js";
import { importCommand } from "./commands/importCommand.js";
import { render } from "./commands/render.js";
import { summary } from "./commands/summary.js";
import { validate } from "./commands/validate.js";
import { COMMAND_HELP, GLOBAL_HELP } from "./help.js";
import { nodeIo, type Io } from "./io.js";
import { parseCommandArgs } from "./parseCommandArgs.js";
import { version } from "./version.js";

type Command = (args: string[], io: Io) => Promise<number>;
const COMMANDS: Record<keyof typeof COMMAND_HELP, Command> = {
  validate,
  render,
  summary,
  import: importCommand,
};
const isCommand = (name: string): name is keyof typeof COMMANDS => Object.hasOwn(COMMANDS, name);

/**
 * Run the `oncoline` command line with `argv` (without `node` and the script) and resolve to the
 * exit code: 0 success, 1 invalid data, 2 usage or file error, 3 a bug in oncoline. Never throws.
 * `io` replaces parts of the real process and file system (tests capture output this way).
 */
export async function main(argv: string[], io: Partial<Io> = {}): Promise<number> {
  const env: Io = { ...nodeIo(), ...io };
  try {
    return await dispatch(argv, env);
  } catch (err) {
    if (err instanceof CliError) return (env.stderr(err.message), err.exitCode);
    env.stderr(
      `oncoline: internal error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return 3;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw usageError(null, "no command given");
  if (first === "help") return help(rest[0], io);
  if (isCommand(first)) return COMMANDS[first](rest, io);
  if (!first.startsWith("-")) throw usageError(null, `unknown command '${first}'`);
  const { values, positionals } = parseCommandArgs(null, argv, {
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" },
  });
  if (values.version) return (io.stdout(version()), 0);
  if (values.help) return help(positionals[0], io);
  throw usageError(null, "no command given");
}

function help(command: string | undefined, io: Io): number {
  if (command === undefined) return (io.stdout(GLOBAL_HELP), 0);
  if (!isCommand(command)) throw usageError(null, `unknown command '${command}'`);
  return (io.stdout(COMMAND_HELP[command]), 0);
}

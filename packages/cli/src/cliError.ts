/** Exit codes: 0 success, 1 invalid data, 2 usage or file error, 3 a bug in oncoline. */
export type ExitCode = 0 | 1 | 2 | 3;

/** A failure the user can act on: its message is printed as is and the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A wrong command line: the problem plus where to find the usage (exit 2). */
export function usageError(command: string | null, problem: string): CliError {
  const name = command ? `oncoline ${command}` : "oncoline";
  return new CliError(`${name}: ${problem}\nRun '${name} --help' for usage.`, 2);
}

import { main, type Io } from "../src/index.js";
import { repoRoot } from "./paths.js";

/** What one in-process run of the command line printed and returned. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `oncoline …argv` in-process from the repository root, capturing output. */
export async function run(argv: string[], io: Partial<Io> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    cwd: repoRoot(),
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    ...io,
  });
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join("");
  return { code, stdout: text(out), stderr: text(err) };
}

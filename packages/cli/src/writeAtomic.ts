import { randomUUID } from "node:crypto";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./cliError.js";
import { describeFsError } from "./describeFsError.js";
import type { Io } from "./io.js";

/**
 * Write a file so readers see the old file or the complete new one, never a half-written one:
 * write a temporary file next to it, then rename it over the target. On failure the temporary file
 * is removed and a `CliError` (exit 2) names the path: `out/x.png: cannot write: permission denied`.
 */
export async function writeAtomic(io: Io, file: string, data: string | Uint8Array): Promise<void> {
  const target = resolve(io.cwd, file);
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await io.writeFile(temp, data);
    await io.rename(temp, target);
  } catch (err) {
    await io.remove(temp).catch(() => undefined);
    throw new CliError(`${file}: cannot write: ${describeFsError(err)}`, 2);
  }
}

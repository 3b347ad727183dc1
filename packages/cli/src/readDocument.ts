import { resolve } from "node:path";
import { CliError } from "./cliError.js";
import { describeFsError } from "./describeFsError.js";
import type { Io } from "./io.js";
import { locateJsonError } from "./locateJsonError.js";

/**
 * Read a file and parse it as JSON. Throws a `CliError` (exit 2) with one clear line:
 * `case.json: cannot read: no such file or directory` or
 * `case.json: not JSON: expected ',' or '}' after a property value, found '"' at line 4, column 5`.
 */
export async function readDocument(io: Io, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(resolve(io.cwd, file));
  } catch (err) {
    throw new CliError(`${file}: cannot read: ${describeFsError(err)}`, 2);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1); // a byte-order mark is not an error
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CliError(`${file}: not JSON: ${jsonReason(text, err)}`, 2);
  }
}

function jsonReason(text: string, err: unknown): string {
  if (text.trim() === "") return "the file is empty";
  const located = locateJsonError(text);
  if (located) return `${located.message} at line ${located.line}, column ${located.column}`;
  // Our scanner found nothing (or gave up on deep nesting): fall back to V8's first line.
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0]!.slice(0, 200);
}

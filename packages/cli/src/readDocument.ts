import { resolve } from "node:path";
import { checkJsonText, INPUT_LIMITS } from "@oncoline/core";
import { CliError } from "./cliError.js";
import { describeFsError } from "./describeFsError.js";
import { findInvalidUtf8 } from "./findInvalidUtf8.js";
import type { Io } from "./io.js";
import { locateJsonError } from "./locateJsonError.js";

/** Files larger than this many bytes are refused before they are decoded (10 MB). */
export const MAX_FILE_BYTES = INPUT_LIMITS.documentChars;

/**
 * Read a file and parse it as JSON. Throws a `CliError` (exit 2) with one clear line:
 * `case.json: cannot read: no such file or directory`,
 * `case.json: not UTF-8: byte 0xFF never occurs in UTF-8, at byte offset 812 (line 30)` or
 * `case.json: not JSON: expected ',' or '}' after a property value, found '"' at line 4, column 5`.
 */
export async function readDocument(io: Io, file: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(resolve(io.cwd, file));
  } catch (err) {
    throw new CliError(`${file}: cannot read: ${describeFsError(err)}`, 2);
  }
  if (bytes.length > MAX_FILE_BYTES)
    throw new CliError(
      `${file}: too large: ${bytes.length.toLocaleString("en-US")} bytes; documents are at most ${MAX_FILE_BYTES.toLocaleString("en-US")} bytes (10 MB)`,
      2,
    );
  let text: string;
  try {
    // Broken UTF-8 is reported, never read as U+FFFD (a silent change to the data).
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = findInvalidUtf8(bytes);
    const where = bad ? `${bad.reason}, at byte offset ${bad.offset} (line ${bad.line})` : "";
    throw new CliError(`${file}: not UTF-8: ${where || "invalid byte sequence"}`, 2);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1); // a byte-order mark is not an error
  // Nesting too deep for a document is refused before JSON.parse spends seconds on it.
  const tooMuch = checkJsonText(text);
  if (tooMuch) throw new CliError(`${file}: ${tooMuch.message}`, 2);
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

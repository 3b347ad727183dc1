import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { IssueCollector } from "./issueCollector.js";
import { formatSize, type ImportLimits } from "./limits.js";

/**
 * Parse JSON text within the size limit. A syntax error is reported with its line and column
 * (from the engine's "position N"); returns undefined on any problem. Never throws.
 */
export function readJson(
  file: string,
  text: string,
  limits: ImportLimits,
  collector: IssueCollector,
): unknown {
  if (text.length > limits.maxChars) {
    collector.error(
      { file, line: 1 },
      `the file is ${formatSize(text.length)}; the import limit is ${formatSize(limits.maxChars)} (split it, or raise maxChars)`,
    );
    return undefined;
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.trim() === "") {
    collector.error({ file }, "the file is empty");
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    // V8 names a position for some errors only; jsonc-parser locates every one.
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const message = first
      ? printParseErrorCode(first.error)
      : (err instanceof Error ? err.message : String(err)).split("\n")[0]!;
    const where = first ? lineColumn(text, first.offset) : {};
    collector.error({ file, ...where }, `not JSON: ${message}`);
    return undefined;
  }
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < position; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: position - start + 1 };
}

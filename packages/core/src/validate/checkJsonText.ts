import { INPUT_LIMITS } from "./inputLimits.js";
import type { ValidationIssue } from "./issue.js";

/**
 * Check a JSON text against `INPUT_LIMITS` before `JSON.parse` sees it: its length and how deeply
 * it nests (a 4-million-level `[[[…]]]` takes `JSON.parse` half a minute before validation could
 * refuse it). One linear pass that skips strings. `null` when the text is within the limits;
 * a text that is not JSON at all is left to `JSON.parse` to report.
 */
export function checkJsonText(text: string): ValidationIssue | null {
  const L = INPUT_LIMITS;
  const refuse = (message: string): ValidationIssue => ({ path: "", message, severity: "error" });
  if (text.length > L.documentChars)
    return refuse(
      `the document has ${text.length.toLocaleString("en-US")} characters; at most ${L.documentChars.toLocaleString("en-US")} (about 10 MB) are accepted`,
    );
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > L.depth)
        return refuse(
          `the document nests more than ${L.depth} levels deep (at character ${i + 1}); documents are at most ${L.depth} levels deep`,
        );
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

import type { EventOf, ResponseCode } from "@oncoline/core";

type Basis = EventOf<"progression">["basis"];

/** Words that state progression, and the basis each implies. */
const PROGRESSION: Array<[RegExp, Basis]> = [
  [/radiograph|imaging|radiolog/i, "radiographic"],
  [/patholog|biops|histolog/i, "pathologic"],
  [/marker|biochem/i, "marker"],
  [/clinical|symptom/i, "clinical"],
];

/** The basis of a progression stated in words, or null when the words do not state progression. */
export function progressionBasis(words: string): Basis | null {
  if (!/progress|recurr|relapse/i.test(words)) return null;
  return PROGRESSION.find(([re]) => re.test(words))?.[1] ?? "unknown";
}

/** Response words that name a RECIST-style category exactly; anything vaguer is kept as words. */
const RESPONSES: Array<[RegExp, ResponseCode]> = [
  [/^(complete[ _]respon[sd]e?|complete remission|cr)$/i, "CR"],
  [/^(partial[ _]respon[sd]e?|pr)$/i, "PR"],
  [/^(stable[ _]disease|sd)$/i, "SD"],
  [/^(progressive[ _]disease|pd)$/i, "PD"],
];

/** `complete_response` → `CR`; undefined unless the words name a response category exactly. */
export const responseCode = (words: string): ResponseCode | undefined =>
  RESPONSES.find(([re]) => re.test(words.trim()))?.[1];

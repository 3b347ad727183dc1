import { concept, extensions, hasCode, type Json } from "../json.js";

type Intent = "curative" | "palliative" | "adjuvant" | "neoadjuvant";

const INTENTS: Array<[string, Intent]> = [
  ["373808002", "curative"],
  ["363676003", "palliative"],
  ["373846009", "adjuvant"],
  ["373847000", "neoadjuvant"],
];

/** The mCODE treatment-intent / procedure-intent extension as an intent word. */
export function intentOf(r: Json): Intent | undefined {
  const cc = [...extensions(r, "treatment-intent"), ...extensions(r, "procedure-intent")].map((e) =>
    concept(e.valueCodeableConcept),
  );
  return INTENTS.find(([code]) => cc.some((c) => hasCode(c, "snomed", [code])))?.[1];
}

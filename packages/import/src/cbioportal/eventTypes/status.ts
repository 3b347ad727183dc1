import type { EventOf } from "@oncoline/core";
import type { EventTypeSpec } from "../eventTypeSpec.js";
import { progressionBasis, responseCode } from "../responseWords.js";

/**
 * STATUS rows: progression words (`radiographic_progression`) → a progression with its basis;
 * an exact response category (`complete response`, `SD`) → a response call without a named
 * imaging study; any other status → a clinical event in the source's words.
 */
export const status: EventTypeSpec = {
  toEvent(r) {
    const words = r.first("STATUS", "EVENT_TYPE_DETAILED") ?? "status";
    const source = r.get("SOURCE");
    const until = r.row.stop !== null && r.row.stop !== r.row.start ? r.row.stop : null;
    const notes = [until !== null ? `until day ${until}` : "", source ? `SOURCE: ${source}` : ""];
    const note = notes.filter(Boolean).join("; ") || undefined;
    const basis = progressionBasis(words);
    if (basis && responseCode(words) !== "PD") {
      const event: EventOf<"progression"> = {
        kind: "progression",
        id: "",
        label: words.replace(/_/g, " "),
        basis,
        date: r.start,
        ...(note ? { note } : {}),
      };
      return { event, idStem: "progression" };
    }
    const code = responseCode(words);
    if (code) {
      const event: EventOf<"imaging"> = {
        kind: "imaging",
        id: "",
        modality: "unspecified",
        responses: [{ value: code }],
        date: r.start,
        note: [`STATUS: ${words} (no imaging study named)`, note].filter(Boolean).join("; "),
      };
      return { event, idStem: "response" };
    }
    const event: EventOf<"clinical"> = {
      kind: "clinical",
      id: "",
      category: "other",
      term: words.replace(/_/g, " "),
      start: r.start,
      ...(r.stop && until !== null ? { end: r.stop } : {}),
      ...(source ? { note: `SOURCE: ${source}` } : {}),
    };
    return { event, idStem: "status" };
  },
};

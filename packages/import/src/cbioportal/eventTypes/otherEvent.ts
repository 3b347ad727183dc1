import type { EventOf } from "@oncoline/core";
import type { EventTypeSpec } from "../eventTypeSpec.js";
import { toId } from "../../toId.js";

/** Any event type cBioPortal leaves free (`Diagnostic`, `Toxicity`…) → a clinical event in its words. */
export const otherEvent: EventTypeSpec = {
  toEvent(r) {
    const type = r.row.eventType.toLowerCase().replace(/_/g, " ");
    const detail = r.first("EVENT_TYPE_DETAILED", "SUBTYPE", "DESCRIPTION");
    const event: EventOf<"clinical"> = {
      kind: "clinical",
      id: "",
      category: "other",
      term: detail ? `${type}: ${detail}` : type,
      start: r.start,
      ...(r.stop && r.row.stop !== r.row.start ? { end: r.stop } : {}),
    };
    return { event, idStem: toId(type.replace(/ /g, "-"), "event") };
  },
};

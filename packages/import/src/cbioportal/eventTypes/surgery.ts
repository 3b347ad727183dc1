import type { EventOf } from "@oncoline/core";
import type { EventTypeSpec } from "../eventTypeSpec.js";

/** SURGERY rows → a surgery procedure named by EVENT_TYPE_DETAILED (or SUBTYPE, PROCEDURE). */
export const surgery: EventTypeSpec = {
  toEvent(r) {
    const name = r.first("EVENT_TYPE_DETAILED", "SUBTYPE", "PROCEDURE", "SURGERY");
    const site = r.first("SITE", "ANATOMIC_SITE", "SURGERY_SITE");
    const event: EventOf<"procedure"> = {
      kind: "procedure",
      id: "",
      type: "surgery",
      ...(name ? { name } : {}),
      ...(site ? { site } : {}),
      date: r.start,
    };
    if (r.row.stop !== null && r.row.stop !== r.row.start)
      event.note = `STOP_DATE: day ${r.row.stop}`;
    return { event, idStem: "surgery" };
  },
};

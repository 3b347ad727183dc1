import { named } from "../layout/colorKey.js";
import type { KindSpec } from "./kindSpec.js";

/** Death or last follow-up: a milestone glyph. */
export const OUTCOME: KindSpec<"outcome"> = {
  lane: "milestones",
  dateSlots: (e, slots) => slots.point(e.date, "date"),
  references: () => [],
  drawnAs: () => "point",
  glyph: (e) => (e.status === "death" ? "death" : "follow-up"),
  colorKey: (e) => named(e.status === "death" ? "death" : "follow-up"),
  label(e) {
    if (e.label) return e.label;
    return e.status === "death"
      ? `Death${e.cause ? `: ${e.cause}` : ""}`
      : `Last follow-up${e.diseaseStatus ? `: ${e.diseaseStatus}` : ""}`;
  },
  describe: (e, when) =>
    `${e.status === "death" ? "Death" : "Last follow-up"}${e.cause ? ` from ${e.cause}` : ""}${e.diseaseStatus ? ` (${e.diseaseStatus})` : ""}, ${when}.`,
};

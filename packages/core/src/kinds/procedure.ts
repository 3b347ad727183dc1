import { aside, formatPathology } from "../layout/format.js";
import { named } from "../layout/colorKey.js";
import type { KindSpec } from "./kindSpec.js";

/** A procedure (surgery, biopsy): a moment in the procedure lane, labelled with its pathology. */
export const PROCEDURE: KindSpec<"procedure"> = {
  lane: "procedure",
  dateSlots: (e, slots) => slots.point(e.date, "date"),
  references: () => [],
  drawnAs: () => "point",
  glyph: () => "procedure",
  colorKey: () => named("procedure"),
  label(e) {
    if (e.label) return e.label;
    const named = e.name ?? e.type;
    const name = `${named}${e.site && !named.includes(e.site) ? aside(e.site) : ""}`;
    const path = e.pathology ? formatPathology(e.pathology) : "";
    return path ? `${name}: ${path}` : name;
  },
  name: (e) => e.name ?? e.type,
  describe: (e, when) =>
    `Procedure: ${e.name ?? e.type}${e.site ? aside(e.site) : ""}${e.purpose ? `, ${e.purpose}` : ""}, ${when}${e.pathology ? `; pathology: ${formatPathology(e.pathology)}` : ""}.`,
};

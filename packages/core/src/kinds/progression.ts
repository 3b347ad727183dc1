import type { KindSpec, RefTarget } from "./kindSpec.js";

/** What may show a progression or a resistance. */
export const EVIDENCE: readonly RefTarget[] = [
  "imaging",
  "response",
  "lab",
  "molecular",
  "procedure",
  "progression",
  "clinical",
];

/** Disease progression: a PD glyph in the response lane. */
export const PROGRESSION: KindSpec<"progression"> = {
  lane: "response",
  dateSlots: (e, slots) => slots.point(e.date, "date"),
  references: (e) => [
    { id: e.therapy, field: "therapy", allowed: ["therapy", "radiotherapy"] },
    // What shows the progression: a scan or assessment, a marker, a biopsy or test, symptoms.
    ...(e.evidence ?? []).map((id, j) => ({
      id,
      field: `evidence[${j}]`,
      allowed: EVIDENCE,
    })),
  ],
  drawnAs: () => "point",
  glyph: () => "PD",
  colorKey: () => ({ kind: "response", code: "PD" }),
  label(e) {
    if (e.label) return e.label;
    const sites = e.sites?.length ? `: ${e.sites.join(", ")}` : "";
    const scope = e.scope && e.scope !== "unknown" && !sites ? ` (${e.scope})` : "";
    return `Progression${scope}${sites}`;
  },
  describe: (e, when) =>
    `Progression (${e.basis}${e.scope ? `, ${e.scope}` : ""}${e.sites?.length ? `: ${e.sites.join(", ")}` : ""}), ${when}.`,
};

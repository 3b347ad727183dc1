import type { CheckContext, KindSpec, RefTarget } from "./kindSpec.js";

/** What may show a progression or a resistance: a scan or assessment, a marker, a biopsy or test, symptoms. */
const EVIDENCE: ReadonlySet<RefTarget> = new Set<RefTarget>([
  "imaging",
  "response",
  "lab",
  "molecular",
  "procedure",
  "progression",
  "resistance",
  "clinical",
  "diagnosis",
]);

/**
 * Warns (documents that cite a therapy or an adverse event as evidence stay valid, as they were)
 * when an evidence id names an event that cannot show a progression.
 */
export function checkEvidence(
  evidence: readonly string[] | undefined,
  { path, issues, eventById }: CheckContext,
): void {
  (evidence ?? []).forEach((id, j) => {
    const kind = eventById.get(id)?.kind;
    if (kind !== undefined && !EVIDENCE.has(kind))
      issues.warn(
        `${path}.evidence[${j}]`,
        `'${id}' is a ${kind}, which shows no progression or resistance; evidence is a scan, response, lab series, test, procedure, progression or clinical event`,
      );
  });
}

/** "Progression", "Recurrence" or "Relapse", as the source calls it. */
const calledAs = (called: "progression" | "recurrence" | "relapse" | undefined) =>
  called === "recurrence" ? "Recurrence" : called === "relapse" ? "Relapse" : "Progression";

/** Disease progression: a PD glyph in the response lane. */
export const PROGRESSION: KindSpec<"progression"> = {
  lane: "response",
  dateSlots: (e, slots) => slots.point(e.date, "date"),
  references: (e) => [
    { id: e.therapy, field: "therapy", allowed: ["therapy", "radiotherapy", "procedure"] },
    ...(e.evidence ?? []).map((id, j) => ({ id, field: `evidence[${j}]` })),
  ],
  check: (e, ctx) => checkEvidence(e.evidence, ctx),
  drawnAs: () => "point",
  glyph: () => "PD",
  colorKey: () => ({ kind: "response", code: "PD" }),
  label(e) {
    if (e.label) return e.label;
    const sites = e.sites?.length ? `: ${e.sites.join(", ")}` : "";
    const scope = e.scope && e.scope !== "unknown" && !sites ? ` (${e.scope})` : "";
    return `${calledAs(e.called)}${scope}${sites}`;
  },
  describe: (e, when, nameOf) =>
    `${calledAs(e.called)} (${e.basis === "unknown" ? "basis not stated" : e.basis}${e.scope ? `, ${e.scope}` : ""}${e.sites?.length ? `: ${e.sites.join(", ")}` : ""})${e.therapy ? `, on ${nameOf?.(e.therapy) ?? e.therapy}` : ""}, ${when}.`,
};

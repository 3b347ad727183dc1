import { describeDate } from "../dates/resolvedDate.js";
import { certainlyBefore } from "../dates/certainlyBefore.js";
import { named } from "../layout/colorKey.js";
import { checkEvidence } from "./progression.js";
import type { KindSpec } from "./kindSpec.js";

/** Resistance detected on a therapy: a star in the molecular lane, linked to the therapy it ended. */
export const RESISTANCE: KindSpec<"resistance"> = {
  lane: "molecular",
  dateSlots: (e, slots) => slots.point(e.date, "date"),
  references: (e) => [
    { id: e.therapy, field: "therapy", allowed: ["therapy"] },
    ...(e.evidence ?? []).map((id, j) => ({ id, field: `evidence[${j}]` })),
    ...(e.findings ?? []).map((f, j) => ({
      id: f.test,
      field: `findings[${j}].test`,
      allowed: ["molecular"] as const,
    })),
  ],
  check(e, ctx) {
    const { path, issues, eventById } = ctx;
    checkEvidence(e.evidence, ctx);
    e.findings?.forEach((f, j) => {
      const test = eventById.get(f.test);
      if (test?.kind === "molecular" && !test.findings.some((x) => x.id === f.finding))
        issues.error(
          `${path}.findings[${j}].finding`,
          `test '${f.test}' has no finding with id '${f.finding}'`,
        );
    });
  },
  chronology(e, { path, issues, start, startOf }) {
    const ts = startOf(e.therapy);
    if (start && ts && certainlyBefore(start, ts))
      issues.error(
        `${path}.date`,
        `resistance on ${describeDate(start)} is before its therapy started ${describeDate(ts)}`,
      );
  },
  drawnAs: () => "point",
  glyph: () => "resistance",
  colorKey: () => named("resistance"),
  label: (e) => e.label || (e.mechanism ? `Resistance: ${e.mechanism}` : "Resistance"),
  describe: (e, when) =>
    `Resistance on ${e.therapy}: ${e.mechanism ?? "mechanism not stated"}, detected ${when}.`,
};

import type { TherapyEvent } from "@oncoline/core";
import type { MedicationCourse } from "./medicationCourse.js";
import { provenance, type PatientDraft } from "./patientDraft.js";

/**
 * The documented grouping rule: courses that start on the same stated date, with the same end and
 * status, form one regimen (one therapy with several agents: doxorubicin + cyclophosphamide);
 * every other course is a therapy of its own. Lines are not set here: core numbers them by its
 * line-of-therapy rule. A course known only from its order date starts "on or after" that date.
 */
export function regimens(draft: PatientDraft): TherapyEvent[] {
  const groups = new Map<string, MedicationCourse[]>();
  for (const c of draft.courses) {
    const key =
      c.start && !c.startIsOrderDate
        ? `${c.start}|${c.end ?? ""}|${c.ongoing}|${c.stopReason ?? ""}`
        : c.entry.label;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((courses) => {
    const first = courses[0]!;
    const notes = courses.map((c) =>
      provenance(
        c.entry,
        [
          c.startIsOrderDate ? `ordered ${c.start}` : "",
          c.administered.length ? `administered: ${c.administered.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("; ") || undefined,
      ),
    );
    const intent = courses.map((c) => c.intent).find(Boolean);
    return {
      kind: "therapy",
      id: draft.idFor(first.entry),
      agents: courses.map((c) => c.agent),
      ...(first.start
        ? { start: first.startIsOrderDate ? { after: { date: first.start } } : first.start }
        : {}),
      ...(first.end ? { end: first.end } : {}),
      ...(first.ongoing && !first.end ? { ongoing: true } : {}),
      ...(first.stopReason ? { stopReason: first.stopReason } : {}),
      ...(intent ? { intent } : {}),
      note: notes.join("; "),
    };
  });
}

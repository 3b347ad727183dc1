import { formatInterval } from "../metrics/interval.js";
import { summarizeTimeline } from "../metrics/summarize.js";
import type { TherapyLine } from "../metrics/linesOfTherapy.js";
import type { Timeline } from "../model/normalized.js";
import { formatStage, formatWhen } from "./format.js";
import { describePatient } from "./caseCaption.js";

/**
 * A title and a short prose description of the case, for `<title>`, `<desc>` and captions. `lines`
 * is `linesOfTherapy(t)`, when the caller has it already.
 */
export function summarizeCase(
  t: Timeline,
  lines?: readonly TherapyLine[],
): { title: string; summary: string } {
  const doc = t.document;
  const p = doc.patient;
  // Who the patient is, as the caption says it, less what the label already says ("68-year-old
  // man" twice).
  const age = p.ageAtDiagnosis ?? p.ageAtPresentation;
  const person = describePatient(p);
  const who =
    age !== undefined && p.label.includes(`${age}-year-old`)
      ? person.replace(/^\d+-year-old \w+(, |; )?/, "")
      : person === "patient"
        ? ""
        : person;
  const dx = t.diagnoses[0];
  const s = summarizeTimeline(t, lines);
  const parts = [
    `${p.label}${who ? `, ${who}` : ""}.`,
    dx
      ? `Diagnosis: ${dx.histology ?? dx.primarySite}${dx.stage ? `, ${formatStage(dx.stage)}` : ""} (${formatWhen(dx.span.start)}).`
      : "",
    s.lines.length
      ? `${s.lines.length} line${s.lines.length > 1 ? "s" : ""} of systemic therapy: ${s.lines.map((l) => `${l.numbering === "unknown" ? "?" : l.number}) ${l.agents.join(" + ")}${l.bestResponse ? `, best response ${l.bestResponse.value}` : ""}`).join("; ")}.`
      : "",
    ...s.therapies.flatMap((m) =>
      m.timeToResistance.map(
        (r) => `Resistance on ${m.therapyId} after ${formatInterval(r.interval)}.`,
      ),
    ),
    s.survival.status === "dead"
      ? `Died; survival from diagnosis ${formatInterval(s.survival.interval)}.`
      : s.survival.status === "alive-at-last-follow-up"
        ? `Alive at last follow-up, ${formatInterval(s.survival.interval)} from diagnosis.`
        : "",
  ];
  return { title: doc.title ?? p.label, summary: parts.filter(Boolean).join(" ") };
}

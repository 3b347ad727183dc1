import { formatInterval } from "../metrics/interval.js";
import { summarizeTimeline } from "../metrics/summarize.js";
import type { TherapyLine } from "../metrics/linesOfTherapy.js";
import type { Timeline } from "../model/normalized.js";
import { formatDiagnosisCore, formatWhen } from "./format.js";
import { describePatient } from "./caseCaption.js";
import { eventName, shortLabel } from "./describeEvent.js";

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
  const therapyName = (id: string) => {
    const e = t.events.find((x) => x.id === id);
    return e ? eventName(e) : id;
  };
  const s = summarizeTimeline(t, lines);
  const parts = [
    `${p.label}${who ? `, ${who}` : ""}.`,
    dx ? `Diagnosis: ${formatDiagnosisCore(dx)} (${formatWhen(dx.span.start)}).` : "",
    s.lines.length
      ? `${s.lines.length} line${s.lines.length > 1 ? "s" : ""} of systemic therapy: ${s.lines.map((l) => `${l.numbering === "unknown" ? "?" : l.number}) ${l.agents.join(" + ")}${l.bestResponse ? `, best response ${l.bestResponse.value}` : ""}`).join("; ")}.`
      : "",
    // Local treatment and what happened, named as drawn: a description that gives only the lines
    // left out the surgery, the radiotherapy and the recurrence of a case told around them.
    listed(
      "Procedures",
      t.events.filter((e) => e.kind === "procedure").map((e) => shortLabel(e)),
    ),
    listed(
      "Radiotherapy",
      t.events.filter((e) => e.kind === "radiotherapy").map((e) => shortLabel(e)),
    ),
    // A progression's label names itself ("Recurrence: liver").
    listed(
      "",
      t.events.filter((e) => e.kind === "progression").map((e) => shortLabel(e)),
    ),
    ...s.therapies.flatMap((m) =>
      m.timeToResistance.map(
        (r) => `Resistance on ${therapyName(m.therapyId)} after ${formatInterval(r.interval)}.`,
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

/** The most items a sentence of the description lists before "and N more". */
const LISTED = 6;

/** `Procedures: a; b; c.` (`what` empty: `a; b; c.`), at most `LISTED` items; "" for none. */
function listed(what: string, items: readonly string[]): string {
  if (!items.length) return "";
  const shown = items.slice(0, LISTED).join("; ");
  const more = items.length > LISTED ? `; and ${items.length - LISTED} more` : "";
  return `${what ? `${what}: ` : ""}${shown}${more}.`;
}

import type { Agent, StopReason } from "@oncoline/core";
import type { Entry } from "../bundleEntries.js";
import { get, type FhirContext } from "../fhirContext.js";
import { claims, concept, display, isObject, list, num, refOf, str } from "../json.js";
import type { MedicationCourse } from "../medicationCourse.js";
import type { PatientDraft } from "../patientDraft.js";
import type { ResourceHandler } from "./handler.js";
import { intentOf } from "./intent.js";

const CANCER = /neoplasm|carcinoma|cancer|tumou?r|lymphoma|leuka?emia|sarcoma|melanoma|malignan/i;

/** Cancer-related: an mCODE profile, a treatment intent, or a reason that is a cancer. */
function cancerRelated(entry: Entry, draft: PatientDraft, ctx: FhirContext): boolean {
  const r = entry.resource;
  if (claims(r, "cancer-related-medication") || intentOf(r)) return true;
  const reasons = list(r.reasonReference).map((x) => ctx.resolve(refOf(x))?.label);
  if (reasons.some((l) => draft.diagnoses.some((d) => d.source === l))) return true;
  return list(r.reasonCode).some((c) => CANCER.test(display(c) ?? ""));
}

/** The drug's name: the concept's text or display, else the referenced or contained Medication's. */
export function drugName(entry: Entry, ctx: FhirContext): string | undefined {
  const r = entry.resource;
  const direct = display(concept(r.medicationCodeableConcept));
  if (direct) return direct;
  const ref = refOf(r.medicationReference);
  const contained = ref?.startsWith("#")
    ? list(r.contained).find((c) => c.id === ref.slice(1))
    : ctx.resolve(ref)?.resource;
  return (
    display(concept(contained?.code)) ??
    (isObject(r.medicationReference) ? str(r.medicationReference.display) : undefined)
  );
}

const stopReasonOf = (r: Record<string, unknown>): StopReason | undefined => {
  if (r.status === "completed") return "completed";
  if (r.status !== "stopped") return undefined;
  const why =
    list(r.statusReason)
      .map((c) => display(c))
      .join(" ") + (display(concept(r.statusReason)) ?? "");
  return /toler|toxic|adverse|side effect/i.test(why)
    ? "toxicity"
    : /progress/i.test(why)
      ? "progression"
      : /patient|declin/i.test(why)
        ? "patient-choice"
        : "other";
};

const START: Record<string, readonly string[]> = {
  MedicationRequest: ["dosageInstruction[0].timing.repeat.boundsPeriod.start"],
  MedicationStatement: ["effectiveDateTime", "effectivePeriod.start"],
  MedicationAdministration: ["effectiveDateTime", "effectivePeriod.start"],
};
const END: Record<string, string> = {
  MedicationRequest: "dosageInstruction[0].timing.repeat.boundsPeriod.end",
  MedicationStatement: "effectivePeriod.end",
  MedicationAdministration: "effectivePeriod.end",
};

/**
 * MedicationRequest / MedicationStatement (cancer-related) → a course of one agent; grouped into
 * regimens later (see regimens.ts). A request with no treatment period but an `authoredOn`
 * starts on or after that order date; `status: active` → ongoing.
 */
export const medicationCourse: ResourceHandler = (entry, draft, ctx) => {
  if (!cancerRelated(entry, draft, ctx))
    return "medication not linked to a cancer (no mCODE profile, intent or cancer reason)";
  const name = drugName(entry, ctx);
  if (!name)
    return (
      ctx.collector.warn(ctx.at(entry, "medication[x]"), "no drug name; not imported"),
      "medication without a drug name"
    );
  const r = entry.resource;
  const startPath = START[entry.type]!;
  const start = ctx.firstDate(entry, startPath)?.date;
  const authored =
    entry.type === "MedicationRequest" ? ctx.date(entry, "authoredOn", r.authoredOn) : undefined;
  const end = ctx.date(entry, END[entry.type]!, get(r, END[entry.type]!));
  if (!start && !authored && !end)
    ctx.undated(entry, [...startPath, END[entry.type]!, "authoredOn"].join(", "));
  const dosage = list(entry.type === "MedicationRequest" ? r.dosageInstruction : r.dosage)[0];
  const stop = stopReasonOf(r);
  const intent = intentOf(r);
  const course: MedicationCourse = {
    entry,
    agent: { name, ...agentDose(dosage) },
    start: start ?? authored,
    startIsOrderDate: !start && authored !== undefined,
    end,
    ongoing: r.status === "active",
    stopReason: stop,
    intent: intent,
    administered: [],
  };
  draft.courses.push(course);
  return null;
};

/**
 * MedicationAdministration → folded into the course it fulfils (its `request`, or a course of the
 * same drug) as `administered on`; a lone administration is a one-day course of its own.
 */
export const medicationAdministration: ResourceHandler = (entry, draft, ctx) => {
  const name = drugName(entry, ctx)?.toLowerCase() ?? "";
  const request = ctx.resolve(refOf(entry.resource.request))?.label;
  const when = ctx.firstDate(entry, START.MedicationAdministration!)?.date;
  const course =
    draft.courses.find((c) => c.entry.label === request) ??
    draft.courses.find(
      (c) =>
        c.entry.type !== "MedicationAdministration" && name.includes(c.agent.name.toLowerCase()),
    );
  if (course) {
    if (!when) ctx.undated(entry, "effective[x]");
    course.administered.push(`${entry.label} ${when ? `on ${when}` : "(no date)"}`);
    return null;
  }
  const result = medicationCourse(entry, draft, ctx);
  const added = draft.courses.at(-1);
  if (result === null && added?.entry === entry && added.end === undefined && added.start)
    added.end = added.start;
  return result;
};

function agentDose(dosage: Record<string, unknown> | undefined): Omit<Agent, "name"> {
  if (!dosage) return {};
  const q =
    list(dosage.doseAndRate)
      .map((d) => d.doseQuantity)
      .find(isObject) ?? (isObject(dosage.dose) ? dosage.dose : undefined);
  const dose = num(q?.value);
  const route = display(concept(dosage.route))?.replace(/ route$/i, "");
  const schedule = str(dosage.text);
  return {
    ...(dose !== undefined && dose > 0 ? { dose, unit: str(q?.unit) ?? str(q?.code) ?? "" } : {}),
    ...(route ? { route } : {}),
    ...(schedule ? { schedule } : {}),
  };
}

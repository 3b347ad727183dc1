import type { EventOf } from "@oncoline/core";
import type { Extension } from "fhir/r4";
import { claims, concept, display, extensions, hasCode, isObject, list, num } from "../json.js";
import { provenance } from "../patientDraft.js";
import type { ResourceHandler } from "./handler.js";
import { intentOf } from "./intent.js";

const PERFORMED = ["performedDateTime", "performedPeriod.start", "performedString"] as const;

const isRadiotherapy = (r: Record<string, unknown>, words: string) =>
  claims(r, "radiotherapy-course-summary", "radiation-procedure", "radiotherapy") ||
  hasCode(concept(r.code), "snomed", ["1217123003", "108290001", "33195004"]) ||
  /radiat|radiother|teletherap|brachyther/i.test(words);

/**
 * Procedure → radiotherapy (mCODE course summary or STU1 radiation procedure, or radiotherapy
 * codes): site, dose delivered to the first volume in cGy → Gy with its fractions, the other
 * volumes, sessions and modalities in the note; else a surgery, biopsy or other procedure.
 */
export const procedure: ResourceHandler = (entry, draft, ctx) => {
  const r = entry.resource;
  const words = display(concept(r.code)) ?? "procedure";
  const start = ctx.firstDate(entry, PERFORMED);
  const end = isObject(r.performedPeriod)
    ? ctx.date(entry, "performedPeriod.end", r.performedPeriod.end)
    : undefined;
  if (!start && !end) ctx.undated(entry, PERFORMED.join(", "));
  const site = list(r.bodySite)
    .map((b) => display(b))
    .find(Boolean);
  if (!isRadiotherapy(r, words)) {
    const type: EventOf<"procedure">["type"] = /biops/i.test(words)
      ? "biopsy"
      : claims(r, "surgical") || /ectomy|excision|resection|surg|otomy/i.test(words)
        ? "surgery"
        : "other";
    draft.events.push({
      kind: "procedure",
      id: draft.idFor(entry),
      type,
      name: words,
      ...(site ? { site } : {}),
      ...(start ? { date: start.date } : {}),
      note: provenance(entry),
    });
    return null;
  }
  const volumes = extensions(r, "dose-delivered-to-volume").map((v) => volumeDose(v, ctx.resolve));
  const first = volumes[0];
  const sessions = num(extensions(r, "actual-number-of-sessions")[0]?.valueUnsignedInt);
  const modalities = extensions(r, "modality-and-technique").flatMap((m) =>
    list(m.extension)
      .map((x) => display(concept(x.valueCodeableConcept)))
      .filter(Boolean),
  );
  const note = [
    ...volumes.slice(1).map((v) => `also ${v.text}`),
    sessions !== undefined ? `${sessions} sessions` : "",
    modalities.length > 0 ? modalities.join(", ") : "",
  ]
    .filter(Boolean)
    .join("; ");
  const intent = intentOf(r);
  draft.events.push({
    kind: "radiotherapy",
    id: draft.idFor(entry),
    site: first?.site ?? site ?? "site not stated",
    technique: techniqueOf(modalities.join(" ") + " " + words),
    ...(intent && intent !== "neoadjuvant" ? { intent } : {}),
    ...(first?.gy !== undefined ? { totalDoseGy: first.gy } : {}),
    ...(first?.fractions !== undefined ? { fractions: first.fractions } : {}),
    ...(start ? { start: start.date } : {}),
    ...(end ? { end } : {}),
    note: provenance(entry, note || undefined),
  });
  return null;
};

/** One dose-delivered-to-volume extension: volume name, Gy (from cGy) and fractions. */
function volumeDose(
  v: Extension,
  resolve: (r: string | undefined) => { resource: Record<string, unknown> } | undefined,
) {
  const part = (name: string) => list(v.extension).find((x) => String(x.url).includes(name));
  const volume = resolve(
    String((part("volume")?.valueReference as { reference?: string } | undefined)?.reference ?? ""),
  );
  // An empty description names no site: the location's words, else none.
  const described = volume?.resource.description;
  const site = volume
    ? ((typeof described === "string" && described.trim() ? described : undefined) ??
      (display(concept(volume.resource.location)) || undefined))
    : undefined;
  const q = part("totalDoseDelivered")?.valueQuantity;
  const value = num(isObject(q) ? q.value : undefined);
  const unit = isObject(q) ? String(q.code ?? q.unit ?? "cGy") : "cGy";
  const gy = value === undefined ? undefined : /^cgy$/i.test(unit) ? value / 100 : value;
  const fractions = num(part("fractionsDelivered")?.valueUnsignedInt);
  const text = `${site ?? "volume"}${gy !== undefined ? ` ${gy} Gy` : ""}${fractions !== undefined ? ` / ${fractions} fx` : ""}`;
  return { site, gy, fractions, text };
}

const techniqueOf = (words: string): EventOf<"radiotherapy">["technique"] =>
  /stereotactic body/i.test(words)
    ? "SBRT"
    : /stereotactic/i.test(words)
      ? "SRT"
      : /brachy/i.test(words)
        ? "brachytherapy"
        : /radiopharm|radionuclide/i.test(words)
          ? "radionuclide"
          : /intensity.modulated/i.test(words)
            ? "IMRT"
            : /external beam|teleradio|photon|electron|proton/i.test(words)
              ? "EBRT"
              : "unknown";

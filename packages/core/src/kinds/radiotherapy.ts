import { formatRx } from "../layout/format.js";
import type { KindSpec, NormalizedOf } from "./kindSpec.js";

const TECHNIQUE_TEXT: Partial<Record<string, string>> = {
  "gamma-knife": "Gamma Knife",
  proton: "Proton RT",
  brachytherapy: "Brachytherapy",
  unknown: "RT",
  other: "RT",
};

/** The activity given per administration, "7.4 GBq". */
const activityText = (e: NormalizedOf<"radiotherapy">) =>
  e.activity ? `${e.activity.value} ${e.activity.unit}` : "";

/** "× 4 cycles" of a radionuclide therapy. */
const cyclesText = (e: NormalizedOf<"radiotherapy">) =>
  e.cycles ? `× ${e.cycles} cycle${e.cycles === 1 ? "" : "s"}` : "";

/** A radiotherapy course: a bar in its own lane, coloured by technique, labelled with its dose. */
export const RADIOTHERAPY: KindSpec<"radiotherapy"> = {
  lane: "radiotherapy",
  dateSlots(e, slots) {
    slots.interval(e.start, e.end);
    e.doseChanges?.forEach((c, j) =>
      slots.part(`doseChanges[${j}]`, `doseChanges[${j}].date`, c.date),
    );
  },
  references: (e) => (e.basedOn ?? []).map((id, j) => ({ id, field: `basedOn[${j}]` })),
  inside: (e) =>
    (e.doseChanges ?? []).map((_, j) => ({ key: `doseChanges[${j}]`, what: "the dose change" })),
  drawnAs: () => "bar",
  glyph: () => "course",
  colorKey: (e) => ({ kind: "radiotherapy", technique: e.technique }),
  label(e) {
    // Dose is the point of a radiotherapy label: always shown, with any escalation.
    const doses = [
      formatRx(e.totalDoseGy, e.fractions, e.doseUnit),
      ...(e.doseChanges ?? []).map((c) => formatRx(c.totalDoseGy, c.fractions, e.doseUnit)),
    ].filter(Boolean);
    // A radioligand's activity and its cycles: "7.4 GBq × 4 cycles".
    const given = [activityText(e), cyclesText(e)].filter(Boolean).join(" ");
    const tech =
      e.technique === "radionuclide"
        ? (e.radionuclide ?? "radionuclide")
        : (TECHNIQUE_TEXT[e.technique] ?? e.technique);
    const name = e.label ?? (e.site ? `${tech}, ${e.site}` : tech);
    const facts = [doses.join(" → "), given].filter(Boolean).join(", ");
    return facts ? `${name}: ${facts}` : name;
  },
  describe(e, when) {
    const unit = e.doseUnit ?? "Gy";
    const given = [activityText(e), cyclesText(e)].filter(Boolean).join(" ");
    const initial = e.totalDoseGy
      ? `${e.totalDoseGy} ${unit}${e.fractions ? ` in ${e.fractions} fractions` : ""}`
      : given
        ? ""
        : "dose not stated";
    const changes = (e.doseChanges ?? [])
      .map(
        (c) => ` then ${c.totalDoseGy} ${unit}${c.fractions ? ` in ${c.fractions} fractions` : ""}`,
      )
      .join("");
    const tech = e.technique === "unknown" ? "technique not stated" : e.technique;
    const dose = [`${initial}${changes}`, given].filter(Boolean).join(", ");
    return `Radiotherapy (${tech}${e.radionuclide ? `, ${e.radionuclide}` : ""}) to ${e.site ?? "a site not stated"}, ${dose}${e.intent && e.intent !== "unknown" ? `, ${e.intent}` : ""}, ${when}.`;
  },
  legendClass(key) {
    const technique = key.kind === "radiotherapy" ? key.technique : "unknown";
    return `Radiotherapy (${technique === "unknown" ? "technique not stated" : technique})`;
  },
};

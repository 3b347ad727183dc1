import { formatRx } from "../layout/format.js";
import type { KindSpec } from "./kindSpec.js";

const TECHNIQUE_TEXT: Partial<Record<string, string>> = {
  "gamma-knife": "Gamma Knife",
  proton: "Proton RT",
  brachytherapy: "Brachytherapy",
  unknown: "RT",
  other: "RT",
};

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
      formatRx(e.totalDoseGy, e.fractions),
      ...(e.doseChanges ?? []).map((c) => formatRx(c.totalDoseGy, c.fractions)),
    ].filter(Boolean);
    const tech =
      e.technique === "radionuclide"
        ? (e.radionuclide ?? "radionuclide")
        : (TECHNIQUE_TEXT[e.technique] ?? e.technique);
    const name = e.label ?? `${tech}, ${e.site}`;
    return doses.length ? `${name}: ${doses.join(" → ")}` : name;
  },
  describe(e, when) {
    const initial = e.totalDoseGy
      ? `${e.totalDoseGy} Gy${e.fractions ? ` in ${e.fractions} fractions` : ""}`
      : "dose not stated";
    const changes = (e.doseChanges ?? [])
      .map((c) => ` then ${c.totalDoseGy} Gy${c.fractions ? ` in ${c.fractions} fractions` : ""}`)
      .join("");
    const tech = e.technique === "unknown" ? "technique not stated" : e.technique;
    return `Radiotherapy (${tech}${e.radionuclide ? `, ${e.radionuclide}` : ""}) to ${e.site}, ${initial}${changes}${e.intent ? `, ${e.intent}` : ""}, ${when}.`;
  },
  legendClass(key) {
    const technique = key.kind === "radiotherapy" ? key.technique : "unknown";
    return `Radiotherapy (${technique === "unknown" ? "technique not stated" : technique})`;
  },
};

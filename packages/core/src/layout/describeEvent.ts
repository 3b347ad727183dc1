import { DAYS_PER_MONTH, formatDay } from "../dates/calendarDay.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedDiagnosis, NormalizedEvent } from "../model/normalized.js";
import type { Agent } from "../model/events/therapy.js";
import type { Finding } from "../model/events/molecular.js";

/** A date as a reader should see it: stated precision kept, ranges shown, source words quoted. */
export function formatWhen(d: ResolvedDate): string {
  const words = d.text ? ` ("${d.text}")` : "";
  if (d.precision === "unknown") return `date not stated${words}`;
  const one = (x: number | null) => {
    if (x === null) return "?";
    if (d.frame !== null) return `month ${(x / DAYS_PER_MONTH).toFixed(1)}`;
    return formatDay(x);
  };
  let core: string;
  if (d.frame === null && d.precision === "month" && d.earliest !== null)
    core = formatDay(d.earliest).slice(0, 7);
  else if (d.frame === null && d.precision === "year" && d.earliest !== null)
    core = formatDay(d.earliest).slice(0, 4);
  else if (d.earliest === d.latest) core = one(d.earliest);
  else if (d.latest === null) core = `after ${one(d.earliest)}`;
  else if (d.earliest === null) core = `before ${one(d.latest)}`;
  else core = `between ${one(d.earliest)} and ${one(d.latest)}`;
  const frame =
    d.frame === null
      ? ""
      : ` from ${d.frame.replace(/\.start$/, " start").replace(/\.end$/, " end")}`;
  return `${d.approximate ? "~" : ""}${core}${frame}${words}`;
}

/**
 * A window in a label's few words, at the precision that matters for its width: `between 2019-10
 * and 2024-02`, `between 2024-04-17 and 2024-06-15`, `between month 3.1 and 4.5`.
 */
export function formatWindow(d: ResolvedDate): string {
  if (d.earliest === null || d.latest === null) return formatWhen(d);
  // A month or year as the source stated it reads as stated.
  if (d.frame === null && (d.precision === "month" || d.precision === "year"))
    return `in ${formatDay(d.earliest).slice(0, d.precision === "month" ? 7 : 4)}`;
  if (d.frame !== null)
    return `between month ${(d.earliest / DAYS_PER_MONTH).toFixed(1)} and ${(d.latest / DAYS_PER_MONTH).toFixed(1)}`;
  const byMonth = d.latest - d.earliest > 62;
  const f = (x: number) => formatDay(x).slice(0, byMonth ? 7 : 10);
  return `between ${f(d.earliest)} and ${f(d.latest)}`;
}

/** `450 mg once daily` (dose, unit, schedule as stated); "" when no dose is given. */
export function formatDose(d: { dose?: number; unit?: string; schedule?: string }): string {
  if (d.dose === undefined) return "";
  return `${d.dose}${d.unit ? ` ${d.unit}` : ""}${d.schedule ? ` ${d.schedule}` : ""}`;
}

/** `39 Gy / 13 fx`; "" when no dose is given. */
export function formatRx(gy?: number, fx?: number): string {
  return gy === undefined ? "" : `${gy} Gy${fx ? ` / ${fx} fx` : ""}`;
}

/** `alectinib 600 mg twice daily`. */
export function formatAgent(a: Agent): string {
  const dose = a.dose === undefined ? "" : ` ${a.dose}${a.unit ? ` ${a.unit}` : ""}`;
  return `${a.name}${dose}${a.schedule ? ` ${a.schedule}` : ""}`;
}

/** `EML4::ALK fusion`, `KRAS amplification (CN 7)`, `ATM p.E1724*`, with lost/not-detected marked. */
export function formatFinding(f: Finding): string {
  let core: string;
  if (f.type === "fusion") core = `${f.partner ? `${f.partner}::` : ""}${f.gene} fusion`;
  else if (f.type === "amplification")
    core = `${f.gene} amplification${f.copyNumber !== undefined ? ` (CN ${f.copyNumber})` : ""}`;
  else if (f.type === "expression") core = `${f.gene}`;
  else core = `${f.gene}${f.variant ? ` ${f.variant}` : ` ${f.type}`}`;
  const status: Record<Finding["status"], string> = {
    detected: core,
    "newly-detected": `new ${core}`,
    lost: `${core} lost`,
    "not-detected": `${core} not detected`,
    equivocal: `${core} equivocal`,
  };
  return f.type === "expression" && f.status === "detected" ? `${core} positive` : status[f.status];
}

/** When an event happened: its date, or its start to its end ("ongoing" while running). */
export const formatSpan = (e: NormalizedEvent): string =>
  e.span.moment
    ? formatWhen(e.span.start)
    : `${formatWhen(e.span.start)} to ${e.span.ongoing ? "ongoing" : formatWhen(e.span.end)}`;

/** `Diagnosis: gastric, poorly differentiated carcinoma, stage IV (cT4aN3M1).` */
export function describeDiagnosis(d: NormalizedDiagnosis, withDate = true): string {
  const stage = d.stage ? `, stage ${d.stage.value}${d.stage.tnm ? ` (${d.stage.tnm})` : ""}` : "";
  const when = withDate ? `, ${formatWhen(d.span.start)}` : "";
  return `Diagnosis: ${d.primarySite}${d.histology ? `, ${d.histology}` : ""}${stage}${when}.`;
}

/** The short label drawn on the chart. */
export function shortLabel(e: NormalizedEvent): string {
  if (e.kind === "radiotherapy") {
    // Dose is the point of a radiotherapy label: always shown, with any escalation.
    const doses = [
      formatRx(e.totalDoseGy, e.fractions),
      ...(e.doseChanges ?? []).map((c) => formatRx(c.totalDoseGy, c.fractions)),
    ].filter(Boolean);
    const tech =
      e.technique === "radionuclide"
        ? (e.radionuclide ?? "radionuclide")
        : e.technique === "unknown"
          ? "RT"
          : e.technique;
    const name = e.label ?? `${tech}, ${e.site}`;
    return doses.length ? `${name}: ${doses.join(" → ")}` : name;
  }
  if (e.label) return e.label;
  switch (e.kind) {
    case "therapy":
      return e.agents.map((a) => a.name).join(" + ");
    case "procedure":
      return e.name ?? e.type;
    case "imaging":
      return e.modality === "unspecified" ? "imaging" : e.modality;
    case "molecular": {
      const shown = e.findings.filter((f) => f.status !== "not-detected");
      return shown.length ? shown.map(formatFinding).join(", ") : `${e.method.type}: no finding`;
    }
    case "resistance":
      return `Resistance: ${e.mechanism}`;
    case "progression":
      return `Progression${e.scope && e.scope !== "unknown" ? ` (${e.scope})` : ""}`;
    case "lab":
      return e.analyte;
    case "adverse-event":
      return `${e.term}${e.grade ? ` G${e.grade}` : ""}`;
    case "clinical":
      return e.term;
    case "outcome":
      return e.status === "death"
        ? "Death"
        : `Last follow-up${e.diseaseStatus ? `: ${e.diseaseStatus}` : ""}`;
  }
}

/** A one-line description with every detail a tooltip or the accessible table should give. */
export function describeEvent(e: NormalizedEvent): string {
  const when = formatSpan(e);
  const note = e.note ? ` Note: ${e.note}` : "";
  switch (e.kind) {
    case "therapy": {
      const mods = (e.modifications ?? []).map(
        (m) =>
          `${m.type}${m.dose ? ` to ${m.dose}${m.unit ? ` ${m.unit}` : ""}` : ""}${m.schedule ? ` ${m.schedule}` : ""}${m.reason ? ` (${m.reason})` : ""}`,
      );
      const parts = [
        e.agents.map(formatAgent).join(" + "),
        when,
        e.cycles ? `${e.cycles} cycles` : "",
        e.setting ? `setting: ${e.setting}` : "",
        e.stopReason ? `stopped: ${e.stopReason}` : "",
        mods.length ? `changes: ${mods.join("; ")}` : "",
      ];
      return `Therapy: ${parts.filter(Boolean).join(", ")}.${note}`;
    }
    case "radiotherapy": {
      const initial = e.totalDoseGy
        ? `${e.totalDoseGy} Gy${e.fractions ? ` in ${e.fractions} fractions` : ""}`
        : "dose not stated";
      const changes = (e.doseChanges ?? [])
        .map((c) => ` then ${c.totalDoseGy} Gy${c.fractions ? ` in ${c.fractions} fractions` : ""}`)
        .join("");
      return `Radiotherapy: ${e.technique}${e.radionuclide ? ` (${e.radionuclide})` : ""} to ${e.site}, ${initial}${changes}${e.intent ? `, ${e.intent}` : ""}, ${when}.${note}`;
    }
    case "imaging": {
      const resp = (e.responses ?? []).map(
        (r) => `${r.value}${r.scope ? ` ${r.scope}` : ""}${r.criteria ? ` (${r.criteria})` : ""}`,
      );
      const lesions = (e.lesions ?? [])
        .filter((l) => l.sizeMm)
        .map(
          (l) =>
            `${l.site} ${l.sizeMm!.join(" × ")} mm${l.baselineMm ? ` (from ${l.baselineMm.join(" × ")} mm)` : ""}`,
        );
      const parts = [
        resp.length ? `response ${resp.join(", ")}` : e.baseline ? "baseline" : "",
        e.targetSumChangePct !== undefined
          ? `target sum ${e.targetSumChangePct > 0 ? "+" : ""}${e.targetSumChangePct}%`
          : "",
        lesions.join("; "),
        e.suvMax !== undefined ? `SUVmax ${e.suvMax}` : "",
      ];
      return `Imaging (${e.modality}${e.sites?.length ? `, ${e.sites.join(", ")}` : ""}), ${when}: ${parts.filter(Boolean).join(", ") || "no response stated"}.${note}`;
    }
    case "molecular":
      return `Molecular test (${e.method.type}${e.method.name ? `, ${e.method.name}` : ""}) on ${e.sample.type}${e.sample.site ? ` (${e.sample.site})` : ""}, ${when}: ${e.findings.map(formatFinding).join("; ") || "no findings"}.${note}`;
    case "resistance":
      return `Resistance on ${e.therapy}: ${e.mechanism}, detected ${when}.${note}`;
    case "progression":
      return `Progression (${e.basis}${e.scope ? `, ${e.scope}` : ""}${e.sites?.length ? `: ${e.sites.join(", ")}` : ""}), ${when}.${note}`;
    case "lab":
      return `${e.analyte} (${e.unit}${e.referenceRange ? `, reference ${formatRange(e.referenceRange)}` : ""}): ${e.values
        .map((v, i) => `${v.qualifier ?? ""}${v.value} on ${formatWhen(e.dates[`values[${i}]`]!)}`)
        .join("; ")}.${note}`;
    case "adverse-event":
      return `Adverse event: ${e.term}${e.grade ? `, grade ${e.grade}` : ""}${e.therapy ? `, attributed to ${e.therapy}` : ""}${e.action ? `, action: ${e.action}` : ""}, ${when}.${note}`;
    case "clinical":
      return `${e.category[0]!.toUpperCase()}${e.category.slice(1)}: ${e.term}${e.severity ? ` (${e.severity})` : ""}, ${when}.${note}`;
    case "procedure":
      return `Procedure: ${e.name ?? e.type}${e.site ? ` (${e.site})` : ""}${e.purpose ? `, ${e.purpose}` : ""}, ${when}.${note}`;
    case "outcome":
      return `${e.status === "death" ? "Death" : "Last follow-up"}${e.cause ? ` from ${e.cause}` : ""}${e.diseaseStatus ? ` (${e.diseaseStatus})` : ""}, ${when}.${note}`;
  }
}

/** `8.8–10.5`, `≤ 5`, `≥ 60`. */
function formatRange(r: { low?: number; high?: number }): string {
  if (r.low !== undefined && r.high !== undefined) return `${r.low}–${r.high}`;
  return r.high !== undefined ? `≤ ${r.high}` : `≥ ${r.low}`;
}

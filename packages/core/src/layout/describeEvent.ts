import type { NormalizedDiagnosis, NormalizedEvent } from "../model/normalized.js";
import { kindSpec } from "../kinds/registry.js";
import { formatDiagnosisCore, formatDrivers, formatSpan, formatWhen } from "./format.js";

/** What an event is called in running text (an axis title): a therapy by its agents only. */
export function eventName(e: NormalizedEvent): string {
  const spec = kindSpec(e);
  return !e.label && spec.name ? spec.name(e) : shortLabel(e);
}

/**
 * The short label drawn on the chart: the event's own `label`, else one built from its clinical
 * facts (regimen and dose, response and criteria, genes and results, sites, grade, pathology).
 * `line` is the therapy's line of treatment as drawn ("L2"), when known.
 */
export function shortLabel(e: NormalizedEvent, line?: string): string {
  return kindSpec(e).label(e, line);
}

/**
 * A one-line description with every detail a tooltip or the accessible table should give.
 * `nameOf` (from `eventNamer`) names the events it refers to in words rather than by id.
 */
export function describeEvent(
  e: NormalizedEvent,
  nameOf?: (id: string) => string | undefined,
): string {
  return `${kindSpec(e).describe(e, formatSpan(e), nameOf)}${e.note ? ` Note: ${e.note}` : ""}`;
}

/** Events named in words by id (`eventName`), each named on first use. */
export function eventNamer(events: readonly NormalizedEvent[]): (id: string) => string | undefined {
  let byId: Map<string, NormalizedEvent> | null = null;
  const names = new Map<string, string>();
  return (id) => {
    const hit = names.get(id);
    if (hit !== undefined) return hit;
    byId ??= new Map(events.map((e) => [e.id, e]));
    const e = byId.get(id);
    if (!e) return undefined;
    const name = eventName(e);
    names.set(id, name);
    return name;
  };
}

/** `Diagnosis: gastric poorly differentiated carcinoma, stage IV (cT4aN3M1); drivers: …; metastases: ….` */
export function describeDiagnosis(d: NormalizedDiagnosis, withDate = true): string {
  const when = withDate ? `, ${formatWhen(d.span.start)}` : "";
  const drivers = formatDrivers(d);
  const mets = d.metastaticSites?.length ? `; metastases: ${d.metastaticSites.join(", ")}` : "";
  return `Diagnosis: ${formatDiagnosisCore(d)}${when}${drivers ? `; ${d.receptors?.length ? "biomarkers" : "drivers"}: ${drivers}` : ""}${mets}.`;
}

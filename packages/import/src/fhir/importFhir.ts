import { SCHEMA_VERSION, type TimelineDocumentInput } from "@oncoline/core";
import type { NamedText } from "../namedText.js";
import { finishCohort } from "../finishCohort.js";
import type { ImportResult } from "../importResult.js";
import { IssueCollector } from "../issueCollector.js";
import { limitsOf, type ImportLimits } from "../limits.js";
import { readJson } from "../readJson.js";
import { toId } from "../toId.js";
import { bundleEntries, referenceResolver, type Entry } from "./bundleEntries.js";
import { FhirContext } from "./fhirContext.js";
import { isObject, list, refOf } from "./json.js";
import { PatientDraft } from "./patientDraft.js";
import { regimens } from "./regimens.js";
import { isGenomicsReport } from "./resources/diagnosticReport.js";
import { FHIR_RESOURCE_TYPES, isImported, RESOURCE_HANDLERS } from "./resources/index.js";
import { observationKind } from "./resources/observationKinds.js";
import { sexOf } from "./resources/patient.js";

/** Options of `importFhir`. */
export interface FhirOptions {
  /** Size, resource and issue limits (defaults: 32 MiB, 200,000 resources, 200 issues). */
  limits?: Partial<ImportLimits>;
}

/**
 * Import FHIR R4 bundles (mCODE STU1–STU4, or plain R4 recognized by resource type and
 * LOINC/SNOMED codes) as a cohort with one timeline per Patient. Dates keep their stated
 * precision; a resource without a date stays undated and is listed in the warnings. Never throws.
 */
export function importFhir(inputs: NamedText[], options: FhirOptions = {}): ImportResult {
  const limits = limitsOf(options.limits);
  const collector = new IssueCollector(limits.maxIssues);
  const files = inputs.map((i) => i.name).join(", ") || "(no files)";
  const source = {
    citation: `FHIR R4 bundle${inputs.length > 1 ? "s" : ""} ${files}`,
    kind: "other" as const,
  };
  try {
    if (inputs.length === 0) collector.error({ file: "fhir" }, "no input files");
    const patients = inputs.flatMap((input) => importBundle(input, limits, collector, source));
    return finishCohort(
      toId(inputs[0]?.name.replace(/\.json$/i, "") ?? "fhir-import"),
      source,
      patients,
      [],
      collector,
      files,
    );
  } catch (err) {
    collector.error({ file: files }, `internal error (please report it): ${String(err)}`);
    return finishCohort("fhir-import", source, [], [], collector, files);
  }
}

function importBundle(
  input: NamedText,
  limits: ImportLimits,
  collector: IssueCollector,
  source: TimelineDocumentInput["source"],
): TimelineDocumentInput[] {
  const json = readJson(input.name, input.text, limits, collector);
  if (json === undefined) return [];
  const entries = bundleEntries(input.name, json, limits.maxRecords, collector);
  if (!entries) return [];
  const ctx = new FhirContext(input.name, collector, referenceResolver(entries));
  const drafts = new Map(
    entries.filter((e) => e.type === "Patient").map((e) => [e.label, new PatientDraft(e)]),
  );
  if (drafts.size === 0) {
    collector.error(
      { file: input.name, path: "Bundle.entry" },
      "the bundle has no Patient resource: nothing to attach the records to",
    );
    return [];
  }
  const notImported = new Map<string, number>();
  const skip = (entry: Entry, reason: string) => {
    const key = `${entry.type} (${reason})`;
    notImported.set(key, (notImported.get(key) ?? 0) + 1);
  };
  const ordered = FHIR_RESOURCE_TYPES.flatMap((t) => entries.filter((e) => e.type === t));
  // Stage groups before TNM categories, so the categories find their stage.
  ordered.sort((a, b) => rank(a) - rank(b));
  for (const e of entries) if (!isImported(e.type)) skip(e, "resource type not used");
  // Results of genomics reports are read with their report, not alone.
  for (const report of entries.filter(
    (e) => e.type === "DiagnosticReport" && isGenomicsReport(e.resource),
  ))
    for (const r of list(report.resource.result)) {
      const target = ctx.resolve(refOf(r));
      if (target) for (const d of drafts.values()) d.reportResults.add(target.label);
    }
  for (const entry of ordered) {
    if (entry.type === "Patient") continue;
    const draft = draftFor(entry, drafts, ctx);
    if (!draft) {
      skip(entry, "no subject that is a Patient of the bundle");
      continue;
    }
    const reason = RESOURCE_HANDLERS[entry.type as keyof typeof RESOURCE_HANDLERS](
      entry,
      draft,
      ctx,
    );
    if (reason) skip(entry, reason);
  }
  if (notImported.size > 0)
    collector.warn(
      { file: input.name },
      `not imported: ${[...notImported].map(([k, n]) => `${n} ${k}`).join("; ")}`,
    );
  return [...drafts.values()].map((d) => document(d, source));
}

/** Reading order: by resource type, and stage groups before other observations. */
function rank(e: Entry): number {
  const type = FHIR_RESOURCE_TYPES.indexOf(e.type as (typeof FHIR_RESOURCE_TYPES)[number]) * 10;
  return e.type === "Observation" && observationKind(e.resource) !== "stage-group"
    ? type + 1
    : type;
}

/** The patient a resource is about: its subject or patient reference, else the only patient. */
function draftFor(
  entry: Entry,
  drafts: Map<string, PatientDraft>,
  ctx: FhirContext,
): PatientDraft | undefined {
  const r = entry.resource;
  const ref = refOf(r.subject) ?? refOf(r.patient);
  const target = ctx.resolve(ref);
  if (target) return drafts.get(target.label);
  if (ref) {
    ctx.collector.warn(
      ctx.at(entry, isObject(r.subject) ? "subject" : "patient"),
      `refers to '${ref}', which is not in the bundle`,
    );
    return undefined;
  }
  return drafts.size === 1 ? [...drafts.values()][0] : undefined;
}

function document(d: PatientDraft, source: TimelineDocumentInput["source"]): TimelineDocumentInput {
  const sex = sexOf(d.patient.resource.gender);
  const diagnoses = d.diagnoses.map(({ source: _source, ...dx }) => dx);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: toId(d.patient.id, "patient"),
    title: d.patient.label,
    source,
    patient: { label: d.patient.id, ...(sex ? { sex } : {}) },
    ...(diagnoses.length > 0 ? { diagnoses } : {}),
    events: [...regimens(d), ...d.events],
    ...(d.notes.length > 0 ? { notes: d.notes } : {}),
  };
}

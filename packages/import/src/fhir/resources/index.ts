import { condition } from "./condition.js";
import { diagnosticReport } from "./diagnosticReport.js";
import type { ResourceHandler } from "./handler.js";
import { medicationAdministration, medicationCourse } from "./medication.js";
import { observation } from "./observation.js";
import { patient } from "./patient.js";
import { procedure } from "./procedure.js";

/** The resource types imported, in the order they are read (conditions before their stagings, orders before administrations). */
export const FHIR_RESOURCE_TYPES = [
  "Patient",
  "Condition",
  "Observation",
  "DiagnosticReport",
  "Procedure",
  "MedicationRequest",
  "MedicationStatement",
  "MedicationAdministration",
] as const;
export type FhirResourceType = (typeof FHIR_RESOURCE_TYPES)[number];

/** How each imported resource type is read; the compiler keeps this complete. */
export const RESOURCE_HANDLERS: Record<FhirResourceType, ResourceHandler> = {
  Patient: patient,
  Condition: condition,
  Observation: observation,
  DiagnosticReport: diagnosticReport,
  Procedure: procedure,
  MedicationRequest: medicationCourse,
  MedicationStatement: medicationCourse,
  MedicationAdministration: medicationAdministration,
};

export const isImported = (t: string): t is FhirResourceType => Object.hasOwn(RESOURCE_HANDLERS, t);

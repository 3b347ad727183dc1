import type { Entry } from "../bundleEntries.js";
import type { FhirContext } from "../fhirContext.js";
import type { PatientDraft } from "../patientDraft.js";

/**
 * Reads one resource into its patient's draft. Returns null when imported, or why it was not
 * (`not a cancer condition`), which the import counts in its warnings.
 */
export type ResourceHandler = (
  entry: Entry,
  draft: PatientDraft,
  ctx: FhirContext,
) => string | null;

// @oncoline/import public API: importers from research and clinical formats into Oncoline cohorts.
// Named exports only; see README for one example per export.
export { importCbioportal } from "./cbioportal/importCbioportal.js";
export type { CbioportalOptions } from "./cbioportal/importCbioportal.js";
export type { NamedText } from "./namedText.js";
export { CBIOPORTAL_EVENT_TYPES } from "./cbioportal/eventTypes/index.js";
export type { ImportResult } from "./importResult.js";
export type { ImportIssue, Where } from "./importIssue.js";
export { formatImportIssue } from "./importIssue.js";
export type { ImportLimits } from "./limits.js";
export { DEFAULT_LIMITS } from "./limits.js";
export { importFhir } from "./fhir/importFhir.js";
export type { FhirOptions } from "./fhir/importFhir.js";
export { FHIR_RESOURCE_TYPES } from "./fhir/resources/index.js";
export { importCsv } from "./csv/importCsv.js";
export type { CsvOptions } from "./csv/importCsv.js";
export { CsvMapping, CSV_KINDS, csvMappingJsonSchema } from "./csv/csvMapping.js";

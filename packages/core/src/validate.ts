// @oncoline/core/validate: the zod model and the parsers that turn any JSON value into a validated
// `Timeline` or `Cohort` (never throwing), with their JSON Schemas and input limits. The render path
// (`@oncoline/core/render`) never imports this entry. Named exports only.
export {
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  TimelineDocument,
  Source,
  Patient,
  Diagnosis,
} from "./model/timeline.js";
export type { TimelineDocument as TimelineDocumentInput } from "./model/timeline.js";
export { TimelineEvent, EVENT_KINDS } from "./model/event.js";
export { DateInput } from "./model/dateInput.js";
export { RESPONSE_CRITERIA } from "./model/events/imaging.js";
export { CohortDocument } from "./model/cohort.js";
export type { Timeline } from "./model/normalized.js";
export type { ValidationIssue } from "./validate/issue.js";
export { formatIssue } from "./validate/issue.js";
export type { ParseResult } from "./validate/parseTimeline.js";
export { parseTimeline } from "./validate/parseTimeline.js";
export { INPUT_LIMITS } from "./validate/inputLimits.js";
export { checkJsonText } from "./validate/checkJsonText.js";
export { timelineJsonSchema, cohortJsonSchema } from "./model/jsonSchema.js";
export type { Cohort, CohortRow, CohortValue } from "./validate/parseCohort.js";
export { parseCohort } from "./validate/parseCohort.js";

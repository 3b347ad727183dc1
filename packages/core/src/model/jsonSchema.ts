import * as z from "./zod.js";
import { TimelineDocument } from "./timeline.js";
import { CohortDocument } from "./cohort.js";

const options = { target: "draft-2020-12", io: "input", unrepresentable: "any" } as const;

/** The JSON Schema (draft 2020-12) of a patient timeline, generated from the runtime validator. */
export function timelineJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://oncoline.dev/schema/1.0/timeline.schema.json",
    ...z.toJSONSchema(TimelineDocument, options),
  };
}

/** The JSON Schema (draft 2020-12) of a cohort document, generated from the runtime validator. */
export function cohortJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://oncoline.dev/schema/1.0/cohort.schema.json",
    ...z.toJSONSchema(CohortDocument, options),
  };
}

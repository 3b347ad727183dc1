import * as z from "./zod.js";
import { Id } from "./common.js";
import { Source, SourceNote, SCHEMA_VERSIONS, TimelineDocument } from "./timeline.js";

/** A column of a compact literature table. */
export const CohortColumn = z.strictObject({
  key: Id,
  label: z.string().min(1),
  type: z.enum(["number", "string", "boolean", "response", "list", "sequence"]).meta({
    description: "list = string[]; sequence = ordered regimens, each a string[] of agents.",
  }),
  unit: z.string().optional(),
  role: z
    .enum([
      "label",
      "age",
      "sex",
      "time-to-event",
      "therapy",
      "best-response",
      "best-change",
      "regimen",
      "other",
    ])
    .optional()
    .meta({
      description:
        "What a swimmer plot may use the column for: time-to-event is the bar, therapy the agents it runs on (coloured by class), regimen what followed, best-change the best % change of the target lesions (the waterfall).",
    }),
  description: z.string().optional(),
});
export type CohortColumn = z.infer<typeof CohortColumn>;

const CellValue = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.array(z.array(z.string())),
]);
/** A cell: a value (null = not available in the source), optionally with a note. */
export const Cell = z.union([CellValue, z.strictObject({ value: CellValue, note: z.string() })]);
export type Cell = z.infer<typeof Cell>;

/** A compact table form for literature tables. Missing stays missing (null), never zero. */
export const CohortTable = z.strictObject({
  columns: z.array(CohortColumn).min(1),
  rows: z.array(
    z.strictObject({
      id: Id,
      cells: z.record(z.string(), Cell),
    }),
  ),
});
export type CohortTable = z.infer<typeof CohortTable>;

/** A cohort: full patient timelines, a compact table, or both. */
export const CohortDocument = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.enum(SCHEMA_VERSIONS),
    kind: z.literal("cohort"),
    id: Id,
    title: z.string().optional(),
    source: Source,
    patients: z.array(TimelineDocument).optional(),
    table: CohortTable.optional(),
    notes: z.array(SourceNote).optional(),
  })
  .meta({ id: "OncolineCohort", title: "Oncoline cohort" });
export type CohortDocument = z.infer<typeof CohortDocument>;

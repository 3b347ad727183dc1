import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Ref } from "../common.js";

/** An adverse event, CTCAE-graded when the source grades it. */
export const AdverseEventEvent = z.strictObject({
  kind: z.literal("adverse-event"),
  ...eventBase,
  term: z.string().min(1),
  grade: z.number().int().min(1).max(5).optional(),
  gradeText: z.string().min(1).optional().meta({
    description:
      "A grade that is no CTCAE number, as stated: 'IIIb' (Clavien-Dindo), 'severe'. Printed instead of `grade`.",
  }),
  scale: z.string().min(1).optional().meta({
    description:
      "The grading scale when it is not CTCAE: 'ASTCT' (cytokine release, ICANS), 'Clavien-Dindo', 'Lee 2014'.",
  }),
  outcome: z
    .enum(["resolved", "resolved-with-sequelae", "ongoing", "fatal"])
    .optional()
    .meta({ description: "How it ended, when stated: 'fatal' for a death caused by it." }),
  start: DateInput.optional(),
  end: DateInput.optional(),
  therapy: Ref.optional().meta({
    description:
      "What it is attributed to: a systemic therapy, a radiotherapy course or a procedure (graft-versus-host disease after a transplant).",
  }),
  action: z
    .enum(["none", "held", "dose-reduced", "discontinued", "hospitalized", "other"])
    .optional(),
});
export type AdverseEventEvent = z.infer<typeof AdverseEventEvent>;

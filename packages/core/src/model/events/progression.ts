import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Ref } from "../common.js";

/** Progression not tied to one imaging study (clinical, marker-based). */
export const ProgressionEvent = z.strictObject({
  kind: z.literal("progression"),
  ...eventBase,
  date: DateInput.optional(),
  basis: z.enum(["clinical", "radiographic", "marker", "pathologic", "unknown"]),
  called: z.enum(["progression", "recurrence", "relapse"]).optional().meta({
    description:
      "What the source calls it: a recurrence after treatment with curative intent, a relapse after a remission; progression when absent.",
  }),
  scope: z.enum(["CNS", "extracranial", "systemic", "local", "unknown"]).optional(),
  sites: z.array(z.string()).optional(),
  therapy: Ref.optional().meta({
    description:
      "The therapy on which it occurred: a systemic therapy, a radiotherapy course or a procedure (a relapse after a transplant).",
  }),
  evidence: z.array(Ref).optional().meta({
    description:
      "The events that show it: imaging, a response assessment, a lab series, a molecular test, a procedure (biopsy), an earlier progression or a clinical event.",
  }),
});
export type ProgressionEvent = z.infer<typeof ProgressionEvent>;

import { z } from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase } from "../common.js";

/** Surgery, biopsy, endoscopy, amputation… */
export const ProcedureEvent = z.strictObject({
  kind: z.literal("procedure"),
  ...eventBase,
  type: z.enum(["surgery", "biopsy", "endoscopy", "amputation", "drainage", "other"]),
  name: z.string().optional().meta({ description: "As named, e.g. 'craniotomy with excision'." }),
  site: z.string().optional(),
  purpose: z.enum(["diagnostic", "therapeutic", "palliative", "staging", "other"]).optional(),
  date: DateInput.optional(),
});
export type ProcedureEvent = z.infer<typeof ProcedureEvent>;

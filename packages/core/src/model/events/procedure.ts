import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase } from "../common.js";

/** What pathology found in a resection or biopsy specimen. */
export const PathologyResult = z.strictObject({
  histology: z.string().optional().meta({ description: "Histology of the specimen, as stated." }),
  tnm: z.string().optional().meta({ description: "Pathological stage, e.g. 'ypT0N0', 'pT2N1a'." }),
  completeResponse: z
    .boolean()
    .optional()
    .meta({ description: "Pathological complete response (pCR) after neoadjuvant therapy." }),
  margins: z.enum(["R0", "R1", "R2", "RX"]).optional().meta({ description: "Resection margins." }),
  grade: z
    .string()
    .optional()
    .meta({ description: "Grade of the specimen, e.g. 'G2', 'Gleason 4 + 3'." }),
  text: z.string().optional().meta({ description: "Any other finding in the source's terms." }),
});
export type PathologyResult = z.infer<typeof PathologyResult>;

/** Surgery, biopsy, endoscopy, amputation… */
export const ProcedureEvent = z.strictObject({
  kind: z.literal("procedure"),
  ...eventBase,
  type: z
    .enum([
      "surgery",
      "biopsy",
      "endoscopy",
      "amputation",
      "drainage",
      "ablation",
      "embolization",
      "transplant",
      "other",
    ])
    .meta({
      description:
        "ablation: radiofrequency, microwave or cryoablation; embolization: TACE, TARE; transplant: a stem cell or organ transplant (its conditioning is a therapy).",
    }),
  name: z.string().optional().meta({ description: "As named, e.g. 'craniotomy with excision'." }),
  site: z.string().optional(),
  purpose: z.enum(["diagnostic", "therapeutic", "palliative", "staging", "other"]).optional(),
  date: DateInput.optional(),
  pathology: PathologyResult.optional(),
});
export type ProcedureEvent = z.infer<typeof ProcedureEvent>;

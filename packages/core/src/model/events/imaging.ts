import { z } from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Ref, ResponseCode } from "../common.js";

/** One response call, optionally scoped ("intracranial PD"). */
export const ResponseAssessment = z.strictObject({
  value: ResponseCode,
  scope: z
    .string()
    .optional()
    .meta({ description: "e.g. 'intracranial', 'extracranial'; overall when absent." }),
  criteria: z.string().optional().meta({ description: "e.g. 'RECIST 1.1'." }),
});
export type ResponseAssessment = z.infer<typeof ResponseAssessment>;

/** A measured lesion. */
export const Lesion = z.strictObject({
  site: z.string(),
  sizeMm: z.array(z.number().nonnegative()).min(1).max(3).optional(),
  baselineMm: z.array(z.number().nonnegative()).min(1).max(3).optional(),
  target: z.boolean().optional(),
  note: z.string().optional(),
});

/** An imaging study and what it showed. */
export const ImagingEvent = z.strictObject({
  kind: z.literal("imaging"),
  ...eventBase,
  modality: z.enum([
    "CT",
    "MRI",
    "PET-CT",
    "bone-scan",
    "X-ray",
    "ultrasound",
    "other",
    "unspecified",
  ]),
  date: DateInput.optional(),
  sites: z.array(z.string()).optional(),
  responses: z.array(ResponseAssessment).optional(),
  lesions: z.array(Lesion).optional(),
  targetSumChangePct: z
    .number()
    .optional()
    .meta({ description: "Percent change of the sum of target lesions." }),
  suvMax: z.number().nonnegative().optional(),
  evaluates: Ref.optional().meta({
    description: "The therapy (or radiotherapy) this study evaluates.",
  }),
  baseline: z.boolean().optional(),
});
export type ImagingEvent = z.infer<typeof ImagingEvent>;

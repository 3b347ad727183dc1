import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Ref, ResponseCode } from "../common.js";

/** Response criteria sets Oncoline knows by name; any other name is accepted as written. */
export const RESPONSE_CRITERIA = [
  "RECIST 1.1",
  "iRECIST",
  "mRECIST",
  "RANO",
  "RANO-BM",
  "Lugano",
  "PERCIST",
  "PCWG3",
  "clinical",
] as const;

/**
 * One response call, optionally scoped ("intracranial PD"). A call may be a category (`value`),
 * the source's words (`text`: "near-complete disappearance", "no evidence of disease"), or both.
 */
export const ResponseAssessment = z
  .strictObject({
    value: ResponseCode.optional().meta({
      description: "Response category (CR, PR, SD, PD, NE) under `criteria`.",
    }),
    text: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The response as the source words it, e.g. 'favorable response'." }),
    scope: z
      .string()
      .optional()
      .meta({ description: "e.g. 'intracranial', 'extracranial'; overall when absent." }),
    criteria: z
      .union([z.enum(RESPONSE_CRITERIA), z.string().min(1)])
      .optional()
      .meta({
        description: "e.g. 'RECIST 1.1', 'iRECIST', 'RANO', 'Lugano', 'PERCIST', 'clinical'.",
      }),
  })
  .refine((r) => r.value !== undefined || r.text !== undefined, {
    message: "a response needs a value (CR, PR, SD, PD, NE) or the source's text",
  });
export type ResponseAssessment = z.infer<typeof ResponseAssessment>;

/** Imaging modalities by name; `other` and `unspecified` when the source names none of them. */
export const IMAGING_MODALITIES = [
  "CT",
  "MRI",
  "PET-CT",
  "bone-scan",
  "SPECT",
  "SPECT-CT",
  "mammography",
  "X-ray",
  "ultrasound",
  "other",
  "unspecified",
] as const;

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
  modality: z.enum(IMAGING_MODALITIES),
  date: DateInput.optional(),
  tracer: z.string().min(1).optional().meta({
    description:
      "The tracer of a PET or SPECT study, e.g. 'FDG', '68Ga-DOTATATE', 'PSMA', '123I-MIBG'.",
  }),
  finding: z.string().min(1).optional().meta({
    description:
      "What the study showed when it is not a response call, in your own words: 'no distant metastases', '4 cm mass in the pancreatic head'.",
  }),
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

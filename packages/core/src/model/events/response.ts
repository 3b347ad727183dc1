import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Ref } from "../common.js";
import { ResponseAssessment } from "./imaging.js";

/** What a response call not made on imaging rests on. */
export const RESPONSE_BASES = [
  "bone-marrow",
  "blood-counts",
  "tumor-marker",
  "molecular",
  "mrd",
  "pathology",
  "clinical",
  "other",
  "unknown",
] as const;

/**
 * A response assessed without imaging: a bone-marrow or blood-count response (complete
 * haematologic response), a molecular response (major molecular response on BCR-ABL1), minimal
 * residual disease, a serum or tumour-marker response (IMWG VGPR, PSA50), a pathological or a
 * clinical response. An imaging study with a response call is an `imaging` event.
 */
export const ResponseEvent = z.strictObject({
  kind: z.literal("response"),
  ...eventBase,
  date: DateInput.optional(),
  basis: z.enum(RESPONSE_BASES).meta({
    description:
      "What the call rests on: 'bone-marrow', 'blood-counts', 'tumor-marker', 'molecular' (BCR-ABL1, ctDNA), 'mrd', 'pathology', 'clinical' or 'other'.",
  }),
  method: z.string().min(1).optional().meta({
    description:
      "The test as the source names it, e.g. 'BCR-ABL1 RT-qPCR (IS)', 'NGS MRD 10⁻⁶', 'serum M-protein'.",
  }),
  responses: z.array(ResponseAssessment).min(1).meta({
    description:
      "The calls: a category (`value`: CR, PR, SD, PD, NE) and/or the source's words (`text`: 'VGPR', 'MMR', 'MRD-negative'), with `criteria` ('IMWG', 'ELN', 'iwCLL', 'PCWG3').",
  }),
  evaluates: Ref.optional().meta({
    description: "The therapy (or radiotherapy, procedure) this assessment evaluates.",
  }),
});
export type ResponseEvent = z.infer<typeof ResponseEvent>;

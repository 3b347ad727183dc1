import { z } from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase } from "../common.js";

/** One dated measurement. */
export const LabValue = z.strictObject({
  date: DateInput.optional(),
  value: z.number().finite(),
  qualifier: z.enum(["<", ">"]).optional().meta({ description: "Below/above the assay's limit." }),
  note: z.string().optional(),
});
export type LabValue = z.infer<typeof LabValue>;

/** A lab or tumour-marker series (CEA, calcium…). */
export const LabSeriesEvent = z.strictObject({
  kind: z.literal("lab"),
  ...eventBase,
  analyte: z.string().min(1),
  unit: z.string().min(1),
  referenceRange: z
    .strictObject({ low: z.number().optional(), high: z.number().optional() })
    .optional(),
  values: z.array(LabValue).min(1),
});
export type LabSeriesEvent = z.infer<typeof LabSeriesEvent>;

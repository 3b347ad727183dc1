import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase } from "../common.js";

/** One dated measurement. */
export const LabValue = z
  .strictObject({
    date: DateInput.optional(),
    value: z
      .number()
      .finite()
      .optional()
      .meta({ description: "The number; omit when only words are given." }),
    qualifier: z.enum(["<", ">", "<=", ">="]).optional().meta({
      description:
        "Comparator: below/above the value (an assay's limit), e.g. PSA < 0.1; '<=' and '>=' print as ≤ and ≥.",
    }),
    text: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A value stated in words, e.g. 'normalized', 'undetectable'." }),
    note: z.string().optional(),
  })
  .refine((v) => v.value !== undefined || v.text !== undefined, {
    message: "a lab value needs a number or the source's words (text)",
  });
export type LabValue = z.infer<typeof LabValue>;

/** A lab or tumour-marker series (CEA, calcium…). */
export const LabSeriesEvent = z.strictObject({
  kind: z.literal("lab"),
  ...eventBase,
  analyte: z.string().min(1),
  unit: z.string().min(1).optional().meta({
    description: "Unit of the values ('ng/mL', '%'); omit when the source gives only words.",
  }),
  referenceRange: z
    .strictObject({ low: z.number().optional(), high: z.number().optional() })
    .optional(),
  values: z.array(LabValue).min(1),
});
export type LabSeriesEvent = z.infer<typeof LabSeriesEvent>;

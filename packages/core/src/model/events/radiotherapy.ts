import * as z from "../zod.js";
import { DateInput, Duration } from "../dateInput.js";
import { eventBase, Ref } from "../common.js";

/** A change of prescription during a course (e.g. 15 Gy/5 fx escalated to 39 Gy/13 fx). */
export const DoseChange = z.strictObject({
  date: DateInput.optional(),
  totalDoseGy: z.number().positive(),
  fractions: z.number().int().positive().optional(),
  reason: z.string().optional(),
});
export type DoseChange = z.infer<typeof DoseChange>;

/** A radiotherapy course. */
export const RadiotherapyEvent = z.strictObject({
  kind: z.literal("radiotherapy"),
  ...eventBase,
  site: z.string().min(1),
  technique: z.enum([
    "SRT",
    "SBRT",
    "SRS",
    "gamma-knife",
    "proton",
    "WBRT",
    "EBRT",
    "IMRT",
    "radionuclide",
    "brachytherapy",
    "other",
    "unknown",
  ]),
  radionuclide: z
    .string()
    .optional()
    .meta({ description: "For radionuclide therapy, e.g. 'strontium-89'." }),
  intent: z.enum(["curative", "palliative", "hemostatic", "adjuvant", "unknown"]).optional(),
  totalDoseGy: z
    .number()
    .positive()
    .optional()
    .meta({ description: "Initially prescribed total dose." }),
  fractions: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: "Initially prescribed fractions." }),
  doseChanges: z.array(DoseChange).optional(),
  start: DateInput.optional(),
  end: DateInput.optional(),
  duration: Duration.optional().meta({ description: "How long the course lasted, as stated." }),
  basedOn: z.array(Ref).optional(),
});
export type RadiotherapyEvent = z.infer<typeof RadiotherapyEvent>;

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
  site: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "Where it was given; leave out when the source does not say." }),
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
  doseUnit: z.enum(["Gy", "Gy(RBE)"]).optional().meta({
    description:
      "'Gy(RBE)' for a proton or carbon-ion dose stated as RBE-weighted (also written GyE, CGE); Gy when absent.",
  }),
  activity: z
    .strictObject({
      value: z.number().positive(),
      unit: z.enum(["GBq", "MBq", "mCi"]),
    })
    .optional()
    .meta({
      description:
        "For radionuclide therapy: the activity given per administration, as stated ('7.4 GBq', '200 mCi').",
    }),
  cycles: z.number().int().positive().max(100).optional().meta({
    description:
      "For radionuclide therapy given in cycles ('four cycles of 177Lu-DOTATATE'): the number of administrations.",
  }),
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

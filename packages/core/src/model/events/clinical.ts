import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase } from "../common.js";

/** Bleeding, seizure, infection, hospitalization, tumour-board decision… */
export const ClinicalEvent = z.strictObject({
  kind: z.literal("clinical"),
  ...eventBase,
  category: z.enum([
    "presentation",
    "bleeding",
    "seizure",
    "infection",
    "hospitalization",
    "tumor-board",
    "decision",
    "symptom",
    "complication",
    "referral",
    "performance-status",
    "other",
  ]),
  term: z.string().min(1),
  severity: z.enum(["mild", "moderate", "severe", "life-threatening", "fatal"]).optional(),
  start: DateInput.optional(),
  end: DateInput.optional(),
});
export type ClinicalEvent = z.infer<typeof ClinicalEvent>;

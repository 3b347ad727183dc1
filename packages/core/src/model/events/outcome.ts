import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase } from "../common.js";

/** Death or last follow-up. */
export const OutcomeEvent = z.strictObject({
  kind: z.literal("outcome"),
  ...eventBase,
  status: z.enum(["death", "last-follow-up"]),
  date: DateInput.optional(),
  cause: z.string().optional(),
  diseaseStatus: z.string().optional().meta({ description: "e.g. 'complete response ongoing'." }),
});
export type OutcomeEvent = z.infer<typeof OutcomeEvent>;

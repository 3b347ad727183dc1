import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Ref } from "../common.js";

/** A finding of a molecular test, by test id and finding id. */
export const FindingRef = z.strictObject({ test: Ref, finding: Ref });
export type FindingRef = z.infer<typeof FindingRef>;

/** Resistance detected: the mechanism, the therapy it ended, the evidence. */
export const ResistanceEvent = z.strictObject({
  kind: z.literal("resistance"),
  ...eventBase,
  date: DateInput.optional().meta({ description: "When the resistance was detected." }),
  therapy: Ref.meta({ description: "The therapy on which it arose (whose line it ended)." }),
  mechanism: z.string().min(1).optional().meta({
    description:
      "Short statement, e.g. 'acquired EML4::ALK fusion'; absent when the source names no mechanism.",
  }),
  findings: z.array(FindingRef).optional(),
  evidence: z.array(Ref).optional().meta({
    description:
      "The events that support it: imaging, a response assessment, a lab series, a molecular test, a procedure, a progression or a clinical event.",
  }),
});
export type ResistanceEvent = z.infer<typeof ResistanceEvent>;

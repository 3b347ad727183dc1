import * as z from "./zod.js";

/** Stable identifier: letters, digits and `-_.:`. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { message: "ids use letters, digits and - _ . : only" });

/** Fields every event carries. */
export const eventBase = {
  id: Id.meta({ description: "Stable id, unique in the document; other events refer to it." }),
  label: z
    .string()
    .optional()
    .meta({ description: "Short display label; derived from the event when absent." }),
  note: z.string().optional().meta({ description: "Free-text note in the encoder's own words." }),
};

/** A reference to another event by id. */
export const Ref = Id;

/** RECIST-style response code. */
export const ResponseCode = z.enum(["CR", "PR", "SD", "PD", "NE"]);
export type ResponseCode = z.infer<typeof ResponseCode>;

import { z } from "./zod.js";
import { DateInput, EdtfDate } from "./dateInput.js";
import { Id } from "./common.js";
import { Finding } from "./events/molecular.js";
import { TimelineEvent } from "./event.js";

/** The schema version this library reads and writes. */
export const SCHEMA_VERSION = "1.0";

/** Where the case comes from. */
export const Source = z.strictObject({
  citation: z.string().min(1).meta({ description: "Full citation as it should be printed." }),
  kind: z.enum([
    "case-report",
    "case-series",
    "teaching-scenario",
    "registry",
    "trial",
    "synthetic",
    "other",
  ]),
  doi: z.string().optional(),
  url: z.string().optional(),
  published: EdtfDate.optional(),
  license: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** Patient facts. */
export const Patient = z.strictObject({
  label: z.string().min(1).meta({ description: "De-identified label, e.g. 'Case 1'." }),
  ageAtDiagnosis: z.number().nonnegative().optional(),
  ageAtPresentation: z.number().nonnegative().optional(),
  sex: z.enum(["female", "male", "other", "unknown"]).optional(),
  smoking: z.enum(["never", "light", "former", "current", "unknown"]).optional(),
  note: z.string().optional(),
});
export type Patient = z.infer<typeof Patient>;

/** A cancer diagnosis. Its id can anchor relative dates like any event. */
export const Diagnosis = z.strictObject({
  id: Id,
  date: DateInput.optional(),
  primarySite: z.string().min(1),
  histology: z.string().optional(),
  stage: z
    .strictObject({
      value: z.string().min(1).meta({ description: "e.g. 'IV'." }),
      tnm: z.string().optional().meta({ description: "e.g. 'cT4aN3M1'." }),
      system: z.string().optional(),
    })
    .optional(),
  metastaticSites: z.array(z.string()).optional(),
  drivers: z
    .array(Finding)
    .optional()
    .meta({ description: "Driver alterations known at diagnosis." }),
  note: z.string().optional(),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

/** A note on the source itself, e.g. a discrepancy between text and table. */
export const SourceNote = z.strictObject({
  about: z.string().optional().meta({ description: "Path or id the note concerns." }),
  kind: z.enum(["discrepancy", "inference", "omission", "other"]).optional(),
  text: z.string().min(1),
});

/** A patient timeline document. */
export const TimelineDocument = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Id,
    title: z.string().optional(),
    source: Source,
    patient: Patient,
    diagnoses: z.array(Diagnosis).optional(),
    dataCutoff: DateInput.optional().meta({
      description: "Date the data run to; ongoing therapies end here.",
    }),
    priorTherapy: z.enum(["none", "not-reported"]).optional().meta({
      description:
        "Whether therapy before the first reported one is known: 'not-reported' keeps line numbers from being claimed as 1, 2… (they print as L?).",
    }),
    events: z.array(TimelineEvent),
    notes: z.array(SourceNote).optional(),
  })
  .meta({ id: "OncolineTimeline", title: "Oncoline patient timeline" });
export type TimelineDocument = z.infer<typeof TimelineDocument>;

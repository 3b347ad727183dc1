import * as z from "./zod.js";
import { DateInput, EdtfDate } from "./dateInput.js";
import { Id } from "./common.js";
import { Finding } from "./events/molecular.js";
import { TimelineEvent } from "./event.js";

/** The schema version this library writes. */
export const SCHEMA_VERSION = "1.1";
/** Every version this library reads: 1.1 only adds optional fields, so 1.0 documents stay valid. */
export const SCHEMA_VERSIONS = ["1.0", "1.1"] as const;

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
  firstAuthor: z
    .string()
    .optional()
    .meta({ description: "First author as printed in a caption, e.g. 'Yoshikawa K'." }),
  journal: z.string().optional().meta({ description: "Journal name, e.g. 'Cureus'." }),
  year: z.number().int().optional().meta({ description: "Year of publication." }),
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
  packYears: z
    .number()
    .nonnegative()
    .optional()
    .meta({ description: "Smoking history in pack-years." }),
  ageText: z.string().optional().meta({
    description: "Age as the source words it when no number is given, e.g. 'in her sixties'.",
  }),
  menopausalStatus: z.enum(["premenopausal", "perimenopausal", "postmenopausal"]).optional(),
  context: z.array(z.string().min(1)).optional().meta({
    description: "Other stated facts about the patient, e.g. 'pregnant (20 weeks)', 'postpartum'.",
  }),
  note: z.string().optional(),
});
export type Patient = z.infer<typeof Patient>;

/** A receptor's status as stated: ER/PR positive with a percentage, HER2 by IHC score or FISH. */
export const ReceptorStatus = z.strictObject({
  receptor: z.string().min(1).meta({ description: "e.g. 'ER', 'PR', 'HER2', 'AR'." }),
  status: z.enum(["positive", "negative", "low", "equivocal", "not-tested"]),
  percent: z.number().min(0).max(100).optional().meta({ description: "Percent of stained cells." }),
  ihc: z.enum(["0", "1+", "2+", "3+"]).optional().meta({ description: "IHC score (HER2)." }),
  fish: z.enum(["amplified", "not-amplified", "equivocal"]).optional(),
});
export type ReceptorStatus = z.infer<typeof ReceptorStatus>;

/** A cancer diagnosis. Its id can anchor relative dates like any event. */
export const Diagnosis = z.strictObject({
  id: Id,
  date: DateInput.optional(),
  primarySite: z.string().min(1),
  histology: z.string().optional(),
  stage: z
    .strictObject({
      value: z.string().min(1).optional().meta({ description: "e.g. 'IV'." }),
      tnm: z.string().optional().meta({ description: "e.g. 'cT4aN3M1'." }),
      system: z
        .string()
        .optional()
        .meta({ description: "e.g. 'Ann Arbor', 'FIGO', 'AJCC 8th'; printed before the stage." }),
    })
    .refine((s) => s.value !== undefined || s.tnm !== undefined, {
      message: "a stage needs a value ('IV') or a TNM ('cT3N1M1')",
    })
    .optional(),
  grade: z
    .strictObject({
      value: z
        .string()
        .min(1)
        .meta({ description: "As stated, e.g. 'G3', '4 + 5 = 9', 'WHO grade 3'." }),
      system: z
        .string()
        .optional()
        .meta({ description: "e.g. 'Gleason', 'WHO CNS', 'Nottingham'." }),
    })
    .optional(),
  receptors: z
    .array(ReceptorStatus)
    .optional()
    .meta({ description: "Receptor status at diagnosis (ER, PR, HER2…)." }),
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
    schemaVersion: z.enum(SCHEMA_VERSIONS),
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

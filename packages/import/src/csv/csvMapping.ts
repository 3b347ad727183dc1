import * as z from "./zod.js";

/** The model kinds a CSV row can become, plus `diagnosis`. */
export const CSV_KINDS = [
  "diagnosis",
  "therapy",
  "radiotherapy",
  "procedure",
  "imaging",
  "progression",
  "lab",
  "clinical",
  "outcome",
] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

const column = z.string().min(1).meta({ description: "A column name of the table's header." });

/** Which column holds what. Only `patient`, `kind` and `start` are required. */
export const CsvColumns = z.strictObject({
  patient: column.meta({ description: "Patient id (REDCap: record_id)." }),
  kind: column.meta({ description: "Event type; its values are mapped by `kinds`." }),
  start: column.meta({ description: "Start or only date of the event." }),
  end: column.optional().meta({ description: "End date (therapies, radiotherapy)." }),
  label: column
    .optional()
    .meta({ description: "Free text: procedure name, clinical term, status words…" }),
  agent: column.optional().meta({ description: "Drug(s) of a therapy; `a + b` is a combination." }),
  drugClass: column.optional(),
  dose: column
    .optional()
    .meta({ description: "Dose per administration (therapy) or total Gy (radiotherapy)." }),
  unit: column.optional().meta({ description: "Dose unit (therapy) or result unit (lab)." }),
  route: column.optional(),
  fractions: column.optional(),
  site: column.optional().meta({ description: "Body site (radiotherapy, procedure, diagnosis)." }),
  analyte: column.optional().meta({ description: "Lab test name." }),
  value: column.optional().meta({ description: "Numeric lab result." }),
  modality: column.optional().meta({ description: "Imaging modality (CT, MRI, PET-CT…)." }),
  response: column.optional().meta({ description: "Imaging response: CR, PR, SD, PD or NE." }),
  status: column.optional().meta({ description: "Outcome: death or last follow-up." }),
});
export type CsvColumns = z.infer<typeof CsvColumns>;

/** A mapping file for `importCsv`: columns, date format and the words of the kind column. */
export const CsvMapping = z
  .strictObject({
    $schema: z.string().optional(),
    delimiter: z
      .enum([",", ";", "\t"])
      .optional()
      .meta({ description: "Field separator; default ',' (a .tsv file: tab)." }),
    dateFormat: z
      .enum(["ISO", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYY/MM/DD"])
      .optional()
      .meta({
        description:
          "How dates are written; default ISO (EDTF: 2019, 2019-04, 2019-04-03, optionally ~ or ?). Partial ISO dates keep their precision in every format.",
      }),
    columns: CsvColumns,
    kinds: z.record(z.string(), z.enum(CSV_KINDS)).optional().meta({
      description:
        'Values of the kind column → Oncoline kinds, e.g. {"chemo": "therapy"}. The kind names themselves always work.',
    }),
    source: z
      .string()
      .optional()
      .meta({ description: "Citation of the data set, printed with the figures." }),
  })
  .meta({ id: "OncolineCsvMapping", title: "Oncoline CSV mapping" });
export type CsvMapping = z.infer<typeof CsvMapping>;

/** The JSON Schema (draft 2020-12) of a mapping file, generated from the validator. */
export function csvMappingJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://oncoline.dev/schema/1.0/csv-mapping.schema.json",
    ...z.toJSONSchema(CsvMapping, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
  };
}

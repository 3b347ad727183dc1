import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Id } from "../common.js";

/**
 * A score as the report states it: "CPS 10", "TPS 1–49%", "≥ 50%", "12 mut/Mb", "H-score 200".
 * One value, or a range (low and/or high); a comparator for "≥ 50%" or "< 1%".
 */
export const Score = z
  .strictObject({
    system: z.string().min(1).optional().meta({
      description: "The scoring system, printed before the value: 'CPS', 'TPS', 'IC', 'H-score'.",
    }),
    value: z.number().finite().optional(),
    comparator: z
      .enum(["<", "<=", ">", ">="])
      .optional()
      .meta({ description: "For a value stated as a threshold ('≥ 50%': '>=' with 50)." }),
    low: z.number().finite().optional().meta({ description: "A range's lower end (TPS 1–49%)." }),
    high: z.number().finite().optional().meta({ description: "A range's upper end." }),
    unit: z.string().min(1).optional().meta({ description: "'%', 'mut/Mb'…" }),
  })
  .refine((s) => s.value !== undefined || s.low !== undefined || s.high !== undefined, {
    message: "a score needs a value, or a range (low and/or high)",
  })
  .refine((s) => s.value === undefined || (s.low === undefined && s.high === undefined), {
    message: "a score is a value or a range (low/high), not both",
  })
  .refine((s) => s.low === undefined || s.high === undefined || s.low <= s.high, {
    message: "a score's low end is above its high end",
  })
  .refine((s) => s.comparator === undefined || s.value !== undefined, {
    message: "a comparator goes with a value ('>=' with 50 for '≥ 50%')",
  });
export type Score = z.infer<typeof Score>;

/** One genomic or protein finding, or a tumour-wide biomarker (MSI, MMR, TMB, HRD). */
export const Finding = z.strictObject({
  id: Id.optional().meta({ description: "Needed when a resistance event refers to it." }),
  gene: z.string().min(1).meta({
    description:
      "The gene or protein (ALK, PD-L1), or for a signature what is measured: 'MSI', 'MMR', 'TMB', 'HRD'.",
  }),
  type: z
    .enum([
      "fusion",
      "mutation",
      "amplification",
      "gain",
      "deletion",
      "loss",
      "translocation",
      "expression",
      "signature",
      "other",
    ])
    .meta({
      description:
        "'signature' is a tumour-wide biomarker: MSI-high, MMR-deficient, TMB-high, HRD; its variant is the level as stated ('MSI-H', 'deficient', 'high').",
    }),
  partner: z.string().optional().meta({ description: "Fusion partner (5′), e.g. 'EML4'." }),
  partnerExons: z.string().optional(),
  geneExons: z.string().optional(),
  variant: z
    .string()
    .optional()
    .meta({ description: "Protein or exon change, e.g. 'p.E1724*', 'exon 19 deletion'." }),
  copyNumber: z.number().nonnegative().optional(),
  origin: z.enum(["germline", "somatic"]).optional().meta({
    description:
      "Inherited (germline: BRCA1 found on blood or saliva) or acquired by the tumour (somatic), when the source says.",
  }),
  status: z
    .enum(["detected", "not-detected", "low", "lost", "newly-detected", "equivocal", "not-tested"])
    .meta({
      description:
        "For expression, 'detected' prints as positive, 'not-detected' as negative and 'low' as low (HER2-low).",
    }),
  ihc: z
    .enum(["0", "1+", "2+", "3+"])
    .optional()
    .meta({ description: "IHC score of an expression finding (HER2 2+)." }),
  fish: z.enum(["amplified", "not-amplified", "equivocal"]).optional(),
  percent: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .meta({ description: "Percent of stained cells (ER 90%), or the variant allele frequency." }),
  score: Score.optional().meta({
    description:
      "A score as stated, with its system: PD-L1 'CPS 10' or 'TPS 1–49%', TMB '12 mut/Mb'.",
  }),
  note: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** A molecular test: sample, method and findings. */
export const MolecularTestEvent = z.strictObject({
  kind: z.literal("molecular"),
  ...eventBase,
  sampleDate: DateInput.optional(),
  resultDate: DateInput.optional(),
  sample: z.strictObject({
    type: z.enum([
      "tissue",
      "plasma-ctDNA",
      "whole-blood-ctDNA",
      "csf",
      "pleural-effusion",
      "blood",
      "saliva",
      "other",
      "unknown",
    ]),
    site: z.string().optional(),
    from: z
      .string()
      .optional()
      .meta({ description: "Id of the procedure that yielded the sample." }),
  }),
  method: z.strictObject({
    type: z.enum(["NGS", "IHC", "FISH", "PCR", "RNA-seq", "other"]),
    name: z.string().optional().meta({ description: "Panel, assay or antibody clone." }),
  }),
  findings: z.array(Finding),
});
export type MolecularTestEvent = z.infer<typeof MolecularTestEvent>;

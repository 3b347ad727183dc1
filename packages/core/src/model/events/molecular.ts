import * as z from "../zod.js";
import { DateInput } from "../dateInput.js";
import { eventBase, Id } from "../common.js";

/** One genomic or protein finding. */
export const Finding = z.strictObject({
  id: Id.optional().meta({ description: "Needed when a resistance event refers to it." }),
  gene: z.string().min(1),
  type: z.enum([
    "fusion",
    "mutation",
    "amplification",
    "gain",
    "deletion",
    "loss",
    "translocation",
    "expression",
    "other",
  ]),
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

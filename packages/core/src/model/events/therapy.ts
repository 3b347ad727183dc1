import * as z from "../zod.js";
import { DateInput, Duration } from "../dateInput.js";
import { eventBase, Ref } from "../common.js";

/** One agent of a regimen. */
export const Agent = z.strictObject({
  name: z.string().min(1).meta({ description: "Generic drug name, e.g. 'alectinib'." }),
  drugClass: z.string().optional().meta({
    description: "Drug class, e.g. 'ALK TKI', 'platinum chemotherapy'; drives stable colours.",
  }),
  dose: z.number().positive().optional().meta({ description: "Dose per administration." }),
  unit: z.string().optional().meta({ description: "Dose unit, e.g. 'mg', 'mg/m2', 'AUC'." }),
  route: z.string().optional().meta({ description: "Route, e.g. 'oral', 'IV'." }),
  schedule: z.string().optional().meta({ description: "Schedule as stated, e.g. 'twice daily'." }),
  note: z.string().optional(),
});
export type Agent = z.infer<typeof Agent>;

/** A change inside a therapy: hold, resume, dose change. */
export const Modification = z.strictObject({
  type: z.enum([
    "hold",
    "resume",
    "dose-reduction",
    "dose-escalation",
    "schedule-change",
    "agent-stopped",
  ]),
  date: DateInput.optional(),
  agent: z
    .string()
    .optional()
    .meta({ description: "Name of the agent concerned; all agents when absent." }),
  dose: z.number().positive().optional().meta({ description: "New dose after the change." }),
  unit: z.string().optional(),
  schedule: z.string().optional().meta({ description: "New schedule after the change." }),
  reason: z.string().optional(),
  adverseEvents: z.array(Ref).optional().meta({ description: "Adverse events that caused it." }),
  note: z.string().optional(),
});
export type Modification = z.infer<typeof Modification>;

export const StopReason = z.enum([
  "progression",
  "toxicity",
  "completed",
  "patient-choice",
  "death",
  "intercurrent-illness",
  "refractory",
  "primary-resistance",
  "loss-of-response",
  "other",
  "unknown",
]);
export type StopReason = z.infer<typeof StopReason>;

/**
 * One systemic therapy: a regimen of one or more agents given together, or — when the source does
 * not name them ("three earlier lines of chemotherapy") — a `regimen` text and a `lineCount`.
 */
export const TherapyEvent = z
  .strictObject({
    kind: z.literal("therapy"),
    ...eventBase,
    agents: z.array(Agent),
    regimen: z.string().min(1).optional().meta({
      description:
        "The regimen as stated: its name with named agents ('R-CHOP', drawn as 'R-CHOP (rituximab + …)'), or the words when the agents are not named, e.g. 'chemotherapy'.",
    }),
    lineCount: z.number().int().positive().optional().meta({
      description: "Number of lines this entry stands for ('three earlier lines'); default 1.",
    }),
    drugClass: z.string().min(1).optional().meta({
      description:
        "Drug class of a regimen whose agents are not named ('platinum chemotherapy'); named agents carry their own.",
    }),
    doses: z.number().int().positive().max(1000).optional().meta({
      description:
        "How many administrations in all, when the source counts doses rather than cycles: 1 for 'a single infusion' (then it ended the day it began), 2 for 'two doses'.",
    }),
    intermittent: z
      .boolean()
      .optional()
      .meta({ description: "Given intermittently with on/off periods the source does not date." }),
    line: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: "Line of therapy when the source states it." }),
    start: DateInput.optional(),
    end: DateInput.optional(),
    ongoing: z.boolean().optional().meta({ description: "Still given at the data cut-off." }),
    duration: Duration.optional().meta({
      description:
        "How long it was given, as stated ('for six months'), even when start and end are not.",
    }),
    cycles: z.number().int().positive().optional(),
    cycleDays: z
      .number()
      .int()
      .positive()
      .max(365)
      .optional()
      .meta({ description: "Length of one cycle in days (21 for a 3-weekly regimen)." }),
    intent: z
      .enum([
        "curative",
        "palliative",
        "adjuvant",
        "neoadjuvant",
        "induction",
        "consolidation",
        "maintenance",
        "supportive",
        "unknown",
      ])
      .optional(),
    setting: z
      .string()
      .optional()
      .meta({ description: "Trial or access programme, e.g. 'KOSMOS-II'." }),
    stopReason: StopReason.optional(),
    basedOn: z.array(Ref).optional().meta({
      description:
        "Events that motivated this therapy (a resistance finding, a test, a board decision).",
    }),
    modifications: z.array(Modification).optional(),
    diagnosis: Ref.optional().meta({
      description:
        "Id of the diagnosis this course treats, when the document has more than one: a course for another cancer than the first diagnosis counts in no line of it.",
    }),
  })
  .refine((t) => t.agents.length > 0 || t.regimen !== undefined, {
    message: "a therapy needs at least one agent, or a regimen text when the agents are not named",
    path: ["agents"],
  })
  .refine((t) => t.drugClass === undefined || t.agents.length === 0, {
    message:
      "a regimen's drugClass is for agents that are not named; give each named agent its own drugClass",
    path: ["drugClass"],
  })
  .refine((t) => t.doses !== 1 || t.ongoing !== true, {
    message: "a single dose (doses: 1) is not ongoing; remove 'ongoing' or 'doses'",
    path: ["doses"],
  });
export type TherapyEvent = z.infer<typeof TherapyEvent>;

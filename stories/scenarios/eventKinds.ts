// One small, valid document per event kind, each drawing that kind on its own.
import type { EventKind } from "@oncoline/core";
import { caseDocument, type EventInput } from "./document.js";
import { figureScenario, type HoverCheck, type Scenario } from "./scenario.js";
import { ceaSeries } from "./labSeries.js";

const alectinib: EventInput = {
  kind: "therapy",
  id: "alectinib",
  agents: [
    {
      name: "alectinib",
      drugClass: "ALK TKI",
      dose: 600,
      unit: "mg",
      route: "oral",
      schedule: "twice daily",
    },
  ],
  line: 1,
  intent: "palliative",
  start: "2022-03-07",
  end: "2023-09-18",
  stopReason: "progression",
  modifications: [
    { type: "hold", date: "2022-05-02", agent: "alectinib", reason: "grade 3 rash" },
    {
      type: "resume",
      date: "2022-05-23",
      agent: "alectinib",
      dose: 450,
      unit: "mg",
      schedule: "twice daily",
    },
    {
      type: "dose-reduction",
      date: "2022-05-23",
      agent: "alectinib",
      dose: 450,
      unit: "mg",
      reason: "grade 3 rash",
    },
  ],
};

const hemostaticRt: EventInput = {
  kind: "radiotherapy",
  id: "rt-axilla",
  site: "left axilla",
  technique: "EBRT",
  intent: "hemostatic",
  totalDoseGy: 15,
  fractions: 5,
  doseChanges: [
    {
      date: "2023-02-13",
      totalDoseGy: 39,
      fractions: 13,
      reason: "bleeding controlled; escalated to a definitive dose",
    },
  ],
  start: "2023-02-06",
  end: "2023-02-22",
};

const craniotomy: EventInput = {
  kind: "procedure",
  id: "craniotomy",
  type: "surgery",
  name: "craniotomy with excision",
  site: "right frontal lobe",
  purpose: "therapeutic",
  date: "2021-11-04",
};

const scopedImaging: EventInput = {
  kind: "imaging",
  id: "pet-ct",
  modality: "PET-CT",
  date: "2022-08-15",
  sites: ["brain", "chest"],
  responses: [
    { value: "PD", scope: "intracranial", criteria: "RANO-BM" },
    { value: "CR", scope: "extracranial", criteria: "RECIST 1.1" },
  ],
  lesions: [{ site: "right frontal lobe", sizeMm: [14], baselineMm: [6], target: true }],
};

const marrowResponse: EventInput = {
  kind: "response",
  id: "marrow-mrd",
  date: "2022-09-20",
  basis: "mrd",
  method: "NGS MRD (10⁻⁶)",
  responses: [{ value: "CR", criteria: "IMWG", text: "stringent CR" }, { text: "MRD-negative" }],
};

const fusionTest: EventInput = {
  kind: "molecular",
  id: "ngs-tissue",
  sampleDate: "2021-11-04",
  resultDate: "2021-11-25",
  sample: { type: "tissue", site: "brain metastasis" },
  method: { type: "NGS", name: "comprehensive DNA/RNA panel" },
  findings: [
    {
      id: "eml4-alk",
      gene: "ALK",
      type: "fusion",
      partner: "EML4",
      partnerExons: "13",
      geneExons: "20",
      status: "newly-detected",
    },
    { gene: "EGFR", type: "mutation", variant: "exon 19 deletion", status: "detected" },
  ],
};

/** Resistance needs its context: the therapy it ended, the test that showed it, the next therapy. */
const resistanceEvents: EventInput[] = [
  {
    kind: "therapy",
    id: "osimertinib",
    agents: [{ name: "osimertinib", drugClass: "EGFR TKI", dose: 80, unit: "mg" }],
    start: "2020-06-01",
    end: "2021-07-15",
    stopReason: "progression",
  },
  {
    kind: "molecular",
    id: "ngs-plasma",
    resultDate: "2021-07-09",
    sample: { type: "plasma-ctDNA" },
    method: { type: "NGS" },
    findings: [
      { id: "eml4-alk", gene: "ALK", type: "fusion", partner: "EML4", status: "newly-detected" },
    ],
  },
  {
    kind: "resistance",
    id: "alk-resistance",
    date: "2021-07-09",
    therapy: "osimertinib",
    mechanism: "acquired EML4::ALK fusion",
    findings: [{ test: "ngs-plasma", finding: "eml4-alk" }],
  },
  {
    kind: "therapy",
    id: "lorlatinib",
    agents: [{ name: "lorlatinib", drugClass: "ALK TKI", dose: 100, unit: "mg" }],
    start: "2021-07-20",
    ongoing: true,
    basedOn: ["alk-resistance"],
  },
];

const progression: EventInput = {
  kind: "progression",
  id: "progression",
  date: "2022-04-11",
  basis: "radiographic",
  scope: "CNS",
  sites: ["brain"],
};

const pneumonitis: EventInput = {
  kind: "adverse-event",
  id: "ae-pneumonitis",
  term: "pneumonitis",
  grade: 3,
  start: "2022-06-14",
  end: "2022-07-20",
  action: "held",
};

const bleed: EventInput = {
  kind: "clinical",
  id: "bleed",
  category: "bleeding",
  term: "bleeding from a ruptured axillary node metastasis",
  severity: "life-threatening",
  start: "2023-02-03",
};

const death: EventInput = {
  kind: "outcome",
  id: "death",
  status: "death",
  date: "2023-06-28",
  cause: "respiratory failure",
};

const kindScenario = (
  kind: EventKind,
  title: string,
  events: EventInput[],
  hover: HoverCheck,
  extra: { dataCutoff?: string } = {},
): Scenario =>
  figureScenario(`kind-${kind}`, title, caseDocument(`kind-${kind}`, title, events, extra), hover);

/** Every event kind on its own, with the mark a play function hovers and what its tooltip shows. */
export const eventKindScenarios = {
  therapy: kindScenario("therapy", "Therapy with a hold and a dose reduction", [alectinib], {
    eventId: "alectinib",
    shows:
      "alectinib held (grade 3 rash); alectinib resumed at 450 mg twice daily; alectinib reduced to 450 mg",
  }),
  radiotherapy: kindScenario(
    "radiotherapy",
    "Radiotherapy escalated from 15 Gy in 5 fractions to 39 Gy in 13",
    [hemostaticRt],
    { eventId: "rt-axilla", shows: "15 Gy in 5 fractions then 39 Gy in 13 fractions" },
  ),
  procedure: kindScenario("procedure", "Procedure: a craniotomy", [craniotomy], {
    eventId: "craniotomy",
    shows: "craniotomy with excision (right frontal lobe)",
  }),
  imaging: kindScenario(
    "imaging",
    "Imaging with scoped responses: intracranial PD, extracranial CR",
    [scopedImaging],
    { eventId: "pet-ct", shows: "PD intracranial (RANO-BM), CR extracranial (RECIST 1.1)" },
  ),
  response: kindScenario(
    "response",
    "Response without imaging: stringent CR, MRD-negative by NGS",
    [marrowResponse],
    { eventId: "marrow-mrd", shows: "CR (IMWG): stringent CR, MRD-negative" },
  ),
  molecular: kindScenario("molecular", "Molecular test finding an EML4::ALK fusion", [fusionTest], {
    eventId: "ngs-tissue",
    shows: "new EML4::ALK fusion, EGFR exon 19 deletion",
  }),
  resistance: kindScenario(
    "resistance",
    "Resistance that ended osimertinib and led to lorlatinib",
    resistanceEvents,
    { eventId: "alk-resistance", shows: "Resistance on osimertinib: acquired EML4::ALK fusion" },
    { dataCutoff: "2022-12-31" },
  ),
  progression: kindScenario("progression", "Progression in the brain", [progression], {
    eventId: "progression",
    shows: "Progression (radiographic, CNS: brain)",
  }),
  lab: kindScenario("lab", "CEA: 24 monthly values with a reference range", [ceaSeries()], {
    eventId: "cea",
    shows: "48.2 ng/mL on 2020-01-15",
  }),
  "adverse-event": kindScenario("adverse-event", "Adverse event of grade 3", [pneumonitis], {
    eventId: "ae-pneumonitis",
    shows: "pneumonitis, grade 3, action: held",
  }),
  clinical: kindScenario("clinical", "Clinical event: a life-threatening bleed", [bleed], {
    eventId: "bleed",
    shows: "(life-threatening), 2023-02-03",
  }),
  outcome: kindScenario("outcome", "Outcome: death", [death], {
    eventId: "death",
    shows: "Death from respiratory failure, 2023-06-28",
  }),
} satisfies Record<EventKind, Scenario>;

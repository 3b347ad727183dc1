// Crowded cases: overlapping courses, a busy day, a long marker series, and a large synthetic patient.
import { synthetic } from "../../scripts/synthetic.mjs";
import { caseDocument, type EventInput } from "./document.js";
import { ceaSeries } from "./labSeries.js";
import { figureScenario } from "./scenario.js";

/** [id, agent, drug class, start, end]: eight courses that overlap each other. */
const COURSES: Array<[string, string, string, string, string]> = [
  ["carboplatin", "carboplatin", "platinum chemotherapy", "2020-01-06", "2020-05-18"],
  ["pemetrexed", "pemetrexed", "antifolate chemotherapy", "2020-01-06", "2020-11-30"],
  ["pembrolizumab", "pembrolizumab", "PD-1 inhibitor", "2020-02-03", "2021-02-15"],
  ["denosumab", "denosumab", "bone-modifying agent", "2020-03-02", "2021-12-20"],
  ["alectinib", "alectinib", "ALK TKI", "2020-12-01", "2021-06-14"],
  ["bevacizumab", "bevacizumab", "VEGF inhibitor", "2021-01-11", "2021-08-09"],
  ["lorlatinib", "lorlatinib", "ALK TKI", "2021-06-15", "2021-12-31"],
  ["docetaxel", "docetaxel", "taxane chemotherapy", "2021-09-06", "2021-12-31"],
];

const courses: EventInput[] = COURSES.map(([id, name, drugClass, start, end]) => ({
  kind: "therapy",
  id,
  agents: [{ name, drugClass }],
  ...(drugClass === "bone-modifying agent" ? { intent: "supportive" } : {}),
  start,
  end,
}));

/** Six events on one day (2021-03-01). */
const busyDay: EventInput[] = [
  {
    kind: "imaging",
    id: "ct-busy",
    modality: "CT",
    date: "2021-03-01",
    responses: [{ value: "PD" }],
  },
  {
    kind: "imaging",
    id: "mri-busy",
    modality: "MRI",
    date: "2021-03-01",
    responses: [{ value: "SD", scope: "intracranial" }],
  },
  { kind: "procedure", id: "biopsy-busy", type: "biopsy", site: "liver", date: "2021-03-01" },
  {
    kind: "clinical",
    id: "admission-busy",
    category: "hospitalization",
    term: "admission for staging",
    start: "2021-03-01",
  },
  { kind: "adverse-event", id: "ae-busy", term: "fatigue", grade: 2, start: "2021-03-01" },
  { kind: "progression", id: "progression-busy", date: "2021-03-01", basis: "radiographic" },
];

const denseDoc = caseDocument(
  "dense",
  "Dense: eight overlapping courses, six events on one day, 24 CEA values",
  [...courses, ...busyDay, ceaSeries()],
  { diagnoses: [{ id: "dx", date: "2019-12-16", primarySite: "lung" }], dataCutoff: "2021-12-31" },
);

/** Overlapping therapies stacked in rows, a busy day, and the long CEA series. */
export const denseScenario = figureScenario(
  "dense",
  "Eight overlapping courses stacked in rows, six events on 2021-03-01 and a CEA series of 24 monthly values.",
  denseDoc,
  { eventId: "lorlatinib", shows: "Therapy: lorlatinib, 2021-06-15 to 2021-12-31" },
);

const large = synthetic(2000, 7) as {
  title: string;
  patient: { label: string };
  events: unknown[];
} & Record<string, unknown>;

/** A seeded synthetic patient with 2,000 events over 20 years (clusters, culling). */
export const largeScenario = figureScenario(
  "large-synthetic",
  "A seeded synthetic patient with 2,000 events over 20 years: dense stretches merge into clusters that expand as you zoom.",
  large,
);

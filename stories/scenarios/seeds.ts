// The reference cases in seeds/, as scenarios.
import seed000 from "../../seeds/000-alk-nsclc-axillary-bleed.json";
import seed001 from "../../seeds/001-eml4-alk-teaching-scenario.json";
import seed002 from "../../seeds/002-egfr-acquired-eml4-alk.json";
import seed003 from "../../seeds/003-gastric-dctn1-alk.json";
import seed004 from "../../seeds/004-imt-cars1-alk.json";
import { figureScenario } from "./scenario.js";

/** Every patient seed (the cohort table in seeds/ is not a patient timeline). */
export const seedScenarios = {
  "000": figureScenario(
    "seed-000",
    "ALK+ lung adenocarcinoma; hemostatic radiotherapy 15 Gy / 5 fx escalated to 39 Gy / 13 fx.",
    seed000,
    { eventId: "rt-axilla", shows: "15 Gy in 5 fractions then 39 Gy in 13 fractions" },
  ),
  "001": figureScenario(
    "seed-001",
    "Teaching scenario without a single date: drawn in the told order, no time axis.",
    seed001,
  ),
  "002": figureScenario(
    "seed-002",
    "Dated only relative to the start of osimertinib: the axis counts months from it.",
    seed002,
    { eventId: "resistance-eml4-alk", shows: "EML4::ALK" },
  ),
  "003": figureScenario(
    "seed-003",
    "Gastric adenocarcinoma with DCTN1–ALK: two chemotherapy lines, alectinib, KRAS amplification.",
    seed003,
    { eventId: "alectinib", shows: "alectinib" },
  ),
  "004": figureScenario(
    "seed-004",
    "IMT with CARS1-ALK: alectinib via KOSMOS-II with a hold and a dose reduction, PR −77.4%.",
    seed004,
    { eventId: "alectinib", shows: "resumed at 450 mg once daily" },
  ),
};

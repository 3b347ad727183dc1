// Histories told by order more than by dates, each written fresh (synthetic, not from a seed):
// every one is a way a figure used to contradict its source.
import { caseDocument } from "./document.js";
import { figureScenario } from "./scenario.js";

const line = (id: string, agents: string[], drugClass: string, extra: Record<string, unknown>) => ({
  kind: "therapy",
  id,
  agents: agents.map((name) => ({ name, drugClass })),
  ...extra,
});

/**
 * Metastatic colon cancer told only in order: a diagnosis year, three lines "then … then …",
 * alive when the report appeared years later. Nothing but the order is known.
 */
export const orderOnlyScenario = figureScenario(
  "order-only-history",
  "A history told only in order (a diagnosis year, three lines one after another, alive at the report): the lines spread through the years in their order, never stacked on the diagnosis.",
  caseDocument(
    "order-only-history",
    "Order only: colon cancer, three lines after a 2014 diagnosis",
    [
      line("folfox", ["oxaliplatin", "fluorouracil", "leucovorin"], "platinum chemotherapy", {
        start: { after: { event: "dx" }, text: "first-line" },
        end: { after: { event: "folfox" }, text: "until progression" },
        stopReason: "progression",
      }),
      line(
        "folfiri-bev",
        ["irinotecan", "fluorouracil", "bevacizumab"],
        "chemotherapy + anti-VEGF",
        {
          start: { after: { event: "folfox", edge: "end" }, text: "then" },
          end: { after: { event: "folfiri-bev" }, text: "until progression" },
          stopReason: "progression",
        },
      ),
      line("regorafenib", ["regorafenib"], "multikinase inhibitor", {
        start: { after: { event: "folfiri-bev", edge: "end" }, text: "then" },
        ongoing: true,
      }),
      {
        kind: "outcome",
        id: "alive",
        status: "last-follow-up",
        date: { after: { event: "regorafenib" }, text: "alive at the time of the report" },
      },
    ],
    {
      diagnoses: [
        { id: "dx", date: { date: "2014", text: "in 2014" }, primarySite: "sigmoid colon" },
      ],
      published: "2019-11-20",
      priorTherapy: "none",
    },
  ),
);

/** Melanoma: a biopsy stated to follow the relapse and to precede the second line. */
export const betweenScenario = figureScenario(
  "between-statements",
  "A biopsy stated after the relapse and before the second line: drawn between them, never before the relapse.",
  caseDocument(
    "between-statements",
    "Between two events: melanoma relapse, biopsy, second line",
    [
      line("nivolumab", ["nivolumab"], "anti-PD-1", {
        start: "2017-09-04",
        end: { date: "2018-09", text: "September 2018" },
        intent: "adjuvant",
        stopReason: "completed",
      }),
      {
        kind: "progression",
        id: "relapse",
        basis: "radiographic",
        sites: ["liver", "lung"],
        date: { date: "2019-03", text: "March 2019" },
      },
      {
        kind: "procedure",
        id: "liver-biopsy",
        type: "biopsy",
        site: "liver",
        date: {
          after: { event: "relapse" },
          before: { event: "dabrafenib" },
          text: "after the relapse, before second-line therapy",
        },
      },
      line("dabrafenib", ["dabrafenib", "trametinib"], "BRAF + MEK inhibitor", {
        start: { date: "2019-05-13", text: "May 13, 2019" },
        ongoing: true,
      }),
    ],
    {
      diagnoses: [{ id: "dx", date: "2017-07", primarySite: "skin (back)" }],
      dataCutoff: "2020-02-01",
    },
  ),
);

/** Breast cancer: "palbociclib and letrozole for 14 months, until progression in March 2020". */
export const durationScenario = figureScenario(
  "duration-until-progression",
  "A therapy stated to last 14 months and to stop at a progression dated March 2020: drawn 14 months long, ending at the progression.",
  caseDocument(
    "duration-until-progression",
    "Stated duration and stated progression: palbociclib + letrozole",
    [
      line(
        "palbo-letrozole",
        ["palbociclib", "letrozole"],
        "CDK4/6 inhibitor + aromatase inhibitor",
        {
          duration: { amount: 14, unit: "month", text: "for 14 months" },
          stopReason: "progression",
        },
      ),
      {
        kind: "progression",
        id: "pd-bone",
        basis: "radiographic",
        sites: ["bone", "liver"],
        therapy: "palbo-letrozole",
        date: { date: "2020-03", text: "March 2020" },
      },
      line("fulvestrant", ["fulvestrant", "alpelisib"], "SERD + PI3K inhibitor", {
        start: { after: { event: "pd-bone" }, text: "after progression" },
        ongoing: true,
      }),
    ],
    {
      diagnoses: [{ id: "dx", date: "2018", primarySite: "breast" }],
      published: "2021-04-02",
    },
  ),
);

/** Prostate cancer: enzalutamide still given; the last follow-up is not dated. */
export const ongoingScenario = figureScenario(
  "ongoing-undated-follow-up",
  "An ongoing therapy whose last follow-up is undated: the bar runs to the latest date the source allows (its publication), with its arrow.",
  caseDocument(
    "ongoing-undated-follow-up",
    "Ongoing, follow-up undated: enzalutamide for castration-resistant prostate cancer",
    [
      line("adt", ["leuprolide"], "androgen deprivation", {
        start: "2016-05-02",
        ongoing: true,
      }),
      line("enzalutamide", ["enzalutamide"], "androgen receptor inhibitor", {
        start: { date: "2021-02", text: "February 2021" },
        ongoing: true,
      }),
      {
        kind: "imaging",
        id: "psma-pet",
        modality: "PET-CT",
        date: "2021-09-14",
        responses: [{ value: "PR" }],
        evaluates: "enzalutamide",
      },
      {
        kind: "outcome",
        id: "last-seen",
        status: "last-follow-up",
        diseaseStatus: "PSA still falling",
      },
    ],
    {
      diagnoses: [{ id: "dx", date: "2016-04", primarySite: "prostate" }],
      published: "2022-10-30",
    },
  ),
);

/** GIST: exact dates throughout, and one test known only to lie somewhere in two years. */
export const wideWindowScenario = figureScenario(
  "wide-window",
  "One test known only to lie within a two-year window among exactly dated events: drawn as a window with a hollow glyph, labelled with its bounds, never as a point.",
  caseDocument(
    "wide-window",
    "A wide window among exact dates: imatinib for GIST",
    [
      line("imatinib", ["imatinib"], "KIT/PDGFRA inhibitor", {
        start: "2017-03-01",
        end: "2019-06-10",
        stopReason: "progression",
      }),
      {
        kind: "molecular",
        id: "kit-test",
        resultDate: {
          after: { event: "imatinib" },
          before: { event: "imatinib", edge: "end" },
          text: "at some point during imatinib",
        },
        sample: { type: "tissue" },
        method: { type: "PCR" },
        findings: [
          { gene: "KIT", type: "mutation", variant: "exon 11 deletion", status: "detected" },
        ],
      },
      {
        kind: "progression",
        id: "pd-liver",
        basis: "radiographic",
        sites: ["liver"],
        therapy: "imatinib",
        date: "2019-06-01",
      },
      line("sunitinib", ["sunitinib"], "multikinase inhibitor", {
        start: "2019-06-20",
        end: "2020-01-15",
        stopReason: "toxicity",
      }),
    ],
    { diagnoses: [{ id: "dx", date: "2017-02-06", primarySite: "stomach" }] },
  ),
);

/** Every ordered-dates scenario, in the order of the issue that asked for them. */
export const orderedDateScenarios = [
  orderOnlyScenario,
  betweenScenario,
  durationScenario,
  ongoingScenario,
  wideWindowScenario,
] as const;

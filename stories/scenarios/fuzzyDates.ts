// Dates as sources state them: month and year precision, "~" and "?", relative offsets, bounds.
import { caseDocument } from "./document.js";
import { figureScenario } from "./scenario.js";

const doc = caseDocument(
  "fuzzy-dates",
  "Fuzzy and relative dates: months, years, about, after and before",
  [
    {
      kind: "clinical",
      id: "cough",
      category: "symptom",
      term: "persistent cough",
      start: { before: { event: "dx" }, text: "for some months before diagnosis" },
    },
    {
      kind: "therapy",
      id: "chemo",
      agents: [{ name: "carboplatin", drugClass: "platinum chemotherapy" }],
      start: { date: "2019-10~", text: "around October 2019" },
      end: {
        relativeTo: { event: "chemo" },
        offset: { amount: 4, unit: "month" },
        text: "four months later",
      },
      cycles: 4,
      stopReason: "completed",
    },
    {
      kind: "imaging",
      id: "ct-response",
      modality: "CT",
      date: {
        relativeTo: { event: "chemo", edge: "end" },
        offset: { amount: 6, unit: "week" },
        text: "six weeks after chemotherapy",
      },
      responses: [{ value: "PR" }],
      evaluates: "chemo",
    },
    {
      kind: "clinical",
      id: "seizure",
      category: "seizure",
      term: "focal seizure",
      start: {
        relativeTo: { event: "ct-response" },
        offset: { amount: 3, unit: "month" },
        approximate: true,
        text: "about three months later",
      },
    },
    {
      kind: "procedure",
      id: "biopsy",
      type: "biopsy",
      site: "brain",
      date: {
        relativeTo: { event: "wbrt" },
        offset: { amount: -2, unit: "week" },
        text: "two weeks before WBRT",
      },
    },
    {
      kind: "radiotherapy",
      id: "wbrt",
      site: "whole brain",
      technique: "WBRT",
      totalDoseGy: 30,
      fractions: 10,
      start: { date: "2020-09", text: "September 2020" },
      end: { date: "2020-09", text: "September 2020" },
    },
    {
      kind: "therapy",
      id: "alectinib",
      agents: [{ name: "alectinib", drugClass: "ALK TKI", dose: 600, unit: "mg" }],
      start: {
        relativeTo: { event: "wbrt", edge: "end" },
        offset: { amount: 4, unit: "month" },
        text: "four months after WBRT",
      },
      end: { date: "2022", text: "in 2022" },
      stopReason: "progression",
    },
    {
      kind: "molecular",
      id: "ctdna",
      resultDate: {
        after: { event: "alectinib" },
        before: { event: "death" },
        text: "subsequently",
      },
      sample: { type: "plasma-ctDNA" },
      method: { type: "NGS" },
      findings: [{ gene: "ALK", type: "mutation", variant: "G1202R", status: "newly-detected" }],
    },
    {
      kind: "outcome",
      id: "death",
      status: "death",
      date: { date: "2023-03?", text: "probably March 2023" },
    },
  ],
  { diagnoses: [{ id: "dx", date: { date: "2019", text: "in 2019" }, primarySite: "lung" }] },
);

/** Every way a source states a date, on one patient. */
export const fuzzyDatesScenario = figureScenario(
  "fuzzy-dates",
  "Month and year precision, approximate and uncertain dates, relative offsets (also negative and from an end), and bounds (after, before, between).",
  doc,
  {
    eventId: "seizure",
    // about 3 months = 3 ± ¾ month (a quarter of the amount) after the scan's own window.
    shows: '~between 2020-04-30 and 2020-08-24 ("about three months later")',
  },
);

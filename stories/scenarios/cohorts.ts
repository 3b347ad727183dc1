// Cohorts for the swimmer stories: seed 002's Table 1, the five seed patients, a seeded synthetic
// cohort of 200, edge cases and a real cBioPortal study through the importer. Deterministic: fixed dates and a seeded generator.
import table1 from "../../seeds/002-table1-alk-resistance-cohort.json";
import seed000 from "../../seeds/000-alk-nsclc-axillary-bleed.json";
import seed001 from "../../seeds/001-eml4-alk-teaching-scenario.json";
import seed002 from "../../seeds/002-egfr-acquired-eml4-alk.json";
import seed003 from "../../seeds/003-gastric-dctn1-alk.json";
import seed004 from "../../seeds/004-imt-cars1-alk.json";
import lgg from "./lgg-ucsf-2014.cohort.json";
import type { SwimmerOptions } from "@oncoline/core";

/** A cohort for a story, and how many rows the figure and the table must show. */
export interface CohortScenario {
  key: string;
  about: string;
  cohort: unknown;
  rows: number;
}

const source = { citation: "Synthetic cohort (seeded, for stories and tests)", kind: "synthetic" };

function cohortOf(id: string, patients: unknown[], title: string) {
  return { schemaVersion: "1.0", kind: "cohort", id, title, source, patients };
}

/** mulberry32: a small seeded generator, so the synthetic cohort is the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (base: string, offset: number) => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.round(offset));
  return d.toISOString().slice(0, 10);
};

interface PatientSpec {
  id: string;
  arm?: string;
  dx: string;
  egfrDays?: number;
  alkDays: number | null;
  alkOngoing?: boolean;
  response?: { at: number; value: "CR" | "PR" | "SD" | "PD"; change?: number };
  end: { kind: "death" | "follow-up"; at: number };
  uncertainStart?: boolean;
}

/** A small patient timeline: diagnosis, optional EGFR TKI, ALK TKI, a response scan, an outcome. */
function patientDoc(p: PatientSpec) {
  const alkStart = day(p.dx, 20 + (p.egfrDays ?? 0));
  const events: unknown[] = [];
  if (p.egfrDays)
    events.push({
      kind: "therapy",
      id: "egfr",
      agents: [{ name: "osimertinib", drugClass: "EGFR TKI" }],
      start: day(p.dx, 14),
      end: day(p.dx, 14 + p.egfrDays),
    });
  if (p.alkDays !== null)
    events.push({
      kind: "therapy",
      id: "alk",
      agents: [{ name: "alectinib", drugClass: "ALK TKI" }],
      start: p.uncertainStart ? alkStart.slice(0, 7) : alkStart,
      ...(p.alkOngoing ? { ongoing: true } : { end: day(alkStart, p.alkDays) }),
    });
  if (p.response && p.alkDays !== null)
    events.push({
      kind: "imaging",
      id: "ct",
      date: day(alkStart, p.response.at),
      modality: "CT",
      evaluates: "alk",
      responses: [{ value: p.response.value }],
      ...(p.response.change === undefined ? {} : { targetSumChangePct: p.response.change }),
    });
  const endDay = day(alkStart, p.end.at);
  events.push(
    p.end.kind === "death"
      ? { kind: "outcome", id: "death", date: endDay, status: "death" }
      : { kind: "outcome", id: "fu", date: endDay, status: "last-follow-up" },
  );
  return {
    schemaVersion: "1.0",
    id: p.id,
    source,
    patient: { label: p.id, sex: p.id.length % 2 ? "female" : "male" },
    diagnoses: [
      {
        id: "dx",
        date: p.dx,
        primarySite: "lung",
        ...(p.arm
          ? { drivers: [{ gene: "ALK", type: "fusion", partner: p.arm, status: "detected" }] }
          : {}),
      },
    ],
    events,
  };
}

function synthetic(n: number) {
  const rnd = random(20251130);
  const partners = ["EML4", "STRN", "KIF5B"];
  const codes = ["CR", "PR", "PR", "SD", "PD"] as const;
  return Array.from({ length: n }, (_, i) => {
    const alkDays = Math.round(60 + rnd() * 900);
    const ongoing = rnd() < 0.3;
    return patientDoc({
      id: `S${String(i + 1).padStart(3, "0")}`,
      arm: partners[Math.floor(rnd() * partners.length)]!,
      dx: day("2018-01-01", rnd() * 1500),
      ...(rnd() < 0.4 ? { egfrDays: Math.round(120 + rnd() * 500) } : {}),
      alkDays,
      alkOngoing: ongoing,
      response: {
        // Never after the last follow-up (an ongoing course's follow-up is its last day).
        at: Math.min(alkDays, Math.round(40 + rnd() * 60)),
        value: codes[Math.floor(rnd() * codes.length)]!,
      },
      end: ongoing
        ? { kind: "follow-up", at: alkDays }
        : rnd() < 0.5
          ? { kind: "death", at: alkDays + Math.round(rnd() * 200) }
          : { kind: "follow-up", at: alkDays + Math.round(rnd() * 300) },
    });
  });
}

export const table1Scenario: CohortScenario = {
  key: "cohort-table1",
  about:
    "Seed 002's Table 1: 16 published cases, interval on EGFR TKIs to ALK resistance, best response and later regimens.",
  cohort: table1,
  rows: 16,
};

export const fiveSeedsScenario: CohortScenario = {
  key: "cohort-five-seeds",
  about:
    "The five seed patients aligned on their first ALK TKI; the undated teaching case is listed as not aligned.",
  cohort: cohortOf(
    "five-seeds",
    [seed000, seed001, seed002, seed003, seed004],
    "The five seed patients",
  ),
  rows: 5,
};

export const syntheticScenario: CohortScenario = {
  key: "cohort-synthetic-200",
  about:
    "A seeded synthetic cohort of 200 patients grouped by ALK fusion partner; only rows in view are drawn.",
  cohort: cohortOf("synthetic-200", synthetic(200), "Synthetic cohort of 200"),
  rows: 200,
};

/** 30 patients whose response scans state the % change of the target lesions (RECIST-consistent). */
function waterfallPatients() {
  const rnd = random(20261205);
  const codes = ["CR", "PR", "PR", "PR", "SD", "SD", "PD"] as const;
  return Array.from({ length: 30 }, (_, i) => {
    const value = codes[Math.floor(rnd() * codes.length)]!;
    const change = {
      CR: -100,
      PR: -30 - Math.round(rnd() * 60),
      SD: -29 + Math.round(rnd() * 48),
      PD: 20 + Math.round(rnd() * 60),
    }[value];
    const alkDays = Math.round(90 + rnd() * 700);
    return patientDoc({
      id: `W${String(i + 1).padStart(2, "0")}`,
      dx: day("2019-01-01", rnd() * 900),
      alkDays,
      // Three patients have no follow-up scan with a stated change: drawn as "NR".
      response: { at: 56, value, ...(i % 10 === 9 ? {} : { change }) },
      end: { kind: "follow-up", at: alkDays + 60 },
    });
  });
}

export const waterfallScenario: CohortScenario = {
  key: "cohort-waterfall",
  about:
    "30 patients with the best % change of their target lesions: a waterfall beside the swimmer, in the same row order (sorted by best change).",
  cohort: cohortOf("waterfall-30", waterfallPatients(), "Waterfall and swimmer"),
  rows: 30,
};

export const noAnchorScenario: CohortScenario = {
  key: "cohort-no-anchor",
  about:
    "Aligned on line 2: two patients have only one line and are listed as not aligned, not dropped.",
  cohort: cohortOf(
    "no-anchor",
    [
      patientDoc({
        id: "two-lines",
        dx: "2020-01-01",
        egfrDays: 200,
        alkDays: 300,
        response: { at: 60, value: "PR" },
        end: { kind: "follow-up", at: 400 },
      }),
      patientDoc({
        id: "one-line-a",
        dx: "2020-03-01",
        alkDays: 250,
        end: { kind: "death", at: 300 },
      }),
      patientDoc({
        id: "one-line-b",
        dx: "2020-05-01",
        alkDays: 100,
        end: { kind: "follow-up", at: 200 },
      }),
    ],
    "No anchor",
  ),
  rows: 3,
};

export const allCensoredScenario: CohortScenario = {
  key: "cohort-all-censored",
  about: "Every patient alive at last follow-up: censoring ticks, no deaths.",
  cohort: cohortOf(
    "all-censored",
    [120, 300, 480, 610].map((d, i) =>
      patientDoc({
        id: `C${i + 1}`,
        dx: "2021-01-01",
        alkDays: d,
        end: { kind: "follow-up", at: d + 90 },
      }),
    ),
    "All censored",
  ),
  rows: 4,
};

export const onePatientScenario: CohortScenario = {
  key: "cohort-one-patient",
  about: "A cohort of one: still a swimmer with axis, landmarks and legend.",
  cohort: cohortOf("one-patient", [seed004], "One patient"),
  rows: 1,
};

export const uncertainStartsScenario: CohortScenario = {
  key: "cohort-uncertain-starts",
  about:
    "ALK TKI starts known to the month only, aligned on diagnosis: start edges fade across their month.",
  cohort: cohortOf(
    "uncertain-starts",
    [200, 350, 500].map((d, i) =>
      patientDoc({
        id: `U${i + 1}`,
        dx: "2022-01-10",
        egfrDays: 60 * (i + 1),
        alkDays: d,
        uncertainStart: true,
        response: { at: 70, value: "PR" },
        end: { kind: "follow-up", at: d + 30 },
      }),
    ),
    "Uncertain starts",
  ),
  rows: 3,
};

export const cbioportalLggScenario: CohortScenario = {
  key: "cohort-cbioportal-lgg",
  about:
    "Real cBioPortal timeline files (study lgg_ucsf_2014, 23 patients) through the importer: days from diagnosis, same-day events, patients without treatment.",
  // `oncoline import cbioportal` of the study's four data_timeline_*.txt files with --study-id
  // lgg_ucsf_2014 --primary-site brain; packages/import/test/render.test.ts checks it is exactly that.
  cohort: lgg,
  rows: 23,
};

/** Every cohort scenario, in story order (goldens and the second-renderer test walk them). */
export const cohortScenarios: readonly { scenario: CohortScenario; options: SwimmerOptions }[] = [
  { scenario: table1Scenario, options: {} },
  { scenario: fiveSeedsScenario, options: { align: { kind: "class", drugClass: "ALK TKI" } } },
  {
    scenario: syntheticScenario,
    options: { align: { kind: "class", drugClass: "ALK TKI" }, group: "driver" },
  },
  { scenario: noAnchorScenario, options: { align: { kind: "line", line: 2 } } },
  { scenario: allCensoredScenario, options: { align: { kind: "class", drugClass: "ALK TKI" } } },
  { scenario: onePatientScenario, options: { align: { kind: "class", drugClass: "ALK TKI" } } },
  { scenario: uncertainStartsScenario, options: {} },
  { scenario: cbioportalLggScenario, options: {} },
  {
    scenario: waterfallScenario,
    options: {
      align: { kind: "class", drugClass: "ALK TKI" },
      waterfall: true,
      sort: "bestChange",
      order: "asc",
    },
  },
];

// Small cohorts whose expected order is written by hand.
import { parseCohort, type Cohort, type Timeline } from "../../src/index.js";
import { doc, parse, tki } from "../fixtures.js";
import { seedJson } from "../../../../scripts/seeds.mjs";

/** A patient with a diagnosis, an EGFR TKI, then an ALK TKI, with optional outcome and response. */
export function patient(
  id: string,
  p: {
    dx: string;
    egfr?: [string, string];
    alk?: [string, string | null];
    death?: string;
    followUp?: string;
    response?: { date: string; value: "CR" | "PR" | "SD" | "PD" };
    group?: "male" | "female";
    age?: number;
  },
): Timeline {
  const events: Parameters<typeof doc>[0] = [];
  if (p.egfr)
    events.push({
      kind: "therapy",
      id: "egfr",
      agents: [{ name: "osimertinib", drugClass: "EGFR TKI" }],
      start: p.egfr[0],
      end: p.egfr[1],
    });
  if (p.alk)
    events.push(tki("alk", p.alk[0], p.alk[1] === null ? { ongoing: true } : { end: p.alk[1] }));
  if (p.response)
    events.push({
      kind: "imaging",
      id: "ct",
      date: p.response.date,
      modality: "CT",
      evaluates: p.alk ? "alk" : "egfr",
      responses: [{ value: p.response.value }],
    } as never);
  if (p.death)
    events.push({ kind: "outcome", id: "death", date: p.death, status: "death" } as never);
  if (p.followUp)
    events.push({ kind: "outcome", id: "fu", date: p.followUp, status: "last-follow-up" } as never);
  return parse(
    doc(events, {
      id,
      patient: {
        label: id,
        ...(p.group ? { sex: p.group } : {}),
        ...(p.age ? { ageAtDiagnosis: p.age } : {}),
      },
      diagnoses: [{ id: "dx", date: p.dx, primarySite: "lung" }],
    }),
  );
}

/** Four patients: ALK TKI for 12, 3, 8 months (a: 12, b: 3, c: 8) and d with no ALK TKI. */
export function fourPatients(): Timeline[] {
  return [
    patient("a", {
      dx: "2020-01-01",
      alk: ["2020-03-01", "2021-03-01"],
      response: { date: "2020-06-01", value: "PR" },
      followUp: "2021-06-01",
      group: "female",
      age: 60,
    }),
    patient("b", {
      dx: "2020-01-01",
      egfr: ["2020-02-01", "2020-08-01"],
      alk: ["2020-09-01", "2020-12-01"],
      death: "2021-02-01",
      response: { date: "2020-10-15", value: "PD" },
      group: "male",
      age: 70,
    }),
    patient("c", {
      dx: "2019-06-01",
      alk: ["2019-07-01", "2020-03-01"],
      response: { date: "2019-10-01", value: "CR" },
      followUp: "2020-06-01",
      group: "female",
      age: 50,
    }),
    patient("d", {
      dx: "2020-05-01",
      egfr: ["2020-05-15", "2021-05-15"],
      followUp: "2021-08-01",
      group: "male",
      age: 65,
    }),
  ];
}

/** Seed 002's Table 1 as a parsed cohort. */
export function table1(): Cohort {
  const r = parseCohort(seedJson("002-table1"));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

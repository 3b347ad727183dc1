// The one deterministic set of scenarios behind the stories and their tests: the seeds, each event
// kind alone, fuzzy and relative dates, dense and large cases, and documents at the edges. Fixed
// dates throughout; the only randomness is the seeded synthetic patient.
import { denseScenario, largeScenario } from "./scenarios/dense.js";
import {
  emptyScenario,
  invalidChronologyScenario,
  invalidShapeScenario,
} from "./scenarios/edgeCases.js";
import { eventKindScenarios } from "./scenarios/eventKinds.js";
import { fuzzyDatesScenario } from "./scenarios/fuzzyDates.js";
import { orderedDateScenarios } from "./scenarios/orderedDates.js";
import type { Scenario } from "./scenarios/scenario.js";
import { seedScenarios } from "./scenarios/seeds.js";

export type { Expectation, HoverCheck, Scenario } from "./scenarios/scenario.js";
export {
  denseScenario,
  emptyScenario,
  eventKindScenarios,
  fuzzyDatesScenario,
  invalidChronologyScenario,
  invalidShapeScenario,
  largeScenario,
  orderedDateScenarios,
  seedScenarios,
};

/** The undated teaching case (seed 001). */
export const noDateScenario = seedScenarios["001"];

/** Every scenario, once. */
export const allScenarios: readonly Scenario[] = [
  ...Object.values(seedScenarios),
  ...Object.values(eventKindScenarios),
  fuzzyDatesScenario,
  ...orderedDateScenarios,
  denseScenario,
  largeScenario,
  emptyScenario,
  invalidChronologyScenario,
  invalidShapeScenario,
];

const byKey = new Map(allScenarios.map((s) => [s.key, s]));

/** The scenario with this key; throws on an unknown key so a typo cannot pass silently. */
export function scenarioByKey(key: string): Scenario {
  const s = byKey.get(key);
  if (!s) throw new Error(`no scenario '${key}'`);
  return s;
}

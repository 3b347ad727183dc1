// Documents at the edges: nothing to draw, and data that must be refused with every issue listed.
import { caseDocument, type EventInput } from "./document.js";
import { figureScenario, type Scenario } from "./scenario.js";

/** A valid document without a single event. */
export const emptyScenario = figureScenario(
  "empty",
  "A valid document with no events and no diagnosis.",
  caseDocument("empty", "Empty: a patient without events", []),
);

const invalid = (key: string, about: string, events: EventInput[], issues: string[]): Scenario => ({
  key,
  about,
  timeline: caseDocument(key, about, events),
  expect: { kind: "issues", issues },
});

const osimertinib = { kind: "therapy", id: "osimertinib", agents: [{ name: "osimertinib" }] };

/**
 * Well-formed events that contradict each other: an end before its start, a dangling reference.
 * (These checks run once the document's shape is valid, so they get their own scenario.)
 */
export const invalidChronologyScenario = invalid(
  "invalid-chronology",
  "Invalid: a therapy that ends before it starts and a scan evaluating an unknown therapy.",
  [
    { ...osimertinib, start: "2023-05-03", end: "2023-01-01" },
    { kind: "imaging", id: "ct", modality: "CT", date: "2023-02-01", evaluates: "erlotinib" },
  ],
  [
    "events[0] (osimertinib).end: 2023-01-01 is before start 2023-05-03",
    "events[1] (ct).evaluates: refers to 'erlotinib', which is no event or diagnosis id in this document",
  ],
);

/** Malformed events: an unknown kind and a misspelt field. */
export const invalidShapeScenario = invalid(
  "invalid-shape",
  "Invalid: an event of an unknown kind and a misspelt field.",
  [
    { ...osimertinib, start: "2023-05-03", stopreason: "progression" },
    { kind: "chemo", id: "folfox", start: "2023-06-01" },
  ],
  [
    "events[0] (osimertinib).stopreason: is not a field of this object (typo?)",
    "events[1] (folfox).kind: 'chemo' is not a known kind",
  ],
);

// Small synthetic documents for unit tests: fixed dates, no randomness.
import {
  parseTimeline,
  type DateInput,
  type Timeline,
  type TimelineDocumentInput,
} from "../src/index.js";

type Doc = TimelineDocumentInput;
type Ev = Doc["events"][number];

/** A minimal valid document with the given events. */
export function doc(events: Ev[], extra: Partial<Doc> = {}): Doc {
  return {
    schemaVersion: "1.0",
    id: "synthetic",
    source: { citation: "Synthetic test case", kind: "synthetic" },
    patient: { label: "Test patient" },
    events,
    ...extra,
  };
}

/** A single-agent therapy named after its id. */
export const tki = (
  id: string,
  start?: DateInput,
  rest: Partial<Extract<Ev, { kind: "therapy" }>> = {},
): Ev => ({
  kind: "therapy",
  id,
  agents: [{ name: id, drugClass: "ALK TKI" }],
  ...(start === undefined ? {} : { start }),
  ...rest,
});

/** Parse a document that the test knows is valid; throws with the issues otherwise. */
export function parse(d: unknown): Timeline {
  const r = parseTimeline(d);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

// Small synthetic documents for unit tests: fixed dates, no randomness.
import {
  parseTimeline,
  type DateInput,
  type Mark,
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

/** The bar mark drawn for `id`; throws when there is none. */
export const barOf = (marks: readonly Mark[], id: string) => {
  const m = marks.find((k) => k.id === id);
  if (m?.type !== "bar") throw new Error(`no bar ${id}`);
  return m;
};

/** The point mark drawn for `id`; throws when there is none. */
export const pointOf = (marks: readonly Mark[], id: string) => {
  const m = marks.find((k) => k.id === id);
  if (m?.type !== "point") throw new Error(`no point ${id}`);
  return m;
};

// A small builder for hand-written scenario documents: every one shares the same frame.

/** A loose event object as a document states it (validated by the component, not here). */
export type EventInput = Record<string, unknown> & { kind: string; id: string };

/** A timeline document with the boilerplate filled in. */
export interface ScenarioDocument {
  schemaVersion: "1.0";
  id: string;
  title: string;
  source: { citation: string; kind: "synthetic"; published?: string };
  patient: { label: string };
  diagnoses?: Array<Record<string, unknown>>;
  dataCutoff?: string;
  priorTherapy?: "none" | "not-reported";
  events: EventInput[];
}

/** A synthetic case document titled `title` holding `events` (and optionally diagnoses). */
export function caseDocument(
  id: string,
  title: string,
  events: EventInput[],
  extra: Pick<ScenarioDocument, "diagnoses" | "dataCutoff" | "priorTherapy"> & {
    published?: string;
  } = {},
): ScenarioDocument {
  const { published, ...rest } = extra;
  return {
    schemaVersion: "1.0",
    id,
    title,
    source: {
      citation: "Hand-written Storybook scenario (synthetic)",
      kind: "synthetic",
      ...(published === undefined ? {} : { published }),
    },
    patient: { label: `Scenario ${id}` },
    ...rest,
    events,
  };
}

/** `count` monthly dates from `year`-`month`, on day 15 (`2020-01-15`, `2020-02-15`, …). */
export function monthly(year: number, month: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const m = month - 1 + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-15`;
  });
}

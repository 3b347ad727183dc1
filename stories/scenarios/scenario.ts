// What a scenario is: a document plus what any view of it must show.

/** An event whose mark a play function hovers, and text its tooltip must contain. */
export interface HoverCheck {
  eventId: string;
  shows: string;
}

/** What a story of the scenario must show. */
export type Expectation =
  | {
      kind: "figure";
      /** The figure's title: the document's title, else the patient label. */
      title: string;
      /** Rows of the event table: one per diagnosis and per event. */
      tableRows: number;
      hover?: HoverCheck;
    }
  | {
      kind: "issues";
      /** Issues the error list must show, as `path: problem` lines. */
      issues: readonly string[];
    };

/** One case of the shared, deterministic set used by stories and tests. */
export interface Scenario {
  /** Stable key; a story names its scenario in `parameters.scenario`. */
  key: string;
  /** What the case shows, in one sentence. */
  about: string;
  /** The document as a source would give it: any JSON value. */
  timeline: unknown;
  expect: Expectation;
}

interface DocumentLike {
  title?: string;
  patient: { label: string };
  diagnoses?: readonly unknown[];
  events: readonly unknown[];
}

/** A scenario that must draw as a figure, its expectations read off the document itself. */
export function figureScenario(
  key: string,
  about: string,
  timeline: DocumentLike,
  hover?: HoverCheck,
): Scenario {
  return {
    key,
    about,
    timeline,
    expect: {
      kind: "figure",
      title: timeline.title ?? timeline.patient.label,
      tableRows: (timeline.diagnoses?.length ?? 0) + timeline.events.length,
      ...(hover ? { hover } : {}),
    },
  };
}

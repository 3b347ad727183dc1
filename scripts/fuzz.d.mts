import type { IProperty } from "fast-check";

/** What the fuzz properties use of `@oncoline/core` (the built package, or its source in tests). */
export interface FuzzedCore {
  parseTimeline(input: unknown): { ok: boolean };
  parseCohort(input: unknown): { ok: boolean };
  formatDay(day: number): string;
  describeDate(date: never): string;
}

/** Dates at and just past the edges of the supported years (see fuzz.mjs). */
export const EDGE_DATES: string[];
/** The fuzz properties over `core`, with counts of accepted and refused documents. */
export function fuzzProperties(core: FuzzedCore): {
  timeline: IProperty<[unknown]>;
  cohort: IProperty<[unknown]>;
  stats: Record<"timeline" | "cohort", { accepted: number; refused: number }>;
};

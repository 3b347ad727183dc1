import type { IProperty } from "fast-check";

/** Dates at and just past the edges of the supported years (see fuzz.mjs). */
export const EDGE_DATES: string[];
/** The fuzz properties over `core` (the built package or its source), with counts of outcomes. */
export function fuzzProperties(core: typeof import("@oncoline/core")): {
  timeline: IProperty<[unknown]>;
  cohort: IProperty<[unknown]>;
  stats: Record<"timeline" | "cohort", { accepted: number; refused: number }>;
};

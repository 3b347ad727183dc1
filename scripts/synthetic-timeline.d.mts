import type { Timeline } from "@oncoline/core";
/** The Timeline parseTimeline(synthetic(n, seed)) would give, built without the input limits (see synthetic-timeline.mjs). */
export function syntheticTimeline(n: number, seed?: number): Timeline;

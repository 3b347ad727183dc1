import type { NormalizedEvent } from "../model/normalized.js";
import type { LaneKind } from "./types.js";
import { kindSpec } from "../kinds/registry.js";

/** Lane titles as drawn in the gutter. */
export const LANE_LABELS: Record<LaneKind, string> = {
  therapy: "Systemic therapy",
  radiotherapy: "Radiotherapy",
  procedure: "Procedures",
  response: "Response & progression",
  molecular: "Molecular & resistance",
  lab: "Labs & markers",
  events: "Clinical & adverse events",
  milestones: "Diagnosis & outcome",
};

/** The drug lane's title when a course in it is given locally (HAIC, topical, phototherapy). */
export const LOCAL_THERAPY_TITLE = "Systemic & local therapy";

/** The lane an event is drawn in. */
export function laneOf(e: NormalizedEvent): LaneKind {
  return kindSpec(e).lane;
}

/** Events drawn as courses (bars) rather than moments. */
export function isCourse(e: NormalizedEvent): boolean {
  return kindSpec(e).drawnAs(e) === "bar";
}

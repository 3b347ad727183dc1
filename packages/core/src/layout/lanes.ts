import type { NormalizedEvent } from "../model/normalized.js";
import type { LaneKind } from "./types.js";

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

/** The lane an event is drawn in. */
export function laneOf(e: NormalizedEvent): LaneKind {
  switch (e.kind) {
    case "therapy":
      return "therapy";
    case "radiotherapy":
      return "radiotherapy";
    case "procedure":
      return "procedure";
    case "imaging":
    case "progression":
      return "response";
    case "molecular":
    case "resistance":
      return "molecular";
    case "lab":
      return "lab";
    case "adverse-event":
    case "clinical":
      return "events";
    case "outcome":
      return "milestones";
  }
}

/** Events drawn as courses (bars) rather than moments. */
export function isCourse(e: NormalizedEvent): boolean {
  return (
    e.kind === "therapy" ||
    e.kind === "radiotherapy" ||
    ((e.kind === "clinical" || e.kind === "adverse-event") && !e.span.moment)
  );
}

import type { Agent, StopReason } from "@oncoline/core";
import type { Entry } from "./bundleEntries.js";

/** One agent's course from a MedicationRequest, MedicationStatement or lone administration. */
export interface MedicationCourse {
  entry: Entry;
  agent: Agent;
  start: string | undefined;
  /** True when only the order date is known: the course began on or after it. */
  startIsOrderDate: boolean;
  end: string | undefined;
  ongoing: boolean;
  stopReason: StopReason | undefined;
  intent: "curative" | "palliative" | "adjuvant" | "neoadjuvant" | undefined;
  /** Administrations folded into this course: `MedicationAdministration/x on 2018-04-22`. */
  administered: string[];
}

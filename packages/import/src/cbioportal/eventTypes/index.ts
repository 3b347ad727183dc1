import type { EventTypeSpec } from "../eventTypeSpec.js";
import { imaging } from "./imaging.js";
import { labTest } from "./labTest.js";
import { otherEvent } from "./otherEvent.js";
import { sampleSpec } from "./sample.js";
import { status } from "./status.js";
import { surgery } from "./surgery.js";
import { treatment } from "./treatment.js";

/** The event types cBioPortal gives special meaning, in its track order. */
export const CBIOPORTAL_EVENT_TYPES = [
  "SPECIMEN",
  "SAMPLE ACQUISITION",
  "SEQUENCING",
  "SURGERY",
  "STATUS",
  "IMAGING",
  "LAB_TEST",
  "TREATMENT",
] as const;
export type CbioportalEventType = (typeof CBIOPORTAL_EVENT_TYPES)[number];

/** How each known event type is imported; the compiler keeps this complete. */
export const EVENT_TYPE_SPECS: Record<CbioportalEventType, EventTypeSpec> = {
  SPECIMEN: sampleSpec("sampleDate"),
  "SAMPLE ACQUISITION": sampleSpec("sampleDate"),
  SEQUENCING: sampleSpec("resultDate"),
  SURGERY: surgery,
  STATUS: status,
  IMAGING: imaging,
  LAB_TEST: labTest,
  TREATMENT: treatment,
};

const isKnown = (t: string): t is CbioportalEventType => Object.hasOwn(EVENT_TYPE_SPECS, t);

/** The spec for an event type; every type cBioPortal leaves free becomes a clinical event. */
export const specFor = (eventType: string): EventTypeSpec =>
  isKnown(eventType) ? EVENT_TYPE_SPECS[eventType] : otherEvent;

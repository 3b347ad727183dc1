import * as z from "./zod.js";
import { TherapyEvent } from "./events/therapy.js";
import { RadiotherapyEvent } from "./events/radiotherapy.js";
import { ProcedureEvent } from "./events/procedure.js";
import { ImagingEvent } from "./events/imaging.js";
import { ResponseEvent } from "./events/response.js";
import { MolecularTestEvent } from "./events/molecular.js";
import { ResistanceEvent } from "./events/resistance.js";
import { ProgressionEvent } from "./events/progression.js";
import { LabSeriesEvent } from "./events/lab.js";
import { AdverseEventEvent } from "./events/adverseEvent.js";
import { ClinicalEvent } from "./events/clinical.js";
import { OutcomeEvent } from "./events/outcome.js";

/** Every event kind the model knows, in clinical lane order. */
export const EVENT_KINDS = [
  "therapy",
  "radiotherapy",
  "procedure",
  "imaging",
  "response",
  "molecular",
  "resistance",
  "progression",
  "lab",
  "adverse-event",
  "clinical",
  "outcome",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One event of a patient timeline, discriminated by `kind`. */
export const TimelineEvent = z.discriminatedUnion("kind", [
  TherapyEvent,
  RadiotherapyEvent,
  ProcedureEvent,
  ImagingEvent,
  ResponseEvent,
  MolecularTestEvent,
  ResistanceEvent,
  ProgressionEvent,
  LabSeriesEvent,
  AdverseEventEvent,
  ClinicalEvent,
  OutcomeEvent,
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;
/** The event of one kind. */
export type EventOf<K extends EventKind> = Extract<TimelineEvent, { kind: K }>;

import type { EventKind, TimelineEvent } from "../model/event.js";
import type { CourseWords, KindSpec } from "./kindSpec.js";
import { THERAPY } from "./therapy.js";
import { RADIOTHERAPY } from "./radiotherapy.js";
import { PROCEDURE } from "./procedure.js";
import { IMAGING } from "./imaging.js";
import { RESPONSE } from "./response.js";
import { MOLECULAR } from "./molecular.js";
import { RESISTANCE } from "./resistance.js";
import { PROGRESSION } from "./progression.js";
import { LAB } from "./lab.js";
import { ADVERSE_EVENT } from "./adverseEvent.js";
import { CLINICAL } from "./clinical.js";
import { OUTCOME } from "./outcome.js";

/** One spec per kind of `EVENT_KINDS`, the ordered list; the mapped type makes a missing kind a compile error. */
export type KindRegistry = { [K in EventKind]: KindSpec<K> };

/** Every event kind's rules: date slots, references, checks, lane, glyph, colour key, label, description. */
export const KIND_SPECS: KindRegistry = {
  therapy: THERAPY,
  radiotherapy: RADIOTHERAPY,
  procedure: PROCEDURE,
  imaging: IMAGING,
  response: RESPONSE,
  molecular: MOLECULAR,
  resistance: RESISTANCE,
  progression: PROGRESSION,
  lab: LAB,
  "adverse-event": ADVERSE_EVENT,
  clinical: CLINICAL,
  outcome: OUTCOME,
};

/** How a course's edges are named unless its kind says otherwise. */
export const COURSE_WORDS: CourseWords = {
  end: "end",
  start: "start",
  order: "end not before start",
};

/** The spec of an event's kind, typed for that event: `kindSpec(e).describe(e, when)`. */
export function kindSpec<K extends EventKind>(e: { kind: K }): KindSpec<K> {
  const spec: KindSpec<K> | undefined = KIND_SPECS[e.kind];
  // Only data that bypassed parseTimeline can get here with a kind the model does not know.
  if (spec === undefined) throw new Error(`event kind '${e.kind}' has no spec in KIND_SPECS`);
  return spec;
}

// The schema's union and the ordered list name the same kinds (a kind added to one only fails here).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? "same" : never) : never;
const schemaKinds: Same<TimelineEvent["kind"], EventKind> extends never
  ? "EVENT_KINDS and the TimelineEvent union name different kinds"
  : "same" = "same";
void schemaKinds;

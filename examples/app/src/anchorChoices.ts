import type { Timeline } from "@oncoline/core";

/** An event or diagnosis a relative axis can count from. */
export interface AnchorChoice {
  id: string;
  label: string;
}

/** Every id a relative axis can be anchored on: diagnoses first, then events in document order. */
export function anchorChoices(timeline: Timeline): AnchorChoice[] {
  const diagnoses = timeline.diagnoses.flatMap((d) =>
    d.id ? [{ id: d.id, label: `${d.id} (diagnosis)` }] : [],
  );
  const events = timeline.events.map((e) => ({ id: e.id, label: `${e.id} (${e.kind})` }));
  return [...diagnoses, ...events];
}

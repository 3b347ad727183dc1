import type { DateInput } from "../model/dateInput.js";
import type { TimelineDocument } from "../model/timeline.js";
import { kindSpec } from "../kinds/registry.js";

/** One place in a document that holds a date. */
export interface DateSlot {
  key: string;
  /** The event or diagnosis id the slot belongs to, and the field inside it (`start`, `values[2]`). */
  owner: string;
  field: string;
  path: string;
  /** The path naming the event by id too, for messages: `events[7] (biopsy-2).date`. */
  label: string;
  input: DateInput | undefined;
  /** An ongoing therapy's end: resolves to the data cut-off. */
  ongoing?: boolean;
}

/** The slot keys an id's `start` and `end` edges resolve through. */
export interface EdgeKeys {
  start: string;
  end: string;
  /** Index in `events`, or -1 for a diagnosis. */
  eventIndex: number;
}

export const CUTOFF_KEY = "$dataCutoff";

/** Lists every date slot of a (schema-valid) document and maps ids to their edge slots. */
export function collectDateSlots(doc: TimelineDocument): {
  slots: DateSlot[];
  edges: Map<string, EdgeKeys>;
} {
  const slots: DateSlot[] = [];
  const edges = new Map<string, EdgeKeys>();
  const add = (
    owner: string,
    field: string,
    path: string,
    input: DateInput | undefined,
    ongoing?: boolean,
  ) => {
    const key = field === "" ? owner : `${owner}.${field}`;
    const label = withId(path, owner);
    slots.push(
      ongoing
        ? { key, owner, field, path, label, input, ongoing }
        : { key, owner, field, path, label, input },
    );
    return key;
  };
  if (doc.dataCutoff !== undefined) add(CUTOFF_KEY, "", "dataCutoff", doc.dataCutoff);

  (doc.diagnoses ?? []).forEach((dx, i) => {
    if (edges.has(dx.id)) return;
    const k = add(dx.id, `start`, `diagnoses[${i}].date`, dx.date);
    edges.set(dx.id, { start: k, end: k, eventIndex: -1 });
  });

  doc.events.forEach((ev, i) => {
    // A repeated id is reported by the reference check; its dates are not resolved twice.
    if (edges.has(ev.id)) return;
    const p = `events[${i}]`;
    const part = (key: string, path: string, input: DateInput | undefined, ongoing?: boolean) =>
      add(ev.id, key, `${p}.${path}`, input, ongoing);
    const setEdges = (start: string, end: string) =>
      edges.set(ev.id, { start, end, eventIndex: i });
    kindSpec(ev).dateSlots(ev, {
      interval(start, end, ongoing = false) {
        setEdges(
          part("start", "start", start),
          part("end", "end", end, ongoing && end === undefined),
        );
      },
      point(date, field) {
        const s = part("start", field, date);
        setEdges(s, s);
      },
      part: (key, path, input) => part(key, path, input),
      edges: setEdges,
    });
  });
  return { slots, edges };
}

/** `events[7].date` → `events[7] (biopsy-2).date`: messages name an event by index and id. */
export function withId(path: string, id: string): string {
  return path.replace(/^(events|diagnoses)\[\d+\]/, (m) => `${m} (${id})`);
}

import type { DateInput } from "../model/dateInput.js";
import type { TimelineDocument } from "../model/timeline.js";

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
    const interval = (
      start: DateInput | undefined,
      end: DateInput | undefined,
      ongoing = false,
    ) => {
      const s = add(ev.id, `start`, `${p}.start`, start);
      const e = add(ev.id, `end`, `${p}.end`, end, ongoing && end === undefined);
      edges.set(ev.id, { start: s, end: e, eventIndex: i });
    };
    const point = (date: DateInput | undefined, field = "date") => {
      const s = add(ev.id, `start`, `${p}.${field}`, date);
      edges.set(ev.id, { start: s, end: s, eventIndex: i });
    };
    switch (ev.kind) {
      case "therapy":
        interval(ev.start, ev.end, ev.ongoing === true);
        ev.modifications?.forEach((m, j) =>
          add(ev.id, `modifications[${j}]`, `${p}.modifications[${j}].date`, m.date),
        );
        break;
      case "radiotherapy":
        interval(ev.start, ev.end);
        ev.doseChanges?.forEach((c, j) =>
          add(ev.id, `doseChanges[${j}]`, `${p}.doseChanges[${j}].date`, c.date),
        );
        break;
      case "adverse-event":
      case "clinical":
        // Without an end these are moments (a bleed, a seizure), not courses of unknown length.
        if (ev.end === undefined) point(ev.start, "start");
        else interval(ev.start, ev.end);
        break;
      case "molecular": {
        if (ev.sampleDate === undefined) {
          point(ev.resultDate, "resultDate");
        } else {
          const s = add(ev.id, `start`, `${p}.sampleDate`, ev.sampleDate);
          const e =
            ev.resultDate === undefined ? s : add(ev.id, `end`, `${p}.resultDate`, ev.resultDate);
          edges.set(ev.id, { start: s, end: e, eventIndex: i });
        }
        break;
      }
      case "lab": {
        const keys = ev.values.map((v, j) =>
          add(ev.id, `values[${j}]`, `${p}.values[${j}].date`, v.date),
        );
        edges.set(ev.id, { start: keys[0] ?? "", end: keys[keys.length - 1] ?? "", eventIndex: i });
        break;
      }
      default:
        point(ev.date);
    }
  });
  return { slots, edges };
}

/** `events[7].date` → `events[7] (biopsy-2).date`: messages name an event by index and id. */
export function withId(path: string, id: string): string {
  // Without a regular expression: every date slot of a document gets a label.
  const prefix = path.startsWith("events[") ? 7 : path.startsWith("diagnoses[") ? 10 : 0;
  if (prefix === 0) return path;
  let k = prefix;
  while (k < path.length && path.charCodeAt(k) >= 48 && path.charCodeAt(k) <= 57) k++;
  if (k === prefix || path[k] !== "]") return path;
  return `${path.slice(0, k + 1)} (${id})${path.slice(k + 1)}`;
}

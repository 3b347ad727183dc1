import type { DateSlot } from "./dateSlots.js";
import type { Constraint } from "./network.js";

/**
 * The order a document tells its events in, as hints for drawing: "each event starts no earlier
 * than the one listed before it", between consecutive events of the same frame. Case reports are
 * told in time order, and a date stated only as "then" (after the surgery) leaves its event free
 * to drift past events told after it (the relapse two years later). These hints never change a
 * date's window and are never reported: `resolveDates` uses them to choose drawing positions only,
 * and only when the document's own statements allow all of them together (a list grouped by kind,
 * or an event told out of time order, contradicts some hint, and then none is used). A series'
 * values are hinted the same way, each no earlier than the one listed before it (`series`): a
 * list of events grouped by kind voids the events' hints, not these. A series takes no part in the
 * events' order: lab series are often listed together after the events (the CEA values of the
 * whole history last), and one such list used to void every event's hint. A single test told
 * only by order ("a QuantiFERON, then salvage") is a moment of the story and takes part.
 *
 * `frameOf` gives each node's frame (node `i + 1` is slot `i`).
 */
export function toldOrder(
  slots: readonly DateSlot[],
  frameOf: Int32Array,
): { events: Constraint[]; series: Constraint[] } {
  const hints: Constraint[] = [];
  const series: Constraint[] = [];
  const lastInFrame = new Map<number, DateSlot>();
  const seen = new Set<string>();
  let lastValue: DateSlot | undefined;
  let lastValueFrame = -1;
  const values = new Map<string, number>();
  for (const s of slots)
    if (s.field.startsWith("values[")) values.set(s.owner, (values.get(s.owner) ?? 0) + 1);
  slots.forEach((s, i) => {
    // A series lists its values in time order too: "0.3 g/dL after induction" before "not
    // detectable at day +100", whatever windows the courses they count from leave open.
    if (s.field.startsWith("values[")) {
      if (lastValue?.owner === s.owner && lastValueFrame === frameOf[i + 1]!)
        series.push({
          from: lastValue.key,
          to: s.key,
          min: 0,
          max: null,
          kind: "after",
          path: s.label,
          says: `listed after ${lastValue.field}`,
        });
      lastValue = s;
      lastValueFrame = frameOf[i + 1]!;
    }
    // An event's first date slot stands for the event (its start, its date); a series stands aside.
    if (!s.path.startsWith("events[") || seen.has(s.owner)) return;
    seen.add(s.owner);
    if (s.field.startsWith("values[") && !(values.get(s.owner) === 1 && byOrder(s))) return;
    const frame = frameOf[i + 1]!;
    const before = lastInFrame.get(frame);
    lastInFrame.set(frame, s);
    if (before === undefined) return;
    hints.push({
      from: before.key,
      to: s.key,
      min: 0,
      max: null,
      kind: "after",
      path: s.label,
      says: `told after ${before.owner}`,
    });
  });
  return { events: hints, series };
}

/** A date stated only by its order to other events (`{ "after": … }`, `{ "before": … }`). */
function byOrder(s: DateSlot): boolean {
  const d = s.input;
  return typeof d === "object" && d !== null && ("after" in d || "before" in d);
}

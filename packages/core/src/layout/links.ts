import type { NormalizedEvent } from "../model/normalized.js";
import type { BarMark, Link, Mark, PointMark } from "./types.js";

/**
 * Links from each resistance event to the therapy it ended (a vertical drop onto that bar at the
 * moment of detection) and to every therapy chosen because of it (`basedOn`), at that bar's start.
 */
export function buildLinks(events: readonly NormalizedEvent[], marks: readonly Mark[]): Link[] {
  const bars = new Map<string, BarMark>();
  const points = new Map<string, PointMark>();
  for (const m of marks) {
    if (m.type === "bar") bars.set(m.eventId, m);
    if (m.type === "point" && !points.has(m.eventId)) points.set(m.eventId, m);
  }
  const links: Link[] = [];
  for (const e of events) {
    if (e.kind !== "resistance") continue;
    const from = points.get(e.id);
    if (!from) continue;
    const ended = bars.get(e.therapy);
    if (ended) {
      const x = Math.min(Math.max(from.x, ended.x), ended.x2);
      links.push({
        id: `${e.id}->${e.therapy}`,
        type: "ended",
        fromEventId: e.id,
        toEventId: e.therapy,
        points: [
          [from.x, from.y],
          [x, ended.y + ended.height / 2],
        ],
      });
    }
    for (const t of events) {
      if ((t.kind !== "therapy" && t.kind !== "radiotherapy") || !t.basedOn?.includes(e.id))
        continue;
      const bar = bars.get(t.id);
      if (bar)
        links.push({
          id: `${e.id}=>${t.id}`,
          type: "led-to",
          fromEventId: e.id,
          toEventId: t.id,
          points: [
            [from.x, from.y],
            [bar.x, bar.y + bar.height / 2],
          ],
        });
    }
  }
  return links;
}

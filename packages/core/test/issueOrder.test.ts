import { describe, expect, it } from "vitest";
import { inEventOrder } from "../src/validate/inEventOrder.js";
import { parseTimeline } from "../src/validate/parseTimeline.js";

const therapy = (id: string, dates: Record<string, unknown>) => ({
  id,
  kind: "therapy",
  agents: [{ name: id }],
  ...dates,
});

describe("issue order", () => {
  it("parseTimeline lists issues in event order, whichever check found them", () => {
    const r = parseTimeline({
      schemaVersion: "1.1",
      id: "x",
      source: { citation: "Synthetic", kind: "synthetic" },
      patient: { label: "Patient" },
      events: [
        // Chronology (checked last) on the first event, a broken reference on the second.
        therapy("a", { start: "2023-05-01", end: "2023-01-01" }),
        therapy("b", { start: { after: { event: "nope" } } }),
        therapy("c", { start: "2023-13-45" }),
        therapy("d", { start: "2022-01-01", end: "2021-01-01" }),
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual([
      "events[0].end",
      "events[1].start.after.event",
      "events[2].start",
      "events[3].end",
    ]);
    expect(r.issues.map((i) => i.eventId)).toEqual(["a", "b", "c", "d"]);
  });

  it("inEventOrder puts issues outside events first and keeps each event's issues in found order", () => {
    const issue = (path: string, message = path) => ({ path, message, severity: "error" as const });
    expect(
      inEventOrder([
        issue("events[10].end"),
        issue("events[2].start", "first"),
        issue("patient.sex"),
        issue("events[2].start", "second"),
        issue(""),
      ]).map((i) => i.message),
    ).toEqual(["patient.sex", "", "first", "second", "events[10].end"]);
  });
});

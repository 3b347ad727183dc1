import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../src/layout/layoutTimeline.js";
import { measureText } from "../src/layout/measureText.js";
import { drawTimeline } from "../src/scene/drawTimeline.js";
import { makePaint } from "../src/scene/paint.js";
import { toSvgString } from "../src/scene/toSvgString.js";
import { screenTheme } from "../src/theme/themes.js";
import { parseTimeline } from "../src/validate/parseTimeline.js";

const doc = (events: unknown[]) => ({
  schemaVersion: "1.1",
  id: "empty",
  source: { citation: "Synthetic", kind: "synthetic" },
  patient: { label: "Patient" },
  events,
});

const timeline = (events: unknown[]) => {
  const parsed = parseTimeline(doc(events));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join("; "));
  return parsed.value;
};

const svgOf = (events: unknown[]) => {
  const layout = layoutTimeline(timeline(events), { width: 800, fontSize: 12 });
  return { layout, svg: toSvgString(drawTimeline(layout, makePaint(layout, screenTheme, "t"))) };
};

describe("a figure with nothing to draw", () => {
  it("layoutTimeline(a timeline with no events) places a 'No events' note inside the plot", () => {
    const { layout } = svgOf([]);
    expect(layout.marks).toEqual([]);
    expect(layout.empty?.text).toBe("No events");
    const note = layout.empty!;
    const { plot } = layout;
    expect(note.x).toBeGreaterThanOrEqual(plot.x);
    expect(note.x + measureText(note.text, 12)).toBeLessThanOrEqual(plot.x + plot.width);
    expect(note.y).toBeGreaterThan(plot.y);
    expect(note.y).toBeLessThanOrEqual(plot.y + plot.height);
  });

  it("drawTimeline draws the note and no bare axis for a timeline with no events", () => {
    const { svg } = svgOf([]);
    expect(svg).toMatch(/<text class="oncoline-empty"[^>]*>No events<\/text>/);
    expect(svg).not.toContain("Order of events as told");
  });

  it("layoutTimeline(a timeline with events) has no empty note", () => {
    const { layout, svg } = svgOf([
      { id: "osi", kind: "therapy", agents: [{ name: "osimertinib" }], start: "2023-01-05" },
    ]);
    expect(layout.empty).toBeNull();
    expect(svg).not.toContain("oncoline-empty");
  });

  it("layoutTimeline says 'No events in this time range' when a zoom leaves every mark out", () => {
    const t = timeline([
      {
        id: "osi",
        kind: "therapy",
        agents: [{ name: "osimertinib" }],
        start: "2023-01-05",
        end: "2023-02-05",
      },
    ]);
    const [, to] = layoutTimeline(t, { width: 800, fontSize: 12 }).axis.domain;
    const layout = layoutTimeline(t, {
      width: 800,
      fontSize: 12,
      axis: { domain: [to + 1000, to + 2000] },
    });
    expect(layout.marks).toEqual([]);
    expect(layout.culled).toBeGreaterThan(0);
    expect(layout.empty?.text).toBe("No events in this time range");
  });
});

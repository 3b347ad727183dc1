// Issue 14: `layoutFigure` can merge dense stretches into clusters, as the interactive views do;
// a static figure keeps every event unless asked.
import { describe, expect, it } from "vitest";
import { layoutFigure, layoutTimeline, themes, type Timeline } from "../src/index.js";
import { doc, parse } from "./fixtures.js";

// 30 clinical events on 2 days: 15 rows in one lane (more than 8, fewer than the 40-row cap), so
// aggregation applies and the row cap does not.
const dense: Timeline = parse(
  doc(
    Array.from({ length: 30 }, (_, i) => ({
      kind: "clinical",
      id: `c${i}`,
      category: "other",
      term: `event ${i}`,
      start: `2024-03-${String(1 + (i % 2)).padStart(2, "0")}`,
    })) as never,
  ),
);
const clusters = (ids: string[]) => ids.filter((id) => id.startsWith("cluster:"));

describe("layoutFigure's aggregate option", () => {
  it("is off by default: every event keeps a mark of its own", () => {
    const { layout } = layoutFigure(dense, themes.screen, { width: 960, height: null });
    const ids = layout.marks.map((m) => m.id);
    expect(clusters(ids)).toEqual([]);
    expect(layout.lanes.find((l) => l.kind === "events")!.rows).toBeGreaterThan(8);
    for (const e of dense.events) expect(layout.marks.some((m) => m.eventId === e.id)).toBe(true);
    const explicit = layoutFigure(dense, themes.screen, {
      width: 960,
      height: null,
      aggregate: false,
    });
    expect(explicit.layout).toEqual(layout);
  });

  it("merges dense stretches into clusters like layoutTimeline's aggregate, every event still accounted for", () => {
    const { layout } = layoutFigure(dense, themes.screen, {
      width: 960,
      height: null,
      footnotes: false,
      aggregate: true,
    });
    const plain = layoutFigure(dense, themes.screen, { width: 960, height: null });
    expect(clusters(layout.marks.map((m) => m.id)).length).toBeGreaterThan(0);
    expect(layout.marks.length).toBeLessThan(plain.layout.marks.length);
    const direct = layoutTimeline(dense, {
      width: 960,
      fontSize: themes.screen.fontSize,
      heading: themes.screen.heading === true,
      caption: themes.screen.caption ?? false,
      aggregate: true,
    });
    expect(layout.marks.map((m) => m.id)).toEqual(direct.marks.map((m) => m.id));
    const shown = new Set(
      layout.marks.flatMap((m) => (m.type === "point" && m.eventIds ? m.eventIds : [m.eventId])),
    );
    expect(dense.events.filter((e) => !shown.has(e.id))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { patientSeeds, seedJson } from "../../../../scripts/seeds.mjs";
import {
  drawError,
  drawSwimmer,
  drawSwimmerItem,
  layoutSwimmer,
  makeSwimmerPaint,
  parseCohort,
  parseTimeline,
  SWIM,
  themes,
  tooltipPosition,
  toSvgString,
  type SwimmerRowLayout,
} from "../../src/index.js";

const table = parseCohort(seedJson("002-table1"));
if (!table.ok) throw new Error("Table 1 invalid");
const layout = layoutSwimmer(table.value, { width: 960, fontSize: 12 });
const paint = makeSwimmerPaint(layout, themes.screen, "t");
const rows = layout.items.filter((it): it is SwimmerRowLayout => it.type === "row");

describe("drawSwimmer", () => {
  it("drawSwimmer(layout, paint) draws one labelled row group per patient, in order", () => {
    const svg = toSvgString(drawSwimmer(layout, paint, { standalone: true }));
    const drawn = [...svg.matchAll(/class="oncoline-swimmer-row" data-row="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(drawn).toEqual(rows.map((r) => r.id));
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it("drawSwimmerItem(layout, i, paint, {focusedMark}) rings that glyph only, at SWIM.focusRingScale × its size", () => {
    const seeds = patientSeeds().flatMap(({ json }) => {
      const p = parseTimeline(json);
      return p.ok ? [p.value] : [];
    });
    const l = layoutSwimmer(seeds, { width: 960, fontSize: 12 });
    const p = makeSwimmerPaint(l, themes.screen, "f");
    const i = l.items.findIndex((it) => it.type === "row" && it.glyphs.length > 1);
    const row = l.items[i] as SwimmerRowLayout;
    const g = row.glyphs[1]!;
    const svg = toSvgString(drawSwimmerItem(l, i, p, { focusedMark: g.id })!);
    expect(svg.match(/oncoline-focus-ring/g)).toHaveLength(1);
    expect(svg).toContain(`r="${Math.round(g.size * SWIM.focusRingScale * 100) / 100}"`);
    expect(toSvgString(drawSwimmerItem(l, i, p)!)).not.toContain("oncoline-focus-ring");
  });

  it("drawSwimmerItem returns the same node for an unfocused row (renderers skip it by identity)", () => {
    expect(drawSwimmerItem(layout, 1, paint)).toBe(drawSwimmerItem(layout, 1, paint));
    expect(drawSwimmerItem(layout, 1, paint, { active: true })).not.toBe(
      drawSwimmerItem(layout, 1, paint),
    );
    expect(drawSwimmerItem(layout, layout.items.length, paint)).toBeNull();
  });
});

describe("drawError", () => {
  it("drawError(issues, theme, width) lists 30 issues, counts the rest and escapes labels", () => {
    const bad = parseTimeline({
      schemaVersion: "1.0",
      events: Array.from({ length: 40 }, (_, i) => ({ id: `<e${i}>`, kind: 3 })),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const svg = toSvgString(drawError(bad.issues, themes.screen, 600));
    expect(svg).toContain(`… and ${bad.issues.length - 30} more`);
    expect(svg).not.toContain("<e1>");
  });

  it("titles the figure for what could not be drawn: a timeline by default, a cohort's swimmer plot with figure: 'cohort'", () => {
    const issues = [{ path: "rows", message: "expected an array", severity: "error" as const }];
    const timeline = toSvgString(drawError(issues, themes.screen, 600));
    expect(timeline).toContain('<title id="oncoline-error-title">This timeline could not be drawn');
    const cohort = toSvgString(drawError(issues, themes.screen, 600, { figure: "cohort" }));
    expect(cohort).toContain(">This cohort&#x27;s swimmer plot could not be drawn: 1 problem");
    expect(cohort).not.toContain("timeline");
  });
});

describe("tooltipPosition", () => {
  it("tooltipPosition(bounds, scale) sits 8 px into the mark (never past it) and 4 px below, scaled", () => {
    expect(tooltipPosition({ x: 10, y: 20, width: 30, height: 6 })).toEqual({ left: 18, top: 30 });
    expect(tooltipPosition({ x: 10, y: 20, width: 2, height: 6 }, 2)).toEqual({
      left: 24,
      top: 60,
    });
  });
});

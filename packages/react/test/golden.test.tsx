// Golden figures: every patient seed in every theme, and the edge cases of the shared scenarios
// (stories/scenarios). `pnpm golden` rewrites them all, `pnpm look` renders them to PNG.
import { describe, expect, it } from "vitest";
import { denseScenario } from "../../../stories/scenarios/dense.js";
import {
  emptyScenario,
  invalidChronologyScenario,
  invalidShapeScenario,
} from "../../../stories/scenarios/edgeCases.js";
import { fuzzyDatesScenario } from "../../../stories/scenarios/fuzzyDates.js";
import { themes } from "../src/index.js";
import { renderToSVG, type RenderOptions } from "../src/server.js";
import { matchGolden } from "./matchGolden.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

describe("renderToSVG golden figures (every seed in every theme)", () => {
  for (const { name, json } of patientSeeds()) {
    for (const theme of Object.keys(themes) as Array<keyof typeof themes>) {
      it(`renderToSVG(${name}, {theme: "${theme}"}) matches its golden SVG in TZ=${process.env.TZ ?? "unset"}`, () => {
        matchGolden(`${name}-${theme}`, renderToSVG(json, { theme }));
      });
    }
  }
});

/** The font size a figure was drawn at (the root element's `font-size`). */
const fontSizeOf = (svg: string) => Number(/<svg\b[^>]*\bfont-size="([\d.]+)"/.exec(svg)?.[1]);

/** [golden name, input, options, what the figure must show besides matching its golden]. */
const EDGE_CASES: Array<[string, unknown, RenderOptions, (svg: string) => void]> = [
  [
    "edge-fuzzy-dates-screen",
    fuzzyDatesScenario.timeline,
    { theme: "screen" },
    (svg) => expect(svg).toContain("around October 2019"),
  ],
  [
    "edge-dense-screen",
    denseScenario.timeline,
    { theme: "screen" },
    (svg) => expect(svg).toContain("lorlatinib"),
  ],
  [
    "edge-empty-screen",
    emptyScenario.timeline,
    { theme: "screen" },
    (svg) => {
      expect(svg).toContain("Empty: a patient without events");
      // The plot says so instead of showing a bare axis.
      expect(svg).toMatch(/class="oncoline-empty"[^>]*>No events</);
    },
  ],
  [
    "edge-invalid-shape-screen",
    invalidShapeScenario.timeline,
    { theme: "screen" },
    (svg) => {
      if (invalidShapeScenario.expect.kind !== "issues") throw new Error("expected issues");
      for (const issue of invalidShapeScenario.expect.issues)
        expect(svg).toContain(issue.replace(/'/g, "&#x27;"));
    },
  ],
  [
    "edge-invalid-chronology-journal",
    invalidChronologyScenario.timeline,
    { theme: "journal" },
    (svg) => {
      if (invalidChronologyScenario.expect.kind !== "issues") throw new Error("expected issues");
      for (const issue of invalidChronologyScenario.expect.issues)
        expect(svg).toContain(issue.replace(/'/g, "&#x27;"));
    },
  ],
  [
    "edge-invalid-options-screen",
    emptyScenario.timeline,
    { theme: "screen", width: Number.NaN },
    (svg) => expect(svg).toContain("width: must be a number of px from 1 to 20,000, got NaN"),
  ],
  [
    // layoutToFit shrinks the type from the slide theme's 26 px until the dense case fits 1080 px.
    "edge-dense-fitted-slide",
    denseScenario.timeline,
    { theme: "slide" },
    (svg) => {
      expect(fontSizeOf(svg)).toBeLessThan(themes.slide.fontSize);
      expect(svg).toMatch(/<svg\b[^>]*\bheight="1080"/);
    },
  ],
];

describe("renderToSVG golden figures of the edge cases (shared scenarios)", () => {
  for (const [name, input, options, shows] of EDGE_CASES) {
    it(`renderToSVG(${name.replace(/^edge-/, "")}) draws what it must and matches its golden SVG`, () => {
      const svg = renderToSVG(input, options);
      shows(svg);
      matchGolden(name, svg);
    });
  }
});

// Every drug class the legend lists is drawn somewhere in the figure: a legend entry with nothing
// of its colour on the plot misleads, and a course's second class must not vanish when its dates
// are vague (an outline is drawn then, not a solid bar).
import { describe, expect, it } from "vitest";
import { renderToSVG } from "../src/server.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

/**
 * Fill colours of the legend's class swatches, and every fill or stroke drawn outside the legend (a
 * course on the order axis is an outlined square).
 */
function fills(svg: string): { legend: string[]; drawn: Set<string> } {
  const start = svg.indexOf('<g class="oncoline-legend"');
  expect(start).toBeGreaterThan(0);
  const legendPart = svg.slice(start);
  const legend = [
    ...legendPart.matchAll(/class="oncoline-legend-class"><rect[^>]* fill="(#[0-9A-Fa-f]{6})"/g),
  ].map((m) => m[1]!);
  const drawn = new Set(
    [...svg.slice(0, start).matchAll(/ (?:fill|stroke)="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]!),
  );
  return { legend, drawn };
}

const therapy = (id: string, agents: Array<[string, string]>, start: unknown) => ({
  kind: "therapy",
  id,
  agents: agents.map(([name, drugClass]) => ({ name, drugClass })),
  start,
});

describe("every class in the legend is drawn", () => {
  for (const { name, json } of patientSeeds())
    it(`${name}: each class swatch's colour is on the plot`, () => {
      const { legend, drawn } = fills(renderToSVG(json, { theme: "screen" }));
      expect(legend.filter((c) => !drawn.has(c))).toEqual([]);
    });

  it("a vague course of two classes shows both colours", () => {
    const doc = {
      schemaVersion: "1.1",
      id: "vague-combination",
      source: { citation: "test", kind: "synthetic", published: "2022-03-15" },
      patient: { label: "test" },
      diagnoses: [{ id: "dx", date: "2018-03", primarySite: "ovary" }],
      events: [
        therapy("chemo", [["carboplatin", "platinum"]], "2018-05"),
        therapy(
          "later",
          [
            ["paclitaxel", "taxane"],
            ["bevacizumab", "anti-VEGF"],
          ],
          { after: { event: "chemo" }, text: "then" },
        ),
      ],
    };
    const svg = renderToSVG(doc, { theme: "screen" });
    expect(svg).toContain("oncoline-vague");
    const { legend, drawn } = fills(svg);
    expect(legend).toHaveLength(3);
    expect(legend.filter((c) => !drawn.has(c))).toEqual([]);
  });
});

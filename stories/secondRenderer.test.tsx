// The layout contract: core's scene decides every element, position and colour. This test draws
// every figure scenario, in every theme, through a second renderer written here — a plain string
// mapper with no knowledge of Oncoline's drawing conventions — and checks that React's output has
// exactly the same elements, attributes and text. If React needed a constant of its own, or drew
// anything the scene does not hold, the two would differ.
import {
  drawTimeline,
  layoutFigure,
  parseTimeline,
  themes,
  type SvgNode,
  type ThemeName,
} from "@oncoline/core";
import { renderToSVG } from "@oncoline/react/server";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { allScenarios, largeScenario } from "./scenarios.js";

/** The second renderer: nodes to markup, nothing else (slots stay empty). */
function minimalSvg(node: SvgNode | string): string {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  if (typeof node === "string") return esc(node);
  const inner = (node.children ?? []).map(minimalSvg).join("");
  if (node.tag === "#slot") return "";
  if (node.tag === "#fragment") return inner;
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** Every element as `tag attr=value… | text`, in document order, from any well-formed SVG. */
function elements(svg: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (t) => {
    const attrs = Object.entries(t.attributes as Record<string, string>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`);
    out.push(`<${t.name} ${attrs.join(" ")}`);
  });
  parser.on("text", (text) => {
    if (text.trim()) out.push(`| ${text}`);
  });
  parser.write(svg).close();
  return out;
}

const themeNames = Object.keys(themes) as ThemeName[];
const figures = allScenarios.filter(
  (s) => s.expect.kind === "figure" && s.key !== largeScenario.key,
);

describe("a second renderer draws the same figure as React from the scene alone", () => {
  it("covers every figure scenario", () => {
    expect(figures.length).toBeGreaterThanOrEqual(10);
  });
  for (const scenario of figures) {
    it(`${scenario.key}: same elements, attributes and text in every theme`, () => {
      const parsed = parseTimeline(scenario.timeline);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      for (const name of themeNames) {
        const theme = themes[name];
        const { layout, paint, outer } = layoutFigure(parsed.value, theme);
        const ours = minimalSvg(
          drawTimeline(layout, paint, { standalone: true, ...(outer ? { outer } : {}) }),
        );
        const react = renderToSVG(scenario.timeline, { theme: name });
        const [a, b] = [elements(ours), elements(react)];
        const firstDiff = a.findIndex((line, i) => line !== b[i]);
        expect(
          { theme: name, at: firstDiff, ours: a[firstDiff], react: b[firstDiff] },
          `${scenario.key} in ${name}`,
        ).toEqual({ theme: name, at: -1, ours: undefined, react: undefined });
        expect(a.length).toBe(b.length);
      }
    });
  }
});

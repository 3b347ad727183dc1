import { drawTimeline, layoutFigure, parseTimeline, themes, toSvgString } from "@oncoline/core";
import { describe, expect, it } from "vitest";
import { sceneFromSvg, type PathPrimitive, type TextPrimitive } from "../src/index.js";
import { seed } from "./fixtures.js";

const svg = (body: string, root = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" font-size="10"${root}><title>T</title><desc>D</desc>${body}</svg>`;

describe("sceneFromSvg", () => {
  it("sceneFromSvg(svg) applies group transforms and keeps size, title and description", () => {
    const s = sceneFromSvg(
      svg(
        '<g transform="translate(10,20)"><rect x="5" y="5" width="30" height="8" fill="#abc"/></g>',
      ),
    );
    expect(s).toMatchObject({
      width: 200,
      height: 100,
      title: "T",
      description: "D",
      warnings: [],
    });
    expect(s.primitives).toEqual([
      {
        type: "rect",
        x: 15,
        y: 25,
        width: 30,
        height: 8,
        rx: 0,
        fill: { color: "#aabbcc", opacity: 1 },
        stroke: null,
        label: null,
      },
    ]);
  });

  it("sceneFromSvg(svg) turns a rotated glyph into an absolute path", () => {
    const s = sceneFromSvg(
      svg('<path d="M0,-5L5,0L0,5Z" transform="translate(50,50) rotate(90)" fill="#000"/>'),
    );
    const p = s.primitives[0] as PathPrimitive;
    expect(p.type).toBe("path");
    const pts = p.segments
      .filter((g) => g.op !== "Z")
      .map((g) => [Math.round((g as { x: number }).x), Math.round((g as { y: number }).y)]);
    expect(pts).toEqual([
      [55, 50],
      [50, 55],
      [45, 50],
    ]);
  });

  it("sceneFromSvg(svg) inherits fill and font, multiplies opacity, and reads tspans as lines", () => {
    const s = sceneFromSvg(
      svg(
        '<g fill="#112233" opacity="0.5" font-weight="bold"><text x="4" y="12"><tspan x="4">Lane</tspan><tspan x="4" dy="12">title</tspan></text></g>',
      ),
    );
    const [a, b] = s.primitives as TextPrimitive[];
    expect(a).toMatchObject({
      text: "Lane",
      x: 4,
      y: 12,
      bold: true,
      fontSize: 10,
      fill: { color: "#112233", opacity: 0.5 },
    });
    expect(b).toMatchObject({ text: "title", x: 4, y: 24 });
  });

  it("sceneFromSvg(svg) labels shapes with their mark's aria-label, except under aria-hidden", () => {
    const s = sceneFromSvg(
      svg(
        '<g aria-label="Alectinib 600 mg"><rect width="5" height="5"/></g><g aria-hidden="true" aria-label="x"><rect width="5" height="5"/></g>',
      ),
    );
    expect(s.primitives.map((p) => p.label)).toEqual(["Alectinib 600 mg", null]);
  });

  it("sceneFromSvg(svg) turns a haloed label's outline into its halo and keeps markers as arrows", () => {
    const s = sceneFromSvg(
      svg(
        '<text x="1" y="9" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">L1</text><line x1="0" x2="9" y1="0" y2="0" stroke="#f00" marker-end="url(#a)"/>',
      ),
    );
    expect(s.primitives[0]).toMatchObject({ type: "text", halo: { color: "#ffffff", width: 3 } });
    expect(s.primitives[1]).toMatchObject({ type: "line", arrowEnd: true, arrowStart: false });
  });

  it("sceneFromSvg(svg) fills with a gradient's mean colour and reports colours it cannot read", () => {
    const s = sceneFromSvg(
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs><rect width="9" height="9" fill="url(#g)"/><rect width="9" height="9" fill="hsl(0,0%,0%)"/>',
      ),
    );
    expect(s.primitives).toHaveLength(1);
    expect(s.primitives[0]).toMatchObject({ fill: { color: "#808080", opacity: 0.5 } });
    expect(s.warnings).toEqual(["colour 'hsl(0,0%,0%)' is not a hex colour; not drawn"]);
  });

  it("sceneFromSvg(text) throws an error naming the problem when the text is not SVG", () => {
    expect(() => sceneFromSvg("<svg><g></svg>")).toThrow(/not well-formed SVG/);
    expect(() => sceneFromSvg("<html/>")).toThrow(/root element is 'html'/);
  });
});

describe("sceneFromSvg(core scene)", () => {
  it("sceneFromSvg(drawTimeline(…)) gives the same primitives as the serialized SVG", () => {
    const parsed = parseTimeline(seed("002-egfr-acquired-eml4-alk"));
    if (!parsed.ok) throw new Error("seed 002 does not parse");
    const { layout, paint, outer } = layoutFigure(parsed.value, themes.slide);
    const node = drawTimeline(layout, paint, { standalone: true, ...(outer ? { outer } : {}) });
    const fromNodes = sceneFromSvg(node);
    expect(fromNodes.primitives.length).toBeGreaterThan(100);
    expect(fromNodes).toEqual(sceneFromSvg(toSvgString(node)));
  });
});

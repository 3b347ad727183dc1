// glyphPath draws each glyph from a generated unit path (no d3-shape at run time): the same path
// d3-shape's symbol draws, number for number, at every size a figure uses.
import { describe, expect, it } from "vitest";
import { symbol } from "d3-shape";
import { glyphPath } from "../src/scene/glyphPath.js";
import { GLYPHS } from "../src/layout/types.js";
import { UNIT_PATHS } from "../src/scene/glyphPaths.data.js";
import { SYMBOL_TYPES } from "./glyphSymbols.js";

const TYPE_OF: Record<string, string> = {
  CR: "circle",
  PR: "triangle",
  SD: "square",
  PD: "triangle",
  NE: "times",
  call: "star",
  scan: "circle",
  procedure: "wye",
  test: "diamond",
  resistance: "star",
  adverse: "triangle2",
  clinical: "diamond2",
  diagnosis: "asterisk",
  death: "cross",
  "follow-up": "triangle",
  course: "square2",
  cluster: "circle",
};

describe("glyphPath", () => {
  it("has a unit path for every d3 symbol type it uses, as the generator writes it", () => {
    for (const [name, path] of Object.entries(UNIT_PATHS))
      expect(path).toBe(symbol(SYMBOL_TYPES[name]!, Math.PI / 4).digits(null)());
  });

  it("draws every glyph exactly as d3-shape does, at sizes from 3 to 60 px in steps of 0.05", () => {
    const differ: string[] = [];
    for (const glyph of GLYPHS) {
      const type = SYMBOL_TYPES[TYPE_OF[glyph]!]!;
      for (let i = 60; i <= 1200; i++) {
        const size = i / 20;
        const d3 = symbol(type, (Math.PI * size * size) / 4).digits(2)();
        if (glyphPath(glyph, size).d !== d3) differ.push(`${glyph} at ${size}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { flattenFades } from "../src/svg/flattenFades.js";
import { parseSvgTree } from "../src/svg/parseSvgTree.js";
import { serializeSvgTree } from "../src/svg/serializeSvgTree.js";

const svg = (stops: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg"><defs><g><linearGradient id="f">${stops}</linearGradient></g></defs><rect fill="url(#f)" width="10" height="10"/></svg>`;
const flat = (stops: string, background = "#ffffff") =>
  serializeSvgTree(flattenFades(parseSvgTree(svg(stops)), background));

describe("flattenFades(tree, background)", () => {
  it("composites a transparent stop over the background: a fade to white ends in white", () => {
    const out = flat(
      '<stop offset="0" stop-color="#D55E00" stop-opacity="1"/><stop offset="1" stop-color="#D55E00" stop-opacity="0"/>',
    );
    expect(out).toContain('<stop offset="0" stop-color="#D55E00" stop-opacity="1">');
    expect(out).toContain('<stop offset="1" stop-color="#ffffff" stop-opacity="1">');
  });

  it("mixes a half-transparent stop halfway to the background, on a dark theme too", () => {
    expect(flat('<stop offset="0" stop-color="#ffffff" stop-opacity="0.5"/>', "#000000")).toContain(
      'stop-color="#808080" stop-opacity="1"',
    );
    expect(flat('<stop offset="0" stop-color="#f00" stop-opacity="0.25"/>', "#222")).toContain(
      'stop-color="#591a1a" stop-opacity="1"',
    );
  });

  it("leaves opaque stops, non-hex colours and everything else as they were, and the input unchanged", () => {
    const tree = parseSvgTree(
      svg(
        '<stop offset="0" stop-color="currentColor" stop-opacity="0"/><stop offset="1" stop-color="#123456"/>',
      ),
    );
    const before = serializeSvgTree(tree);
    const out = serializeSvgTree(flattenFades(tree, "#ffffff"));
    expect(out).toBe(before);
    expect(serializeSvgTree(tree)).toBe(before);
  });
});

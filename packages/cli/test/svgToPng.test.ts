import { describe, expect, it } from "vitest";
import { svgToPng } from "../src/index.js";

/** A 200×100 figure with one line of text, so a missing font would leave the image blank there. */
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">' +
  '<rect width="200" height="100" fill="#ffffff"/>' +
  '<text x="10" y="60" font-family="DejaVu Sans" font-size="30" fill="#000000">Osimertinib</text></svg>';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (data: Uint8Array) => {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe("svgToPng(svg, options)", () => {
  it("keeps the SVG's size by default, and scales by `scale` or to `width` with the aspect ratio", async () => {
    const one = await svgToPng(SVG);
    expect([one.width, one.height]).toEqual([200, 100]);
    expect(pngSize(one.data)).toEqual([200, 100]);
    const twice = await svgToPng(SVG, { scale: 2 });
    expect(pngSize(twice.data)).toEqual([400, 200]);
    const wide = await svgToPng(SVG, { width: 1000 });
    expect([wide.width, wide.height]).toEqual([1000, 500]);
  });

  it("draws text with the shipped DejaVu fonts: the same bytes on every call, and not the text-less image", async () => {
    const a = await svgToPng(SVG);
    const b = await svgToPng(SVG);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    const blank = await svgToPng(SVG.replace("Osimertinib", ""));
    expect(Buffer.from(a.data).equals(Buffer.from(blank.data))).toBe(false);
  });

  it("refuses width and scale together", async () => {
    await expect(svgToPng(SVG, { width: 10, scale: 2 })).rejects.toThrow(
      "svgToPng: give width or scale, not both",
    );
  });
});

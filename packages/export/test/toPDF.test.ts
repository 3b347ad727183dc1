import { journalTheme } from "@oncoline/react";
import { renderSwimmerPages, renderToSVG } from "@oncoline/react/server";
import { describe, expect, it } from "vitest";
import { printSize, sceneFromSvg, toPDF, type TextPrimitive } from "../src/index.js";
import { parseSvgTree } from "../src/svg/parseSvgTree.js";
import { serializeSvgTree } from "../src/svg/serializeSvgTree.js";
import { splitHalos } from "../src/pdf/splitHalos.js";
import { seed } from "./fixtures.js";
import { readPdf } from "./pdfText.js";

const size = printSize(85, journalTheme);
const theme = { ...journalTheme, fontSize: size.fontSize };
const timeline = renderToSVG(seed("003-gastric-dctn1-alk"), { theme, width: size.widthPx });
const swimmer = renderSwimmerPages(seed("002-table1-alk-resistance-cohort"), { theme: "slide" });
const labels = (svg: string) =>
  sceneFromSvg(svg)
    .primitives.filter((p): p is TextPrimitive => p.type === "text")
    .map((t) => t.text);
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("toPDF", () => {
  it("toPDF(svg, { widthMm: 85 }) writes one page 85 mm wide with every label as text in embedded DejaVu Sans", async () => {
    const [page, ...rest] = await readPdf(await toPDF(timeline, { widthMm: 85 }));
    expect(rest).toEqual([]);
    expect(page!.width).toBeCloseTo((85 / 25.4) * 72, 3);
    const text = flat(page!.text);
    const missing = labels(timeline).filter((l) => !text.includes(l));
    expect(missing).toEqual([]);
    expect(labels(timeline).length).toBeGreaterThan(60);
    // Bold lane titles, and the italic note under the figure (no ticks past the last stated date).
    expect(page!.fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
      "DejaVuSans",
      "DejaVuSans-Bold",
      "DejaVuSans-Oblique",
    ]);
    expect(page!.fonts.every((f) => f.embedded)).toBe(true);
  });

  it("toPDF(pages) writes a cohort's swimmer pages as pages of the figure's size (0.75 pt per px)", async () => {
    const pages = await readPdf(await toPDF(swimmer));
    expect(pages.map((p) => [p.width, p.height])).toEqual(swimmer.map(() => [1440, 810]));
    pages.forEach((p, i) =>
      expect(labels(swimmer[i]!).filter((l) => !flat(p.text).includes(l))).toEqual([]),
    );
  });

  it("toPDF(svg) gives the same bytes for the same figure", async () => {
    expect(Buffer.from(await toPDF(timeline)).equals(Buffer.from(await toPDF(timeline)))).toBe(
      true,
    );
  });

  it("splitHalos(tree) draws a haloed label's outline first, then its letters without outline", () => {
    const tree = parseSvgTree(
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="2" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">L1 &amp; L2</text></svg>',
    );
    expect(serializeSvgTree(splitHalos(tree))).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="2" fill="none" stroke="#fff" stroke-width="3">L1 &amp; L2</text><text x="1" y="2" fill="#000" stroke="none" stroke-width="3">L1 &amp; L2</text></svg>',
    );
  });
});

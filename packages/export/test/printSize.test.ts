import { journalTheme, screenTheme, type Theme } from "@oncoline/react";
import { renderSwimmerToSVG, renderToSVG } from "@oncoline/react/server";
import { describe, expect, it } from "vitest";
import {
  JOURNAL_WIDTHS_MM,
  pngScale,
  printSize,
  sceneFromSvg,
  type TextPrimitive,
} from "../src/index.js";
import { seed } from "./fixtures.js";

/** The smallest text of a rendered figure, in points, when the figure is printed `mm` wide. */
function smallestPt(svg: string, mm: number): number {
  const scene = sceneFromSvg(svg);
  const sizes = scene.primitives
    .filter((p): p is TextPrimitive => p.type === "text")
    .map((t) => t.fontSize);
  expect(sizes.length).toBeGreaterThan(10);
  return (Math.min(...sizes) * (mm / 25.4) * 72) / scene.width;
}

describe("printSize", () => {
  it("printSize(mm, theme) gives the layout width at 96 px per inch", () => {
    expect([85, 120, 180].map((mm) => printSize(mm, journalTheme).widthPx)).toEqual([
      321, 454, 680,
    ]);
  });

  for (const [column, mm] of Object.entries(JOURNAL_WIDTHS_MM))
    for (const theme of [journalTheme, screenTheme] as Theme[])
      it(`printSize(${mm}, ${theme.name}) keeps every text of a timeline and a swimmer plot at 6 pt or more (${column} column)`, () => {
        const size = printSize(mm, theme);
        expect(size.smallestPt).toBeGreaterThanOrEqual(6);
        const printTheme = { ...theme, fontSize: size.fontSize };
        const timeline = renderToSVG(seed("003-gastric-dctn1-alk"), {
          theme: printTheme,
          width: size.widthPx,
        });
        const swimmer = renderSwimmerToSVG(seed("002-table1-alk-resistance-cohort"), {
          theme: printTheme,
          width: size.widthPx,
        });
        expect(smallestPt(timeline, mm)).toBeGreaterThanOrEqual(6);
        expect(smallestPt(swimmer, mm)).toBeGreaterThanOrEqual(6);
      });

  it("printSize(mm, theme) raises a theme's font size that would print under 6 pt", () => {
    const size = printSize(85, { fontSize: 6 });
    expect(size.fontSize).toBe(8.9); // 6 pt ÷ 0.75 pt per px ÷ 0.9 em, rounded up
    expect(size.smallestPt).toBeGreaterThanOrEqual(6);
  });

  it("printSize(mm) refuses a width outside 50–1,000 mm with the range", () => {
    expect(() => printSize(10, journalTheme)).toThrow(
      "printSize: width must be 50 to 1000 mm, got 10",
    );
    expect(() => printSize(Number.NaN, journalTheme)).toThrow(RangeError);
  });

  it("pngScale(px, mm, dpi) makes the PNG mm / 25.4 × dpi pixels wide", () => {
    expect(pngScale(321, 85, 600)).toEqual({ width: 2008, scale: 2008 / 321 });
    expect(pngScale(680, 180, 300).width).toBe(2126);
  });
});

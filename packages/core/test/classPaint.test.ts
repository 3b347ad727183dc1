import { describe, expect, it } from "vitest";
import { MIN_CVD_DELTA_E, classFills, cvdDifference } from "../src/theme/classPaint.js";
import { darkTheme, screenTheme } from "../src/theme/themes.js";
import type { Theme } from "../src/theme/theme.js";

const theme = (colors: Record<string, string>, classPalette: string[]): Theme => ({
  ...screenTheme,
  colors,
  classPalette,
});

describe("classFills", () => {
  it("cvdDifference is the smallest CIEDE2000 difference over normal and simulated dichromat vision", () => {
    // Vermillion and bluish green: 54 apart in normal vision, 30 for a deuteranope (culori's own figures).
    expect(cvdDifference("#D55E00", "#009E73")).toBeLessThan(31);
    expect(cvdDifference("#D55E00", "#009E73")).toBeGreaterThan(20);
    expect(cvdDifference("#0072B2", "#0072B2")).toBe(0);
  });

  it("classFills keeps every class's theme colour when no two of them look alike", () => {
    const fills = classFills(screenTheme, ["class:ALK TKI", "class:EGFR TKI", "rt:SRT", "rt:WBRT"]);
    expect([...fills.values()]).toEqual([
      { color: screenTheme.colors["class:ALK TKI"], pattern: null },
      { color: screenTheme.colors["class:EGFR TKI"], pattern: null },
      { color: screenTheme.colors["rt:SRT"], pattern: null },
      { color: screenTheme.colors["rt:WBRT"], pattern: null },
    ]);
  });

  it("classFills moves the later of two lookalike classes to a palette colour far enough from every other", () => {
    const t = theme({ "class:a": "#B07800", "class:b": "#A6761D" }, ["#B07800", "#0072B2"]);
    expect(cvdDifference("#B07800", "#A6761D")).toBeLessThan(MIN_CVD_DELTA_E);
    const fills = classFills(t, ["class:a", "class:b"]);
    expect(fills.get("class:a")).toEqual({ color: "#B07800", pattern: null });
    expect(fills.get("class:b")).toEqual({ color: "#0072B2", pattern: null });
  });

  it("classFills gives lookalikes distinct patterns when no palette colour is free", () => {
    const t = theme({ "class:a": "#E69F00", "class:b": "#E69F00", "class:c": "#E69F00" }, [
      "#E69F00",
    ]);
    const fills = classFills(t, ["class:a", "class:b", "class:c"]);
    expect([...fills.values()].map((f) => f.pattern)).toEqual([null, 0, 1]);
  });

  it("classFills lets a class the theme names keep its colour before one coloured by hash", () => {
    const t = theme({ "class:named": "#0072B2" }, ["#0072B2"]);
    const fills = classFills(t, ["class:aaa unnamed", "class:named"]);
    expect(fills.get("class:named")).toEqual({ color: "#0072B2", pattern: null });
    expect(fills.get("class:aaa unnamed")?.pattern).toBe(0);
  });

  for (const t of [screenTheme, darkTheme])
    it(`the ${t.name} theme's class palette is pairwise ≥ ${MIN_CVD_DELTA_E} apart for colour-blind readers`, () => {
      const palette = t.classPalette ?? [];
      expect(palette.length).toBeGreaterThanOrEqual(13);
      const close = palette.flatMap((a, i) =>
        palette
          .slice(i + 1)
          .filter((b) => cvdDifference(a, b) < MIN_CVD_DELTA_E)
          .map((b) => `${a}/${b}`),
      );
      expect(close).toEqual([]);
    });
});

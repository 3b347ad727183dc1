import { describe, expect, it } from "vitest";
import { parseHex, converter, useMode as registerMode, modeLab65 } from "culori/fn";
import {
  MIN_CVD_DELTA_E,
  builtinClash,
  classFills,
  lightness,
  needsColorScience,
  themeColors,
} from "../src/theme/classPaint.js";
import { cvdClash, cvdDifference } from "../src/theme/cvd.js";
import { darkTheme, screenTheme, themes } from "../src/theme/themes.js";
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
    expect(needsColorScience(t)).toBe(true);
    const fills = classFills(t, ["class:a", "class:b"], cvdClash);
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

describe("colour science without culori on the page", () => {
  const builtin = [
    ...new Set(Object.values(themes).flatMap((t) => themeColors(t).map((c) => c.toLowerCase()))),
  ];

  it("the built-in table agrees with culori's CIEDE2000 under simulated dichromacy for every pair of built-in colours", () => {
    const disagree: string[] = [];
    for (const a of builtin)
      for (const b of builtin)
        if (builtinClash(a, b) !== cvdClash(a, b)) disagree.push(`${a}/${b}`);
    expect(builtin.length).toBeGreaterThan(30);
    expect(disagree).toEqual([]);
    // Case does not matter, as for culori's parseHex.
    expect(builtinClash("#0072B2", "#0072b2")).toBe(true);
  });

  it("no built-in theme needs culori; a theme with a colour of its own does", () => {
    for (const t of Object.values(themes)) expect(needsColorScience(t), t.name).toBe(false);
    expect(
      needsColorScience({ ...screenTheme, palette: [...screenTheme.palette, "#123456"] }),
    ).toBe(true);
    // Without culori a colour the table does not know clashes only with itself.
    expect(builtinClash("#123456", "#123457")).toBe(false);
    expect(builtinClash("#123456", "#123456")).toBe(true);
  });

  it("classFills gives the same fills with the table as with culori for every built-in theme and all its classes", () => {
    for (const t of Object.values(themes).filter((t) => !t.patterns)) {
      const keys = Object.keys(t.colors).filter(
        (k) => k.startsWith("class:") || k.startsWith("rt:"),
      );
      expect(classFills(t, keys)).toEqual(classFills(t, keys, cvdClash));
    }
  });

  it("lightness is CIELAB L* as culori computes it, for built-in and random colours", () => {
    registerMode(modeLab65);
    const lab = converter("lab65");
    let seed = 7;
    const random = Array.from({ length: 500 }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return `#${(seed >>> 8).toString(16).padStart(6, "0")}`;
    });
    for (const c of [...builtin, ...random, "#fff", "#000", "#c931", "#f0f1f2ff", "abc"])
      expect(lightness(c), c).toBeCloseTo(lab(parseHex(c)!)!.l, 9);
    expect(lightness("rebeccapurple")).toBe(0);
  });
});

import { layoutTimeline, parseTimeline } from "@oncoline/core";
import { converter } from "culori";
import { describe, expect, it } from "vitest";
import { makePaint } from "../src/marks/paint.js";
import { journalTheme } from "../src/theme/themes.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

const lab = converter("lab65");
const lightness = (hex: string) => lab(hex)!.l;

describe("the journal theme survives grayscale print", () => {
  for (const { name, json } of patientSeeds()) {
    it(`every pair of drug-class or technique swatches of ${name} differs by pattern or by ≥ 15 L*`, () => {
      const parsed = parseTimeline(json);
      if (!parsed.ok) throw new Error(`${name} is invalid`);
      const layout = layoutTimeline(parsed.value, { width: journalTheme.width, fontSize: 10 });
      const paint = makePaint(layout, journalTheme, "t");
      const swatches = layout.legend
        .filter((e) => e.type === "class")
        .map((e) => ({
          key: e.key,
          l: lightness(paint.color(e.colorKey!)),
          pattern: (paint.pattern(e.colorKey!) ?? "").replace("-light", ""),
        }));
      const clashes: string[] = [];
      swatches.forEach((a, i) =>
        swatches.slice(i + 1).forEach((b) => {
          if (a.pattern === b.pattern && Math.abs(a.l - b.l) < 15)
            clashes.push(
              `${a.key} / ${b.key}: same pattern, ΔL* ${Math.abs(a.l - b.l).toFixed(1)}`,
            );
        }),
      );
      expect(clashes).toEqual([]);
    });
  }
});

import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from "culori";
import { MIN_CVD_DELTA_E, screenTheme } from "@oncoline/core";
import { describe, expect, it } from "vitest";
import { renderToSVG } from "../src/server.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

// What a reader sees: normal vision and full (severity 1) dichromacy, simulated by culori itself,
// independently of the palette code under test.
const VISIONS: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};
const color = (css: string): Color => {
  const c = parse(css);
  if (!c) throw new Error(`not a colour: ${css}`);
  return c;
};
const deltaE = differenceCiede2000();

/** A classes' swatch as drawn in the legend: its fill colour and the pattern over it, if any. */
interface Swatch {
  label: string;
  color: string;
  pattern: string | null;
}

/** The drug-class and technique swatches of a rendered figure's legend, read from the SVG. */
function legendSwatches(svg: string): Swatch[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return [...doc.querySelectorAll(".oncoline-legend .oncoline-legend-class")].map((item) => {
    const [body, over] = [...item.querySelectorAll("rect")];
    const pattern = over?.getAttribute("fill")?.match(/pattern-(\d+)/)?.[1] ?? null;
    return {
      label: item.querySelector("text")?.textContent ?? "",
      color: body!.getAttribute("fill")!,
      pattern,
    };
  });
}

/** Pairs of swatches that share a pattern and come closer than the threshold in some vision. */
function clashes(swatches: readonly Swatch[]): string[] {
  const out: string[] = [];
  swatches.forEach((a, i) =>
    swatches.slice(i + 1).forEach((b) => {
      if (a.pattern !== b.pattern) return;
      for (const [vision, simulate] of Object.entries(VISIONS)) {
        const d = deltaE(simulate(color(a.color)), simulate(color(b.color)));
        if (d < MIN_CVD_DELTA_E)
          out.push(`${a.label} ${a.color} / ${b.label} ${b.color}: ΔE ${d.toFixed(1)} (${vision})`);
      }
    }),
  );
  return out;
}

/** A synthetic timeline with one course of every class the themes name, the seeds' classes, and every technique. */
function everyClass(): unknown {
  const fromSeeds = patientSeeds().flatMap(({ json }) =>
    (json.events as Array<{ agents?: Array<{ drugClass?: string }> }>).flatMap((e) =>
      (e.agents ?? []).flatMap((a) => (a.drugClass ? [a.drugClass] : [])),
    ),
  );
  const named = Object.keys(screenTheme.colors).flatMap((k) =>
    k.startsWith("class:") ? [k.slice("class:".length)] : [],
  );
  const techniques = ["WBRT", "SRT", "radionuclide", "brachytherapy", "IMRT", "unknown"];
  // The legend lists up to 24 classes and techniques (more take hash colours and are named in the
  // event table, as the README says): every one here must have its swatch.
  const classes = [...new Set([...named, ...fromSeeds])].slice(0, 24 - techniques.length);
  const month = (i: number) =>
    `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`;
  return {
    schemaVersion: "1.1",
    id: "every-class",
    source: { citation: "Synthetic: every drug class and technique", kind: "synthetic" },
    patient: { label: "Synthetic patient" },
    events: [
      ...classes.map((drugClass, i) => ({
        id: `t${i}`,
        kind: "therapy",
        agents: [{ name: `agent ${i}`, drugClass }],
        start: month(i),
        end: month(i + 2),
      })),
      ...techniques.map((technique, i) => ({
        id: `rt${i}`,
        kind: "radiotherapy",
        site: "brain",
        technique,
        start: month(i * 2),
        end: month(i * 2 + 1),
      })),
    ],
  };
}

const figures = [
  ...patientSeeds().map(({ name, json }) => ({ name, json: json as unknown })),
  { name: "a synthetic timeline with every class", json: everyClass() },
];

describe("screen themes keep drug classes apart for colour-blind readers", () => {
  for (const theme of ["screen", "dark", "slide"] as const)
    for (const { name, json } of figures)
      it(`every pair of class swatches in the ${theme} legend of ${name} differs by ΔE2000 ≥ ${MIN_CVD_DELTA_E} in normal, deuteranopic, protanopic and tritanopic vision, or by pattern`, () => {
        const svg = renderToSVG(json, { theme });
        const swatches = legendSwatches(svg);
        if (name.includes("every class")) expect(swatches.length).toBeGreaterThan(20);
        expect(clashes(swatches)).toEqual([]);
      });

  it("the legend's swatches are what the bars are painted with (colour and pattern)", () => {
    const svg = renderToSVG(everyClass(), { theme: "screen" });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const swatches = legendSwatches(svg);
    const legendColors = new Set(swatches.map((s) => s.color));
    const bodies = [...doc.querySelectorAll("rect.oncoline-bar-body")];
    expect(bodies.length).toBeGreaterThan(20);
    for (const b of bodies) expect(legendColors).toContain(b.getAttribute("fill"));
    // Patterned classes: the bar carries the same pattern tile as its legend swatch.
    const legendPatterns = new Set(
      [...doc.querySelectorAll(".oncoline-legend-class rect")].flatMap((r) =>
        r.getAttribute("fill")?.startsWith("url(") ? [r.getAttribute("fill")] : [],
      ),
    );
    expect(legendPatterns.size).toBeGreaterThan(0);
    const barPatterns = [...doc.querySelectorAll("rect")]
      .filter(
        (r) => !r.closest(".oncoline-legend") && /pattern-/.test(r.getAttribute("fill") ?? ""),
      )
      .map((r) => r.getAttribute("fill"));
    expect(new Set(barPatterns)).toEqual(legendPatterns);
  });
});

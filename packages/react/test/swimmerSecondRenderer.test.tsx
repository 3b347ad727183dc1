import {
  drawError,
  drawSwimmer,
  layoutSwimmer,
  makeSwimmerPaint,
  parseCohort,
  THEME_NAMES,
  themes,
  type SvgNode,
  type SwimmerLayout,
  type SwimmerOptions,
  type SwimSegment,
} from "@oncoline/core";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { screenTheme, SwimmerSvg, swimmerPaint } from "../src/index.js";
import { ErrorSvg } from "../src/ErrorSvg.js";
import { table1Json } from "./cohorts.js";
import {
  allCensoredScenario,
  fiveSeedsScenario,
  noAnchorScenario,
  onePatientScenario,
  syntheticScenario,
  table1Scenario,
  uncertainStartsScenario,
  waterfallScenario,
} from "../../../stories/scenarios/cohorts.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";
import { parseTimeline, type Timeline } from "@oncoline/core";

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * A second, minimal renderer of the swimmer layout: plain strings, no React, no constants of its
 * own. If it needed a number the layout does not carry, the layout would be missing a field.
 */
function tinySvg(l: SwimmerLayout): string[] {
  const out: string[] = [];
  const rect = (x: number, y: number, w: number, h: number) =>
    out.push(`rect ${r(x)} ${r(y)} ${r(w)} ${r(h)}`);
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    out.push(`line ${r(x1)} ${r(y1)} ${r(x2)} ${r(y2)}`);
  const text = (x: number, y: number, t: string) => out.push(`text ${r(x)} ${r(y)} ${t}`);
  const glyph = (x: number, y: number) => out.push(`glyph ${r(x)} ${r(y)}`);
  const segment = (s: SwimSegment) => {
    if (s.solid) rect(s.solid.x0, s.y, s.solid.x1 - s.solid.x0, s.height);
    else rect(s.x, s.y, s.x2 - s.x, s.height);
    if (s.startRange) rect(s.startRange.x0, s.y, s.startRange.x1 - s.startRange.x0, s.height);
    if (s.endRange) rect(s.endRange.x0, s.y, s.endRange.x1 - s.endRange.x0, s.height);
  };
  if (l.title) text(l.title.x, l.title.y, l.title.text);
  for (const n of l.notes) text(n.x, n.y, n.text);
  for (const it of l.items) {
    if (it.type === "group") {
      text(it.text.x, it.text.y, it.text.text);
      continue;
    }
    rect(0, it.y, l.width, it.height);
    text(it.label.x, it.label.y, it.label.text);
    if (it.followUp) line(it.followUp.x, it.followUp.y, it.followUp.x2, it.followUp.y);
    it.segments.forEach(segment);
    for (const b of it.bands) rect(b.x, b.y, b.x2 - b.x, b.height);
    if (it.anchorRange)
      line(it.anchorRange.x0, it.anchorRange.y, it.anchorRange.x1, it.anchorRange.y);
    const d = it.durableMark;
    if (d)
      out.push(
        `polyline ${[
          [d.x, d.tickY],
          [d.x, d.y],
          [d.x2, d.y],
          [d.x2, d.tickY],
        ]
          .map(([x, y]) => `${r(x!)},${r(y!)}`)
          .join(" ")}`,
      );
    if (it.end?.glyph) glyph(it.end.x, it.end.y);
    else if (it.end)
      out.push(
        `${it.end.closed ? "polygon" : "polyline"} ${it.end.points.map(([x, y]) => `${r(x)},${r(y)}`).join(" ")}`,
      );
    for (const g of it.glyphs) {
      if (g.range) line(g.range.x0, g.y, g.range.x1, g.y);
      glyph(g.x, g.y);
    }
    if (it.message) text(it.message.x, it.message.y, it.message.text);
    const wb = it.waterfall;
    if (wb?.text) text(wb.text.x, wb.text.y, wb.text.text);
    else if (wb) rect(wb.x, wb.y, wb.x2 - wb.x, wb.height);
    if (it.after) {
      if (it.after.glyph) glyph(it.after.glyph.x, it.after.glyph.y);
      text(it.after.x, it.after.y, it.after.text);
    }
  }
  for (const m of l.landmarks) {
    for (const [y1, y2] of m.pieces) line(m.x, y1, m.x, y2);
    text(m.x, m.labelY, m.label);
  }
  for (const [y1, y2] of l.zero?.pieces ?? []) line(l.zero!.x, y1, l.zero!.x, y2);
  const w = l.waterfall;
  if (w) {
    line(w.zeroX, w.y1, w.zeroX, w.y2);
    for (const ref of w.refs) {
      line(ref.x, w.y1, ref.x, w.y2);
      if (ref.label) text(ref.x, ref.labelY, ref.label);
    }
    line(w.x0, w.axisY, w.x1, w.axisY);
    for (const t of w.ticks) {
      line(t.x, w.axisY, t.x, w.axisY + w.tickSize);
      text(t.x, w.tickLabelY, t.label);
    }
    text(w.title.x, w.title.y, w.title.text);
  }
  if (l.afterHeader) text(l.afterHeader.x, l.afterHeader.y, l.afterHeader.text);
  const a = l.axis;
  line(a.range[0], a.y, a.range[1], a.y);
  for (const t of a.ticks) {
    line(t.x, a.y, t.x, a.y + a.tickSize);
    text(t.x, a.tickLabelY, t.label);
  }
  text((a.range[0] + a.range[1]) / 2, a.titleY, a.title);
  for (const e of l.legend) {
    const { x, y, width: w, height: h } = e.swatch;
    if (e.type === "class" || e.type === "response" || e.type === "waterfall") rect(x, y, w, h);
    if (e.glyph) glyph(x + w / 2, y + h / 2);
    text(e.textX, e.textY, e.label);
  }
  return out.sort();
}

/** The same signatures read back from the React SVG (legend swatches and defs left out). */
function fromReact(svg: string): string[] {
  const body = svg
    .replace(/<defs>[\s\S]*?<\/defs>/, "")
    .replace(/<clipPath[\s\S]*?<\/clipPath>/, "");
  const legendAt = body.indexOf('class="oncoline-swimmer-legend"');
  const main = body.slice(0, legendAt);
  const legend = body.slice(legendAt);
  const attrs = (tag: string) =>
    Object.fromEntries([...tag.matchAll(/([a-zA-Z0-9-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const out: string[] = [];
  for (const m of main.matchAll(/<(rect|line|polygon|polyline|path|text)\b([^>]*)>([^<]*)/g)) {
    const [, tag, rest, content] = m;
    const a = attrs(rest!);
    if (tag === "rect" && a["width"] === "960" && a["height"] && !a["y"]) continue; // background
    if (tag === "rect" && a["fill"]?.startsWith("url(#") && a["fill"].includes("pattern")) continue;
    if (tag === "rect") out.push(`rect ${a["x"]} ${a["y"]} ${a["width"]} ${a["height"]}`);
    if (tag === "line") out.push(`line ${a["x1"]} ${a["y1"]} ${a["x2"]} ${a["y2"]}`);
    if (tag === "polygon" || tag === "polyline") out.push(`${tag} ${a["points"]}`);
    if (tag === "path") {
      const t = /translate\(([-\d.]+),([-\d.]+)\)/.exec(a["transform"] ?? "");
      if (t) out.push(`glyph ${t[1]} ${t[2]}`);
    }
    if (tag === "text")
      out.push(
        `text ${a["x"]} ${a["y"]} ${content!
          .replace(/&#x27;/g, "'")
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")}`,
      );
  }
  for (const m of legend.matchAll(/<(rect|path|text)\b([^>]*)>([^<]*)/g)) {
    const a = attrs(m[2]!);
    if (m[1] === "text") out.push(`text ${a["x"]} ${a["y"]} ${m[3]!.replace(/&#x27;/g, "'")}`);
    if (m[1] === "rect" && !a["stroke"])
      out.push(`rect ${a["x"]} ${a["y"]} ${a["width"]} ${a["height"]}`);
    const t = /translate\(([-\d.]+),([-\d.]+)\)/.exec(a["transform"] ?? "");
    if (m[1] === "path" && t) out.push(`glyph ${t[1]} ${t[2]}`);
  }
  return out.sort();
}

const parsedCohort = (json: unknown) => {
  const p = parseCohort(json);
  if (!p.ok) throw new Error("cohort invalid");
  return p.value;
};

const seeds = (): Timeline[] =>
  patientSeeds().map(({ json }) => {
    const p = parseTimeline(json);
    if (!p.ok) throw new Error("seed invalid");
    return p.value;
  });

describe("the swimmer layout is the whole contract", () => {
  const table = parseCohort(table1Json());
  if (!table.ok) throw new Error("Table 1 invalid");
  const cases: Array<[string, SwimmerLayout]> = [
    ["Table 1", layoutSwimmer(table.value, { title: "Table 1" })],
    ["Table 1 grouped by sex", layoutSwimmer(table.value, { group: "sex" })],
    [
      "five seeds on first ALK TKI",
      layoutSwimmer(seeds(), { align: { kind: "class", drugClass: "ALK TKI" } }),
    ],
    [
      "30 patients with a waterfall",
      layoutSwimmer(parsedCohort(waterfallScenario.cohort), {
        align: { kind: "class", drugClass: "ALK TKI" },
        waterfall: true,
        sort: "bestChange",
      }),
    ],
  ];
  for (const [name, layout] of cases)
    it(`a 60-line string renderer draws ${name} with the same geometry as SwimmerSvg`, () => {
      const svg = renderToStaticMarkup(
        <SwimmerSvg layout={layout} paint={swimmerPaint(layout, screenTheme, "t")} />,
      );
      expect(fromReact(svg)).toEqual(tinySvg(layout));
    });
});

// ---- The scene is the whole figure: a string renderer of core's nodes equals React's markup ----

/** The second renderer: scene nodes to markup (React's escaping, explicit close tags), nothing else. */
function minimalSvg(node: SvgNode | string): string {
  const esc = (s: string) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#x27;");
  if (typeof node === "string") return esc(node);
  const inner = (node.children ?? []).map(minimalSvg).join("");
  if (node.tag === "#fragment") return inner;
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

const alk = { align: { kind: "class" as const, drugClass: "ALK TKI" } };
const swimmerScenarios: Array<[string, unknown, SwimmerOptions]> = [
  ["seed 002 Table 1", table1Scenario.cohort, {}],
  ["Table 1 grouped by sex, titled", table1Scenario.cohort, { group: "sex", title: "Table 1" }],
  ["five seed patients on first ALK TKI", fiveSeedsScenario.cohort, alk],
  [
    "200 synthetic patients grouped by driver",
    syntheticScenario.cohort,
    { ...alk, group: "driver" },
  ],
  ["rows without the anchor", noAnchorScenario.cohort, { align: { kind: "line", line: 2 } }],
  ["all censored", allCensoredScenario.cohort, alk],
  ["one patient", onePatientScenario.cohort, alk],
  ["uncertain starts", uncertainStartsScenario.cohort, {}],
  ["a waterfall beside the swimmer", waterfallScenario.cohort, { ...alk, waterfall: true }],
];

describe("drawSwimmer's scene is the whole swimmer figure", () => {
  for (const [name, cohort, options] of swimmerScenarios)
    it(`${name}: a string renderer of the scene equals SwimmerSvg in every theme`, () => {
      const parsed = parseCohort(cohort);
      if (!parsed.ok) throw new Error(`${name} invalid`);
      for (const themeName of THEME_NAMES) {
        const theme = themes[themeName];
        const layout = layoutSwimmer(parsed.value, {
          ...options,
          width: theme.width,
          fontSize: theme.fontSize,
          ...(theme.height !== undefined ? { height: theme.height } : {}),
        });
        const paint = makeSwimmerPaint(layout, theme, "s");
        const react = renderToStaticMarkup(<SwimmerSvg layout={layout} paint={paint} standalone />);
        expect(minimalSvg(drawSwimmer(layout, paint, { standalone: true })), themeName).toBe(react);
        expect(react).toContain("oncoline-swimmer-row");
      }
    });
});

describe("drawError's scene is the whole error figure", () => {
  const many = parseTimeline({
    schemaVersion: "1.0",
    events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}${"x".repeat(i * 10)}`, kind: 3 })),
  });
  const one = parseTimeline({ schemaVersion: "1.0" });
  const cases = [
    ["more issues than are listed, some longer than a line", many.ok ? [] : many.issues],
    ["one issue", one.ok ? [] : one.issues],
  ] as const;
  for (const [name, issues] of cases)
    it(`${name}: a string renderer of the scene equals ErrorSvg in every theme`, () => {
      expect(issues.length).toBeGreaterThan(0);
      for (const themeName of THEME_NAMES) {
        const theme = themes[themeName];
        for (const subject of ["data", "options"] as const) {
          const react = renderToStaticMarkup(
            <ErrorSvg issues={issues} theme={theme} width={theme.width} subject={subject} />,
          );
          expect(minimalSvg(drawError(issues, theme, theme.width, { subject }))).toBe(react);
          expect(react).toContain(`in the ${subject}`);
        }
      }
    });
});

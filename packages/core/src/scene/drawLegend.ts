import type { LegendEntry, TimelineLayout } from "../layout/types.js";
import { SWATCH_SCALE } from "../layout/geometry.js";
import { changeDiamond, DRAW, vagueOutline, type DrawContext } from "./drawContext.js";
import { boundArrow } from "./drawSeries.js";
import { drawGlyph } from "./drawGlyph.js";
import { el, fragment, r, type SvgAttrs, type SvgNode } from "./svgNode.js";

/** The legend: only what the figure shows. */
export function drawLegend(layout: TimelineLayout, ctx: DrawContext): SvgNode {
  const size = layout.fontSize * SWATCH_SCALE;
  return el(
    "g",
    { class: "oncoline-legend", role: "list", "aria-label": "Legend" },
    layout.legend.map((e) =>
      el(
        "g",
        { role: "listitem", class: `oncoline-legend-${e.type}` },
        [
          drawSwatch(e, ctx, size),
          el(
            "text",
            {
              x: r(e.textX),
              y: r(e.y + layout.fontSize * DRAW.baselineShift),
              fill: ctx.paint.theme.text,
            },
            [e.label],
          ),
        ],
        e.key,
      ),
    ),
  );
}

function drawSwatch(e: LegendEntry, { paint }: DrawContext, size: number): SvgNode {
  const box = { x: r(e.x - size / 2), y: r(e.y - size / 4), width: r(size), height: r(size / 2) };
  if (!e.colorKey) return drawStyleSwatch(e, paint, size, box);
  const c = paint.color(e.colorKey);
  if (e.type === "glyph" && e.glyph)
    return drawGlyph({ glyph: e.glyph, x: e.x, y: e.y, size: size * 0.8, color: c });
  if (e.type === "class") {
    const pattern = paint.pattern(e.colorKey);
    return fragment([
      el("rect", { ...box, fill: c, rx: "2" }),
      pattern ? el("rect", { ...box, fill: pattern, opacity: "0.6" }) : null,
    ]);
  }
  return drawStyleSwatch(e, paint, size, box);
}

type SwatchBox = { x: number; y: number; width: number; height: number };

/** A course stopped for progression (solid cap) or toxicity (dashed cap). */
function stopCapSwatch(
  e: LegendEntry,
  paint: DrawContext["paint"],
  size: number,
  box: SwatchBox,
): SvgNode {
  return lineSwatch(paint, { ...box, width: r(size * 0.7) }, "0.5", {
    x1: r(e.x + size * 0.2),
    x2: r(e.x + size * 0.2),
    y1: r(e.y - size / 4 - DRAW.stopCapOverhang),
    y2: r(e.y + size / 4 + DRAW.stopCapOverhang),
    stroke: paint.theme.text,
    "stroke-width": "2",
    "stroke-dasharray": e.key === "style:stop-toxicity" ? "2 2" : undefined,
  });
}

/** A course given intermittently: a bar broken by dashes of the background. */
function intermittentSwatch(
  e: LegendEntry,
  paint: DrawContext["paint"],
  size: number,
  box: SwatchBox,
): SvgNode {
  return lineSwatch(paint, box, "0.6", {
    x1: box.x,
    x2: r(e.x + size / 2),
    y1: r(e.y),
    y2: r(e.y),
    stroke: paint.theme.background,
    "stroke-width": r(size / 4),
    "stroke-dasharray": "6 4",
  });
}

/** A muted bar of `opacity` in `bar` with one line drawn over it. */
function lineSwatch(
  paint: DrawContext["paint"],
  bar: SwatchBox,
  opacity: string,
  line: SvgAttrs,
): SvgNode {
  return fragment([
    el("rect", { ...bar, fill: paint.theme.mutedText, opacity, rx: "2" }),
    el("line", line),
  ]);
}

/** Swatches of the drawing styles (uncertain, ongoing, stop caps, intermittent, open end, link). */
function drawStyleSwatch(
  e: LegendEntry,
  paint: DrawContext["paint"],
  size: number,
  box: SwatchBox,
): SvgNode {
  const ink = paint.theme.mutedText;
  switch (e.key) {
    case "style:uncertain":
      return el("rect", {
        ...box,
        fill: paint.fadeColors.length ? paint.fade(paint.fadeColors[0]!, "out") : ink,
      });
    case "style:ongoing":
      return el("path", {
        d: `M${r(e.x - size / 2)},${r(e.y - size / 4)} h${r(size * 0.6)} l${r(size * 0.4)},${r(size / 4)} l${r(-size * 0.4)},${r(size / 4)} h${r(-size * 0.6)} z`,
        fill: ink,
      });
    case "style:stop-progression":
    case "style:stop-toxicity":
      return stopCapSwatch(e, paint, size, box);
    case "style:intermittent":
      return intermittentSwatch(e, paint, size, box);
    case "style:held":
      // A bar with a gap bridged by a dashed line, as a paused course is drawn.
      return el("path", {
        // Two blocks, then the dashed bridge between them.
        d: `M${box.x},${box.y}h${r(size * 0.3)}v${box.height}h${r(-size * 0.3)}zm${r(size * 0.7)},0h${r(size * 0.3)}v${box.height}h${r(-size * 0.3)}zM${box.x},${r(e.y)}h${r(size)}`,
        fill: ink,
        stroke: ink,
        "stroke-width": "1",
        "stroke-dasharray": "2 1",
      });
    case "style:vague":
      // A course placed by order alone: the light dashed outline the bars carry.
      return el("rect", { ...box, ...vagueOutline(ink) });
    case "style:bound":
      // A value stated as a bound ("< 0.1"): the arrow past its dot.
      return el("path", boundArrow(e.x, e.y - size / 4, e.y + size / 4, ink));
    case "style:open-end":
      return el("text", { x: r(e.x - 3), y: r(e.y + size * 0.25), fill: ink }, ["?"]);
    case "style:link":
      return el("line", {
        x1: r(e.x - size / 2),
        x2: r(e.x + size / 2),
        y1: r(e.y),
        y2: r(e.y),
        stroke: paint.theme.link,
        "stroke-width": "1.4",
        "stroke-dasharray": "4 3",
      });
    default: {
      // A change inside a course (hold, dose change): the same diamond the bars carry, hollow
      // when its day is not certain.
      const h = DRAW.tickHalf;
      return el("path", {
        d: `M${r(e.x)},${r(e.y - 4)} l${h},${h} l-${h},${h} l-${h},-${h} z`,
        ...changeDiamond(e.key === "style:change-window", paint.theme),
      });
    }
  }
}

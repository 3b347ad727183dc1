import type { SwimmerLayout, SwimmerLegendEntry } from "../../swimmer/types.js";
import { isDeathKey } from "../../layout/colorKey.js";
import { drawGlyph } from "../drawGlyph.js";
import { drawDurable } from "./drawSwimmerRow.js";
import type { Paint } from "../paint.js";
import { el, r, type SvgNode } from "../svgNode.js";
import { SWIM } from "./swimmerStyle.js";

/** One legend entry's swatch (bar, band, glyph, end or style) and label. */
function drawEntry(e: SwimmerLegendEntry, paint: Paint, fontSize: number): SvgNode {
  const { theme } = paint;
  const { x, y, width: w, height: h } = e.swatch;
  const color = e.colorKey ? paint.color(e.colorKey) : theme.mutedText;
  const ink = isDeathKey(e.colorKey) ? theme.text : color;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const pattern = e.colorKey ? paint.pattern(e.colorKey) : null;
  const box = { x: r(x), y: r(y), width: r(w), height: r(h) };
  return el(
    "g",
    {},
    [
      e.type === "class" ? el("rect", { ...box, fill: color }) : null,
      e.type === "class" && pattern ? el("rect", { ...box, fill: pattern }) : null,
      e.type === "response" || e.type === "waterfall" ? el("rect", { ...box, fill: color }) : null,
      e.glyph ? drawGlyph({ glyph: e.glyph, x: cx, y: cy, size: h, color: ink }) : null,
      e.end === "ongoing"
        ? el("polygon", {
            points: `${r(x)},${r(y)} ${r(x + w)},${r(cy)} ${r(x)},${r(y + h)}`,
            fill: ink,
          })
        : null,
      e.end === "censored"
        ? el("line", {
            x1: r(cx),
            x2: r(cx),
            y1: r(y),
            y2: r(y + h),
            stroke: ink,
            "stroke-width": SWIM.censorWidth,
          })
        : null,
      e.key === "style:durable" ? drawDurable({ x, x2: x + w, y, tickY: y + h }, theme.text) : null,
      e.type === "style" && e.key !== "style:durable"
        ? el("rect", {
            ...box,
            fill: paint.fade(paint.fadeColors[0] ?? theme.mutedText, "out"),
            stroke: theme.mutedText,
            "stroke-dasharray": SWIM.uncertainDash,
          })
        : null,
      el("text", { x: r(e.textX), y: r(e.textY), "font-size": fontSize, fill: theme.text }, [
        e.label,
      ]),
    ],
    e.key,
  );
}

/** Legend swatches (class bars, response bands, glyphs, ends) and their labels. */
export function drawSwimmerLegend(layout: SwimmerLayout, paint: Paint): SvgNode {
  return el(
    "g",
    { class: "oncoline-swimmer-legend" },
    layout.legend.map((e) => drawEntry(e, paint, layout.fontSize)),
  );
}

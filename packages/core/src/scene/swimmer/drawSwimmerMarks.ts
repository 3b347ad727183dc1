import type { SwimEnd, SwimGlyph, SwimSegment } from "../../swimmer/types.js";
import { isDeathKey } from "../../layout/colorKey.js";
import { drawGlyph } from "../drawGlyph.js";
import type { Paint } from "../paint.js";
import { el, r, type SvgNode } from "../svgNode.js";
import { SWIM } from "./swimmerStyle.js";

const span = (x0: number, x1: number, y: number, h: number) => ({
  x: r(x0),
  y: r(y),
  width: r(x1 - x0),
  height: r(h),
});

/** A therapy segment: its certain part solid (an outline when nothing is certain), fades at uncertain edges. */
export function drawSwimmerSegment(s: SwimSegment, paint: Paint): SvgNode {
  const color = paint.color(s.colorKey);
  const pattern = paint.pattern(s.colorKey);
  const { y, height: h } = s;
  return el(
    "g",
    { class: "oncoline-swimmer-segment", "data-event": s.eventId ?? undefined },
    [
      el("title", {}, [s.description]),
      s.solid
        ? el("rect", { ...span(s.solid.x0, s.solid.x1, y, h), fill: color })
        : el("rect", {
            ...span(s.x, s.x2, y, h),
            fill: "none",
            stroke: color,
            "stroke-dasharray": SWIM.uncertainDash,
          }),
      s.solid && pattern
        ? el("rect", { ...span(s.solid.x0, s.solid.x1, y, h), fill: pattern })
        : null,
      s.startRange
        ? el("rect", {
            ...span(s.startRange.x0, s.startRange.x1, y, h),
            fill: paint.fade(color, "in"),
          })
        : null,
      s.endRange
        ? el("rect", {
            ...span(s.endRange.x0, s.endRange.x1, y, h),
            fill: paint.fade(color, "out"),
          })
        : null,
    ],
    s.id,
  );
}

/** The keyboard focus ring around a glyph. */
export function drawSwimmerFocusRing(g: SwimGlyph, { theme }: Paint): SvgNode {
  return el("circle", {
    cx: r(g.x),
    cy: r(g.y),
    r: r(g.size * SWIM.focusRingScale),
    fill: "none",
    stroke: theme.text,
    "stroke-width": SWIM.focusRingWidth,
    class: "oncoline-focus-ring",
  });
}

/** A dated moment (response call, progression…): its glyph with a halo, a whisker when uncertain. */
export function drawSwimmerGlyph(g: SwimGlyph, paint: Paint, focused = false): SvgNode {
  const color = paint.color(g.colorKey);
  return el(
    "g",
    { class: "oncoline-swimmer-glyph", "data-event": g.eventId },
    [
      el("title", {}, [g.description]),
      g.range
        ? el("line", {
            x1: r(g.range.x0),
            x2: r(g.range.x1),
            y1: r(g.y),
            y2: r(g.y),
            stroke: color,
            "stroke-width": SWIM.glyphRangeWidth,
          })
        : null,
      drawGlyph({ glyph: g.glyph, x: g.x, y: g.y, size: g.size, color }, false, "none", {
        stroke: paint.theme.background,
        "stroke-width": SWIM.glyphHaloWidth,
      }),
      focused ? drawSwimmerFocusRing(g, paint) : null,
    ],
    g.id,
  );
}

/** How a row ends: an arrow (ongoing), a censoring tick, or a glyph (death, the table's event). */
export function drawSwimmerEnd(e: SwimEnd, paint: Paint): SvgNode {
  const ink = isDeathKey(e.colorKey) ? paint.theme.text : paint.color(e.colorKey);
  const points = e.points.map(([x, y]) => `${r(x)},${r(y)}`).join(" ");
  return el("g", { class: `oncoline-swimmer-end oncoline-swimmer-end-${e.kind}` }, [
    el("title", {}, [e.description]),
    e.glyph ? drawGlyph({ glyph: e.glyph, x: e.x, y: e.y, size: e.size, color: ink }) : null,
    !e.glyph && e.closed ? el("polygon", { points, fill: ink }) : null,
    !e.glyph && !e.closed
      ? el("polyline", { points, fill: "none", stroke: ink, "stroke-width": SWIM.censorWidth })
      : null,
  ]);
}

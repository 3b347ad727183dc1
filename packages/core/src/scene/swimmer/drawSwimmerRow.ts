import type {
  SwimmerGroupLayout,
  SwimmerRowLayout,
  SwimWaterfallBar,
} from "../../swimmer/types.js";
import type { Paint } from "../paint.js";
import { el, r, type SvgNode } from "../svgNode.js";
import { drawSwimmerEnd, drawSwimmerGlyph, drawSwimmerSegment } from "./drawSwimmerMarks.js";
import type { SwimmerDrawContext } from "./swimmerStyle.js";
import { SWIM } from "./swimmerStyle.js";

/** Options of `drawSwimmerRow`. */
export interface SwimmerRowOptions {
  /** Width of the row band (the whole figure). */
  bandWidth: number;
  /** `url(#…)` of the plot's clip path: marks outside the domain are cut at its edge. */
  clip?: string | undefined;
  /** The row is the keyboard's current row (its band is highlighted). */
  active?: boolean;
  /** Id of the glyph whose focus ring to draw, or null. */
  focusedMark?: string | null;
}

/** Text with the full version as its `<title>` when the drawn text is shortened. */
const textWithFull = (text: string, full: string) =>
  text !== full ? [text, el("title", {}, [full])] : [text];

/** The durable-response bracket: a line over the response with ticks down to the bar. */
export function drawDurable(
  m: { x: number; x2: number; y: number; tickY: number },
  color: string,
): SvgNode {
  return el("polyline", {
    class: "oncoline-swimmer-durable",
    points: `${r(m.x)},${r(m.tickY)} ${r(m.x)},${r(m.y)} ${r(m.x2)},${r(m.y)} ${r(m.x2)},${r(m.tickY)}`,
    fill: "none",
    stroke: color,
    "stroke-width": SWIM.durableWidth,
  });
}

/** A row's waterfall bar (coloured by its best response), or "NR" when no change is stated. */
function drawWaterfallBar(w: SwimWaterfallBar, paint: Paint, fontSize: number): SvgNode {
  const { theme } = paint;
  if (w.text)
    return el(
      "text",
      {
        class: "oncoline-swimmer-waterfall",
        x: r(w.text.x),
        y: r(w.text.y),
        "text-anchor": "middle",
        "font-size": fontSize * SWIM.smallTextScale,
        fill: theme.mutedText,
      },
      [w.text.text, el("title", {}, [w.description])],
    );
  return el(
    "rect",
    {
      class: "oncoline-swimmer-waterfall",
      x: r(w.x),
      y: r(w.y),
      width: r(w.x2 - w.x),
      height: r(w.height),
      fill: w.colorKey ? paint.color(w.colorKey) : theme.mutedText,
    },
    [el("title", {}, [w.description])],
  );
}

/** One patient row: band, label, bars, response bands, glyphs, end, and the text after the plot. */
export function drawSwimmerRow(
  row: SwimmerRowLayout,
  { paint, fontSize }: SwimmerDrawContext,
  options: SwimmerRowOptions,
): SvgNode {
  const { theme } = paint;
  const { active = false, focusedMark = null } = options;
  return el(
    "g",
    { class: "oncoline-swimmer-row", "data-row": row.id, "aria-label": row.description },
    [
      el("rect", {
        x: 0,
        y: r(row.y),
        width: r(options.bandWidth),
        height: r(row.height),
        fill: active ? theme.grid : theme.laneBands[row.index % 2 ? 1 : 0],
      }),
      el(
        "text",
        {
          x: r(row.label.x),
          y: r(row.label.y),
          "text-anchor": "end",
          "font-size": fontSize,
          fill: theme.text,
        },
        textWithFull(row.label.text, row.label.full),
      ),
      drawRowPlot(row, paint, options.clip, focusedMark),
      row.message ? drawRowMessage(row.message, paint, fontSize) : null,
      row.waterfall ? drawWaterfallBar(row.waterfall, paint, fontSize) : null,
      row.after ? drawRowAfter(row.after, paint, fontSize) : null,
    ],
    row.id,
  );
}

/** The row's marks inside the plot (clipped): follow-up line, bars, bands, anchor range, glyphs. */
function drawRowPlot(
  row: SwimmerRowLayout,
  paint: Paint,
  clip: string | undefined,
  focusedMark: string | null,
): SvgNode {
  const { theme } = paint;
  return el("g", { "clip-path": clip }, [
    row.followUp
      ? el("line", {
          x1: r(row.followUp.x),
          x2: r(row.followUp.x2),
          y1: r(row.followUp.y),
          y2: r(row.followUp.y),
          stroke: theme.mutedText,
          "stroke-width": SWIM.followUpWidth,
        })
      : null,
    ...row.segments.map((s) => drawSwimmerSegment(s, paint)),
    ...row.bands.map((b) => drawResponseBand(b, paint)),
    row.anchorRange ? drawAnchorRange(row.anchorRange, paint) : null,
    row.durableMark ? drawDurable(row.durableMark, theme.text) : null,
    row.end ? drawSwimmerEnd(row.end, paint) : null,
    ...row.glyphs.map((g) => drawSwimmerGlyph(g, paint, focusedMark === g.id)),
  ]);
}

/** A response band: a thin bar in the response's colour, its description as the title. */
function drawResponseBand(b: SwimmerRowLayout["bands"][number], paint: Paint): SvgNode {
  return el(
    "rect",
    {
      class: "oncoline-swimmer-band",
      x: r(b.x),
      y: r(b.y),
      width: r(b.x2 - b.x),
      height: r(b.height),
      fill: paint.color(b.colorKey),
      stroke: paint.theme.background,
      "stroke-width": SWIM.bandEdgeWidth,
    },
    [el("title", {}, [b.description])],
    b.id,
  );
}

/** Where an uncertain anchor may lie: a line under the bar. */
function drawAnchorRange(
  range: NonNullable<SwimmerRowLayout["anchorRange"]>,
  paint: Paint,
): SvgNode {
  return el(
    "line",
    {
      class: "oncoline-swimmer-anchor-range",
      x1: r(range.x0),
      x2: r(range.x1),
      y1: r(range.y),
      y2: r(range.y),
      stroke: paint.theme.text,
      "stroke-width": SWIM.anchorRangeWidth,
    },
    [el("title", {}, ["Anchor date uncertain: it may lie anywhere along this line"])],
  );
}

/** Why the row draws nothing (not aligned, or no bar), in muted italics. */
function drawRowMessage(
  message: NonNullable<SwimmerRowLayout["message"]>,
  paint: Paint,
  fontSize: number,
): SvgNode {
  return el(
    "text",
    {
      x: r(message.x),
      y: r(message.y),
      "font-size": fontSize,
      fill: paint.theme.mutedText,
      "font-style": "italic",
    },
    [message.text],
  );
}

/** The text after the plot: a best-response glyph, then later regimens. */
function drawRowAfter(
  after: NonNullable<SwimmerRowLayout["after"]>,
  paint: Paint,
  fontSize: number,
): SvgNode {
  return el("g", { class: "oncoline-swimmer-after" }, [
    after.glyph ? drawSwimmerGlyph(after.glyph, paint) : null,
    el(
      "text",
      { x: r(after.x), y: r(after.y), "font-size": fontSize, fill: paint.theme.text },
      textWithFull(after.text, after.full),
    ),
  ]);
}

/** A group header with its n. */
export function drawSwimmerGroup(
  group: SwimmerGroupLayout,
  { paint, fontSize }: SwimmerDrawContext,
): SvgNode {
  return el(
    "text",
    {
      class: "oncoline-swimmer-group",
      x: r(group.text.x),
      y: r(group.text.y),
      "font-size": fontSize,
      "font-weight": "bold",
      fill: paint.theme.text,
    },
    [group.text.text],
    group.id,
  );
}

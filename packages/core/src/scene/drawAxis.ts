import type { TimelineLayout } from "../layout/types.js";
import { el, r, type SvgNode } from "./svgNode.js";
import type { DrawContext } from "./drawContext.js";

/** Length of a tick below the axis line, in px. */
export const TICK_LENGTH = 4;

/** A live x-transform (`x' = a·x + b`) applied while a zoom gesture runs. */
export interface Preview {
  a: number;
  b: number;
}

/** Half the gap the axis line leaves at a break, and the size of the break's two strokes, in px. */
export const BREAK_MARK = { gap: 6, height: 10, slant: 4, spacing: 5 } as const;

/** The axis line, interrupted at each break by a gap with two slanted strokes (//). */
function axisLine(
  x0: number,
  x1: number,
  y: number,
  breaks: TimelineLayout["axis"]["breaks"],
  color: string,
): SvgNode[] {
  const out: SvgNode[] = [];
  const line = (a: number, b: number) =>
    el("line", { x1: r(a), x2: r(b), y1: r(y), y2: r(y), stroke: color, "stroke-width": "1" });
  let from = x0;
  for (const b of breaks) {
    const mid = (b.x0 + b.x1) / 2;
    const { gap, height, slant, spacing } = BREAK_MARK;
    out.push(line(from, mid - gap));
    for (const dx of [-spacing / 2, spacing / 2])
      out.push(
        el("line", {
          class: "oncoline-axis-break",
          x1: r(mid + dx - slant / 2),
          x2: r(mid + dx + slant / 2),
          y1: r(y + height / 2),
          y2: r(y - height / 2),
          stroke: color,
          "stroke-width": "1.5",
        }),
      );
    from = mid + gap;
  }
  out.push(line(from, x1));
  return out;
}

/** The ticks to draw: during a zoom gesture they ride along with the marks until the new layout arrives. */
function previewTicks(layout: TimelineLayout, preview: Preview | null | undefined) {
  const { plot } = layout;
  return preview
    ? layout.ticks
        .map((t) => ({ ...t, x: preview.a * t.x + preview.b }))
        .filter((t) => t.x >= plot.x && t.x <= plot.x + plot.width)
    : layout.ticks;
}

/** Where a grid line runs: the plot's height less the lanes' title bands (narrow layouts). */
function gridSpans(layout: TimelineLayout, top: number, bottom: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let y = top;
  for (const lane of layout.lanes) {
    const band = lane.titleBand;
    if (!band || band.y + band.height <= y || band.y >= bottom) continue;
    if (band.y > y) out.push([y, band.y]);
    y = Math.max(y, band.y + band.height);
  }
  if (y < bottom) out.push([y, bottom]);
  return out;
}

/** One tick: its grid line across the plot, its tick below it, and its label. */
function drawTick(
  t: TimelineLayout["ticks"][number],
  layout: TimelineLayout,
  paint: DrawContext["paint"],
): SvgNode {
  const { plot, fontSize } = layout;
  const bottom = plot.y + plot.height;
  const muted = paint.theme.mutedText;
  return el(
    "g",
    {},
    [
      ...gridSpans(layout, plot.y, bottom).map(([y1, y2]) =>
        el("line", {
          x1: r(t.x),
          x2: r(t.x),
          y1: r(y1),
          y2: r(y2),
          stroke: paint.theme.grid,
          "stroke-width": "1",
        }),
      ),
      el("line", {
        x1: r(t.x),
        x2: r(t.x),
        y1: r(bottom),
        y2: r(bottom + TICK_LENGTH),
        stroke: muted,
        "stroke-width": "1",
      }),
      el(
        "text",
        { x: r(t.x), y: r(bottom + TICK_LENGTH + fontSize), "text-anchor": "middle", fill: muted },
        [t.label],
      ),
    ],
    String(t.value),
  );
}

/** Grid lines, tick labels and the axis title (time axes only; a sequence axis says so in words). */
export function drawAxis(
  layout: TimelineLayout,
  { paint }: DrawContext,
  preview?: Preview | null,
): SvgNode {
  const { plot, axis } = layout;
  const bottom = plot.y + plot.height;
  const cx = plot.x + plot.width / 2;
  const muted = paint.theme.mutedText;
  return el("g", { class: "oncoline-axis", "aria-hidden": "true" }, [
    ...previewTicks(layout, preview).map((t) => drawTick(t, layout, paint)),
    ...axisLine(plot.x, plot.x + plot.width, bottom, preview ? [] : axis.breaks, muted),
    ...(layout.axisTitleLines?.length ? layout.axisTitleLines : [axis.title]).map((line, i) =>
      el(
        "text",
        {
          x: r(layout.axisTitleX ?? cx),
          y: r(layout.axisTitleY + i * Math.round(layout.fontSize * 1.3)),
          "text-anchor": "middle",
          fill: muted,
          "font-style": axis.mode === "sequence" ? "italic" : undefined,
        },
        [line],
      ),
    ),
  ]);
}

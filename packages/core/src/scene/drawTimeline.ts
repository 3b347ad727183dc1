import { HEADING_SCALE, RIGHT_MARGIN } from "../layout/geometry.js";
import type { Mark, TimelineLayout } from "../layout/types.js";
import { drawAxis, type Preview } from "./drawAxis.js";
import { drawBar } from "./drawBar.js";
import type { DrawContext } from "./drawContext.js";
import { drawDefs } from "./drawDefs.js";
import { drawLanes } from "./drawLanes.js";
import { drawLegend } from "./drawLegend.js";
import { drawLink } from "./drawLinks.js";
import { drawPoint } from "./drawPoint.js";
import { drawSeries } from "./drawSeries.js";
import type { Paint } from "./paint.js";
import { el, fragment, r, type SvgNode } from "./svgNode.js";

/** The built-in layers, in their default drawing order. */
export const BUILTIN_LAYERS = ["lanes", "axis", "links", "marks", "legend"] as const;
export type BuiltinLayer = (typeof BUILTIN_LAYERS)[number];
/** A built-in layer, or a slot a renderer fills with a layer of its own. */
export type SceneLayer = BuiltinLayer | { slot: string };

/** Options of `drawTimeline`. */
export interface DrawOptions {
  /** A standalone document: the xmlns attributes. */
  standalone?: boolean;
  /** Marks get transparent hit areas and the figure becomes focusable (`tabindex="0"`). */
  interactive?: boolean;
  /** The mark whose focus ring to draw. */
  focusedMarkId?: string | null;
  /** A live x-transform applied to marks, links and ticks while a zoom gesture runs. */
  preview?: Preview | null;
  /** Draw into this outer size, scaling the figure uniformly. */
  outer?: { width: number; height: number } | undefined;
  /** Layers in drawing order; default `BUILTIN_LAYERS`. */
  layers?: readonly SceneLayer[];
}

/** The content of one mark (without its group). */
export function drawMark(mark: Mark, ctx: DrawContext): Array<SvgNode | null> {
  if (mark.type === "bar") return drawBar(mark, ctx);
  if (mark.type === "point") return drawPoint(mark, ctx);
  return drawSeries(mark, ctx);
}

/** One mark in its list item group: the event's description is its accessible name. */
export function drawMarkItem(mark: Mark, ctx: DrawContext, interactive: boolean): SvgNode {
  const b = mark.bounds;
  return el(
    "g",
    {
      role: "listitem",
      "aria-label": mark.description,
      class: `oncoline-mark oncoline-${mark.kind}${mark.uncertain ? " oncoline-uncertain" : ""}`,
      "data-event-id": mark.eventId,
      "data-mark-id": mark.id,
    },
    [
      interactive
        ? el("rect", {
            x: r(b.x),
            y: r(b.y),
            width: r(b.width),
            height: r(b.height),
            fill: "transparent",
          })
        : null,
      ...drawMark(mark, ctx),
    ],
    mark.id,
  );
}

// Mark and link nodes per (layout, paint, interactive): a focus change or zoom preview reuses them,
// so renderers that diff (React) can skip them by identity.
const itemCache = new WeakMap<TimelineLayout, WeakMap<Paint, Map<boolean, SvgNode[][]>>>();

/** Every mark item and every link, cached by layout and paint. */
export function drawItems(
  layout: TimelineLayout,
  paint: Paint,
  interactive: boolean,
): { marks: SvgNode[]; links: SvgNode[] } {
  let byPaint = itemCache.get(layout);
  if (!byPaint) itemCache.set(layout, (byPaint = new WeakMap()));
  let byMode = byPaint.get(paint);
  if (!byMode) byPaint.set(paint, (byMode = new Map()));
  let hit = byMode.get(interactive);
  if (!hit) {
    const ctx: DrawContext = { paint, fontSize: layout.fontSize };
    hit = [
      layout.marks.map((m) => drawMarkItem(m, ctx, interactive)),
      layout.links.map((l) => drawLink(l, ctx)),
    ];
    byMode.set(interactive, hit);
  }
  return { marks: hit[0]!, links: hit[1]! };
}

/**
 * The whole figure as SVG nodes: every position, size and colour resolved. A renderer maps the
 * nodes and fills the slots (`layer-…` custom layers, `children`). Presentation attributes only,
 * no `style`, so the markup renders under a strict Content-Security-Policy.
 */
export function drawTimeline(
  layout: TimelineLayout,
  paint: Paint,
  options: DrawOptions = {},
): SvgNode {
  const ctx: DrawContext = { paint, fontSize: layout.fontSize };
  const items = drawItems(layout, paint, options.interactive ?? false);
  const attrs = svgAttrs(layout, paint, options);
  // In drawing order: paint may collect what the definitions hold as the parts are drawn.
  const frame = drawFrame(layout, paint);
  const layers = (options.layers ?? BUILTIN_LAYERS).map((layer, i) =>
    drawLayer(layer, i, { layout, ctx, items, preview: options.preview }),
  );
  return el("svg", attrs, [
    ...frame,
    ...layers,
    ...drawTextLines(layout, paint),
    drawFocusRing(layout, paint, options.focusedMarkId),
    el("#slot", { name: "children" }),
  ]);
}

/** Title, description, definitions, background, heading and the plot's clip path. */
function drawFrame(layout: TimelineLayout, paint: Paint): Array<SvgNode | null> {
  const { theme, prefix } = paint;
  return [
    el("title", { id: `${prefix}-title` }, [layout.title]),
    el("desc", { id: `${prefix}-desc` }, [layout.summary]),
    drawDefs(paint),
    el("rect", {
      class: "oncoline-background",
      x: "0",
      y: "0",
      width: layout.width,
      height: layout.height,
      fill: theme.background,
    }),
    drawHeading(layout, paint),
    el("clipPath", { id: `${prefix}-plot` }, [
      el("rect", {
        x: r(layout.plot.x),
        y: "0",
        width: r(layout.plot.width + RIGHT_MARGIN),
        height: r(layout.plot.y + layout.plot.height),
      }),
    ]),
  ];
}

/** What a layer is drawn from. */
interface LayerSource {
  layout: TimelineLayout;
  ctx: DrawContext;
  items: { marks: SvgNode[]; links: SvgNode[] };
  preview: DrawOptions["preview"];
}

/** One layer of the figure: a built-in one, or a slot for a custom layer. */
function drawLayer(layer: SceneLayer, i: number, src: LayerSource): SvgNode {
  const { layout, ctx, items, preview: pv } = src;
  if (typeof layer !== "string")
    return el("g", {}, [el("#slot", { name: layer.slot })], `custom-${i}`);
  // While a gesture runs, the marks and links ride along by one transform. The class lets a
  // stylesheet hide the marks' labels meanwhile: text under a new x-scale is laid out again in
  // every frame (most of an input frame's time); the labels return with the re-layout.
  const previewAttrs = pv
    ? { class: "oncoline-zooming", transform: `matrix(${r(pv.a)} 0 0 1 ${r(pv.b)} 0)` }
    : {};
  const clip = `url(#${ctx.paint.prefix}-plot)`;
  switch (layer) {
    case "lanes":
      return { ...drawLanes(layout, ctx), key: "lanes" };
    case "axis":
      // Nothing dated to draw and no ticks: the empty note stands in for a bare axis.
      if (layout.empty && layout.ticks.length === 0)
        return el("g", { class: "oncoline-axis", "aria-hidden": "true" }, [], "axis");
      return { ...drawAxis(layout, ctx, pv), key: "axis" };
    case "links":
      return el(
        "g",
        { class: "oncoline-links", "aria-hidden": "true", "clip-path": clip },
        [el("g", previewAttrs, items.links)],
        "links",
      );
    case "legend":
      return { ...drawLegend(layout, ctx), key: "legend" };
    case "marks":
      return el(
        "g",
        { class: "oncoline-marks", role: "list", "aria-label": "Events", "clip-path": clip },
        [el("g", previewAttrs, items.marks)],
        "marks",
      );
  }
}

function svgAttrs(layout: TimelineLayout, { theme, prefix }: Paint, options: DrawOptions) {
  return {
    ...(options.standalone ? { xmlns: "http://www.w3.org/2000/svg", version: "1.1" } : {}),
    class: `oncoline oncoline-theme-${theme.name}`,
    width: options.outer?.width ?? layout.width,
    height: options.outer?.height ?? layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    preserveAspectRatio: options.outer ? "xMidYMin meet" : undefined,
    role: "img",
    "aria-labelledby": `${prefix}-title ${prefix}-desc`,
    "font-family": theme.fontFamily,
    "font-size": layout.fontSize,
    tabindex: options.interactive ? 0 : undefined,
  };
}

function drawHeading(layout: TimelineLayout, { theme }: Paint): SvgNode | null {
  if (layout.headingY === null || !layout.heading) return null;
  const size = layout.fontSize * HEADING_SCALE;
  const lines = layout.headingLines.length ? layout.headingLines : [layout.heading];
  return fragment(
    lines.map((line, i) =>
      el(
        "text",
        {
          x: r(layout.plot.x),
          y: r(layout.headingY! + i * size * 1.25),
          "font-size": r(size),
          "font-weight": "bold",
          fill: theme.text,
        },
        [line],
      ),
    ),
  );
}

/** The empty-figure note in the plot, notes, footnotes and the case caption under the figure. */
function drawTextLines(layout: TimelineLayout, { theme }: Paint): Array<SvgNode | null> {
  return [
    layout.empty
      ? el(
          "text",
          {
            class: "oncoline-empty",
            x: r(layout.empty.x),
            y: r(layout.empty.y),
            fill: theme.mutedText,
            "font-style": "italic",
          },
          [layout.empty.text],
          "empty",
        )
      : null,
    ...layout.notes.map((n, i) =>
      el(
        "text",
        {
          class: "oncoline-note",
          x: r(n.x),
          y: r(n.y),
          fill: theme.mutedText,
          "font-style": "italic",
        },
        [n.text],
        `note-${i}`,
      ),
    ),
    ...layout.footnotes.map((n, i) =>
      el(
        "text",
        { class: "oncoline-footnote", x: r(n.x), y: r(n.y), fill: theme.text },
        [n.text],
        `fn-${i}`,
      ),
    ),
    layout.caption.length
      ? el(
          "g",
          { class: "oncoline-caption" },
          layout.caption.map((n, i) =>
            el("text", { x: r(n.x), y: r(n.y), fill: theme.text }, [n.text], `cap-${i}`),
          ),
        )
      : null,
  ];
}

/** The dashed ring around the focused mark and its label. */
export function drawFocusRing(
  layout: TimelineLayout,
  { theme }: Paint,
  focusedMarkId: string | null | undefined,
): SvgNode | null {
  const focused = focusedMarkId ? layout.marks.find((m) => m.id === focusedMarkId) : undefined;
  if (!focused) return null;
  const b = focused.bounds;
  return el("rect", {
    class: "oncoline-focus-ring",
    x: r(b.x - 2),
    y: r(b.y - 1),
    width: r(b.width + 4),
    height: r(b.height + 2),
    fill: "none",
    stroke: theme.text,
    "stroke-width": "2",
    "stroke-dasharray": "4 2",
    rx: "3",
  });
}

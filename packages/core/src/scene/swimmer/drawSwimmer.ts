import type { SwimmerItem, SwimmerLayout } from "../../swimmer/types.js";
import { drawDefs } from "../drawDefs.js";
import type { Paint } from "../paint.js";
import { el, r, type SvgNode } from "../svgNode.js";
import { drawSwimmerAxis, drawSwimmerGuides, drawSwimmerText } from "./drawSwimmerFrame.js";
import { drawSwimmerLegend } from "./drawSwimmerLegend.js";
import { drawSwimmerGroup, drawSwimmerRow } from "./drawSwimmerRow.js";

/** Options of `drawSwimmer`. */
export interface SwimmerDrawOptions {
  /** A standalone document: the xmlns attribute. */
  standalone?: boolean;
  /**
   * Indices of `layout.items` to draw, in order; default all. A renderer that virtualizes rows
   * draws the frame with none and mounts the items in view itself (`drawSwimmerItem`), before the
   * guides (`g.oncoline-swimmer-guides`).
   */
  items?: readonly number[];
}

/** Options of `drawSwimmerItem`: the keyboard's current row and focused glyph. */
export interface SwimmerItemOptions {
  /** The row is the keyboard's current row (its band is highlighted). */
  active?: boolean;
  /** Id of the glyph whose focus ring to draw, or null. */
  focusedMark?: string | null;
}

/** `url(#…)` of the plot's clip path (see `drawSwimmerClip`). */
export const swimmerClipUrl = ({ prefix }: Paint) => `url(#${prefix}-clip)`;

/** The plot's clip path: marks outside a zoomed or cut domain end at the plot's edge. */
export function drawSwimmerClip(layout: SwimmerLayout, { prefix }: Paint): SvgNode {
  const { plot } = layout;
  return el("clipPath", { id: `${prefix}-clip` }, [
    el("rect", { x: r(plot.x), y: r(plot.y), width: r(plot.width), height: r(plot.height) }),
  ]);
}

// Items drawn without focus, per paint: a renderer that diffs (React) skips them by identity
// while the keyboard moves, and a scrolled-back row is not drawn again.
const itemCache = new WeakMap<Paint, WeakMap<SwimmerItem, SvgNode>>();

/** One item of `layout.items` (a patient row or a group header): virtualized renderers draw only those in view. */
export function drawSwimmerItem(
  layout: SwimmerLayout,
  index: number,
  paint: Paint,
  options: SwimmerItemOptions = {},
): SvgNode | null {
  const item = layout.items[index];
  if (!item) return null;
  const ctx = { paint, fontSize: layout.fontSize };
  if (item.type === "group") return drawSwimmerGroup(item, ctx);
  const rowOptions = { bandWidth: layout.width, clip: swimmerClipUrl(paint), ...options };
  if (options.active || options.focusedMark) return drawSwimmerRow(item, ctx, rowOptions);
  let byItem = itemCache.get(paint);
  if (!byItem) itemCache.set(paint, (byItem = new WeakMap()));
  let node = byItem.get(item);
  if (!node) byItem.set(item, (node = drawSwimmerRow(item, ctx, rowOptions)));
  return node;
}

/**
 * The whole swimmer figure, every row drawn, as SVG nodes (static: servers, print, slides, the
 * custom element). Every position, size and colour is resolved; renderers only map nodes.
 */
export function drawSwimmer(
  layout: SwimmerLayout,
  paint: Paint,
  options: SwimmerDrawOptions = {},
): SvgNode {
  const { theme, prefix } = paint;
  return el(
    "svg",
    {
      xmlns: options.standalone ? "http://www.w3.org/2000/svg" : undefined,
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      "font-family": theme.fontFamily,
      role: "img",
      "aria-labelledby": `${prefix}-title ${prefix}-desc`,
      class: "oncoline-swimmer",
    },
    [
      el("title", { id: `${prefix}-title` }, [layout.description.title]),
      el("desc", { id: `${prefix}-desc` }, [layout.description.summary]),
      drawDefs(paint),
      drawSwimmerClip(layout, paint),
      el("rect", { width: layout.width, height: layout.height, fill: theme.background }),
      drawSwimmerText(layout, paint),
      ...(options.items ?? layout.items.map((_, i) => i)).map((i) =>
        drawSwimmerItem(layout, i, paint),
      ),
      drawSwimmerGuides(layout, paint),
      drawSwimmerAxis(layout, paint),
      drawSwimmerLegend(layout, paint),
    ],
  );
}

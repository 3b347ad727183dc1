import type { SwimmerLayout, SwimmerWaterfall } from "../../swimmer/types.js";
import type { Theme } from "../../theme/theme.js";
import type { Paint } from "../paint.js";
import { el, r, type SvgNode } from "../svgNode.js";
import { SWIM } from "./swimmerStyle.js";

/** The zero line at the anchor, the landmark lines (6, 12 months…) and the right column's header. */
export function drawSwimmerGuides(layout: SwimmerLayout, { theme }: Paint): SvgNode {
  const small = layout.fontSize * SWIM.smallTextScale;
  return el("g", { class: "oncoline-swimmer-guides", "aria-hidden": "true" }, [
    ...layout.landmarks.map((m) =>
      el(
        "g",
        {},
        [
          ...m.pieces.map(([y1, y2]) =>
            el("line", {
              x1: r(m.x),
              x2: r(m.x),
              y1: r(y1),
              y2: r(y2),
              stroke: theme.mutedText,
              "stroke-dasharray": SWIM.landmarkDash,
              "stroke-width": SWIM.landmarkWidth,
            }),
          ),
          el(
            "text",
            {
              x: r(m.x),
              y: r(m.labelY),
              "text-anchor": "middle",
              "font-size": small,
              fill: theme.mutedText,
            },
            [m.label],
          ),
        ],
        String(m.value),
      ),
    ),
    ...(layout.zero?.pieces ?? []).map(([y1, y2]) =>
      el("line", {
        x1: r(layout.zero!.x),
        x2: r(layout.zero!.x),
        y1: r(y1),
        y2: r(y2),
        stroke: theme.text,
        "stroke-width": SWIM.zeroWidth,
      }),
    ),
    layout.waterfall ? drawWaterfallGuides(layout.waterfall, theme, layout.fontSize) : null,
    layout.afterHeader
      ? el(
          "text",
          {
            x: r(layout.afterHeader.x),
            y: r(layout.afterHeader.y),
            "font-size": small,
            fill: theme.mutedText,
          },
          [layout.afterHeader.text],
        )
      : null,
  ]);
}

/** The waterfall's zero line and its dashed RECIST reference lines (−30 %, +20 %) across the rows. */
function drawWaterfallGuides(w: SwimmerWaterfall, theme: Theme, fontSize: number): SvgNode {
  const vertical = (x: number, dashed: boolean, key: string) =>
    el(
      "line",
      {
        x1: r(x),
        x2: r(x),
        y1: r(w.y1),
        y2: r(w.y2),
        stroke: dashed ? theme.mutedText : theme.text,
        "stroke-width": dashed ? SWIM.landmarkWidth : SWIM.zeroWidth,
        ...(dashed ? { "stroke-dasharray": SWIM.landmarkDash } : {}),
      },
      [],
      key,
    );
  return el("g", { class: "oncoline-swimmer-waterfall-guides" }, [
    vertical(w.zeroX, false, "zero"),
    ...w.refs.map((ref) => vertical(ref.x, true, String(ref.value))),
    ...w.refs.map((ref) =>
      ref.label
        ? el(
            "text",
            {
              x: r(ref.x),
              y: r(ref.labelY),
              "text-anchor": "middle",
              "font-size": fontSize * SWIM.smallTextScale,
              fill: theme.mutedText,
            },
            [ref.label],
            `label ${ref.value}`,
          )
        : null,
    ),
  ]);
}

/** An axis as the layout places it: line from x0 to x1 at y, ticks with labels, a centred title. */
interface PlacedAxis {
  x0: number;
  x1: number;
  y: number;
  tickSize: number;
  tickLabelY: number;
  ticks: ReadonlyArray<{ x: number; value: number; label: string }>;
  title: { x: number; y: number; text: string };
}

/** The line, ticks, tick labels and title of an axis (the time axis and the waterfall's). */
function drawPlacedAxis(a: PlacedAxis, theme: Theme, fontSize: number): SvgNode[] {
  return [
    el("line", { x1: r(a.x0), x2: r(a.x1), y1: r(a.y), y2: r(a.y), stroke: theme.text }),
    ...a.ticks.map((t) =>
      el(
        "g",
        {},
        [
          el("line", {
            x1: r(t.x),
            x2: r(t.x),
            y1: r(a.y),
            y2: r(a.y + a.tickSize),
            stroke: theme.text,
          }),
          el(
            "text",
            {
              x: r(t.x),
              y: r(a.tickLabelY),
              "text-anchor": "middle",
              "font-size": fontSize,
              fill: theme.text,
            },
            [t.label],
          ),
        ],
        String(t.value),
      ),
    ),
    el(
      "text",
      {
        x: r(a.title.x),
        y: r(a.title.y),
        "text-anchor": "middle",
        "font-size": fontSize,
        fill: theme.text,
      },
      [a.title.text],
    ),
  ];
}

/** The time axis (and the waterfall's, when drawn): line, ticks, labels and title, all placed by the layout. */
export function drawSwimmerAxis(layout: SwimmerLayout, { theme }: Paint): SvgNode {
  const { axis, fontSize } = layout;
  const w = layout.waterfall;
  return el("g", { class: "oncoline-swimmer-axis", "aria-hidden": "true" }, [
    ...drawPlacedAxis(
      {
        x0: axis.range[0],
        x1: axis.range[1],
        y: axis.y,
        tickSize: axis.tickSize,
        tickLabelY: axis.tickLabelY,
        ticks: axis.ticks,
        title: { x: (axis.range[0] + axis.range[1]) / 2, y: axis.titleY, text: axis.title },
      },
      theme,
      fontSize,
    ),
    w
      ? el(
          "g",
          { class: "oncoline-swimmer-waterfall-axis" },
          drawPlacedAxis({ ...w, y: w.axisY }, theme, fontSize),
        )
      : null,
  ]);
}

/** The title (optional: `title: false` leaves it out) and the notes (rows not aligned, filtered out). */
export function drawSwimmerText(
  layout: SwimmerLayout,
  { theme }: Paint,
  { title = true }: { title?: boolean } = {},
): SvgNode {
  const t = title ? layout.title : null;
  return el("g", { class: "oncoline-swimmer-text" }, [
    t
      ? el(
          "text",
          {
            x: r(t.x),
            y: r(t.y),
            "font-size": t.fontSize,
            "font-weight": "bold",
            fill: theme.text,
          },
          [t.text],
        )
      : null,
    ...layout.notes.map((n) =>
      el(
        "text",
        { x: r(n.x), y: r(n.y), "font-size": layout.fontSize, fill: theme.mutedText },
        [n.text],
        n.text,
      ),
    ),
  ]);
}

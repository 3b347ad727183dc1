import { colorKeyId } from "../layout/colorKey.js";
import type { BarMark } from "../layout/types.js";
import { aroundLabel } from "../layout/markLines.js";
import { changeDiamond, DRAW, vagueOutline, type DrawContext } from "./drawContext.js";
import { drawLabel, haloAttrs } from "./drawLabel.js";
import { el, r, type SvgNode } from "./svgNode.js";

/** A course: solid where certain, faded where its start or end may lie, arrow when ongoing. */
export function drawBar(m: BarMark, ctx: DrawContext): Array<SvgNode | null> {
  const { paint } = ctx;
  const c = paint.color(m.colorKey);
  const parts: Array<SvgNode | null> = [drawPlacement(m, c)];
  if (m.vague) {
    // Nothing about the course is certain: show where it may lie, as an outline.
    parts.push(
      ...withHeld(m, ctx, c, [
        el("rect", {
          class: "oncoline-vague",
          x: r(m.x),
          y: r(m.y),
          width: r(m.x2 - m.x),
          height: r(m.height),
          ...vagueOutline(c),
        }),
        ...drawVagueStripes(m, ctx),
        // Print patterns tell classes apart in grey: on an outline as on a solid course.
        ...drawPatterns(m, { x0: m.x, x1: m.x2 }, ctx),
      ]),
      m.openEnd ? drawOpenEnd(m, ctx) : null,
      // Still given, or stopped for a stated reason: stated facts, drawn as on any course.
      m.ongoing ? drawOngoing(m, c) : null,
      drawStop(m, ctx),
      ...drawTicks(m, ctx),
      m.label ? drawLabel(m.label, paint.theme.text, paint.theme.background) : null,
    );
    return parts;
  }
  parts.push(
    ...withHeld(m, ctx, c, drawBody(m, ctx, c)),
    m.openEnd ? drawOpenEnd(m, ctx) : null,
    m.ongoing ? drawOngoing(m, c) : null,
    drawStop(m, ctx),
    ...drawTicks(m, ctx),
    drawBarLabel(m, ctx),
  );
  return parts;
}

/**
 * A course paused (hold to resume, AC stopped for a caesarean) is drawn with a gap there: its body
 * clipped to the stretches it was given, the gap bridged by a dashed line of its colour.
 */
function withHeld(
  m: BarMark,
  { paint }: DrawContext,
  c: string,
  body: Array<SvgNode | null>,
): Array<SvgNode | null> {
  const held = m.held ?? [];
  if (!held.length) return body;
  // Unique in the figure: no two bars share a row and a start.
  const id = `${paint.prefix}-held-${Math.round(m.x)}-${Math.round(m.y)}`;
  // The clip is every stretch but the held ones, a little past the bar's own ends.
  const edges = [m.x - 50, ...held.flatMap((h) => [h.x0, h.x1]), m.x2 + 50];
  const keep: SvgNode[] = [];
  for (let i = 0; i < edges.length; i += 2)
    keep.push(
      el("rect", {
        x: r(edges[i]!),
        y: r(m.y - 2),
        width: r(Math.max(0, edges[i + 1]! - edges[i]!)),
        height: r(m.height + 4),
      }),
    );
  return [
    el("clipPath", { id }, keep),
    el("g", { class: "oncoline-held", "clip-path": `url(#${id})` }, body),
    ...held.map((h) =>
      el("line", {
        x1: r(h.x0),
        x2: r(h.x1),
        y1: r(m.y + m.height / 2),
        y2: r(m.y + m.height / 2),
        stroke: c,
        "stroke-width": "1.5",
        "stroke-dasharray": "3 2",
      }),
    ),
  ];
}

/** Fades, the solid part, class stripes, intermittent dashes and print patterns. */
function drawBody(m: BarMark, ctx: DrawContext, c: string): Array<SvgNode | null> {
  const solid = m.solid;
  return [
    drawFade(m, m.startRange, "in", ctx, c),
    ...(solid ? drawSolid(m, solid, ctx, c) : [null, null]),
    drawFade(m, m.endRange, "out", ctx, c),
  ];
}

type Solid = NonNullable<BarMark["solid"]>;

/** A fade over an uncertain start (`in`) or end (`out`), or null. */
function drawFade(
  m: BarMark,
  range: { x0: number; x1: number } | null,
  dir: "in" | "out",
  { paint }: DrawContext,
  c: string,
): SvgNode | null {
  return range
    ? el("rect", {
        class: "oncoline-fade",
        x: r(range.x0),
        y: r(m.y),
        width: r(Math.max(0, range.x1 - range.x0)),
        height: r(m.height),
        fill: paint.fade(c, dir),
      })
    : null;
}

/** The solid part's rect between `y` and `y + height`. */
const solidRect = (solid: Solid, y: number, height: number) => ({
  x: r(solid.x0),
  y: r(y),
  width: r(solid.x1 - solid.x0),
  height: r(height),
});

/** The solid part, its class stripes, intermittent dashes and patterns, in drawing order. */
function drawSolid(m: BarMark, solid: Solid, ctx: DrawContext, c: string): Array<SvgNode | null> {
  const body = el("rect", {
    class: "oncoline-bar-body",
    ...solidRect(solid, m.y, m.height),
    fill: c,
    rx: "2",
  });
  return [
    body,
    ...drawStripes(m, solid, ctx),
    drawIntermittent(m, solid, ctx),
    ...drawPatterns(m, solid, ctx),
  ];
}

/**
 * Each drug class after the first, as a stripe of its colour; a class stopped before the course
 * ends (`x1`) leaves its band empty from there on.
 */
function drawStripes(m: BarMark, solid: Solid, { paint }: DrawContext): SvgNode[] {
  const stripes = m.stripes ?? [];
  const drawn = stripes.slice(1).map((st) =>
    el(
      "rect",
      {
        class: "oncoline-bar-stripe",
        ...solidRect(until(solid, st.x1), st.y, st.height),
        fill: paint.color(st.colorKey),
      },
      undefined,
      colorKeyId(st.colorKey),
    ),
  );
  const gaps = stripes.flatMap((st) =>
    st.x1 !== undefined && st.x1 < solid.x1
      ? [
          el("rect", {
            class: "oncoline-bar-stopped",
            ...solidRect({ x0: Math.max(solid.x0, st.x1), x1: solid.x1 }, st.y, st.height),
            fill: paint.theme.background,
          }),
        ]
      : [],
  );
  return [...drawn, ...gaps];
}

/** The solid part up to where a stopped class ends. */
const until = (solid: Solid, x1: number | undefined): Solid =>
  x1 === undefined ? solid : { x0: solid.x0, x1: Math.max(solid.x0, Math.min(solid.x1, x1)) };

/**
 * A vague combination shows each class after the first as a light stripe of its colour inside the
 * outline, as a solid course does: every class in the legend is drawn somewhere.
 */
function drawVagueStripes(m: BarMark, { paint }: DrawContext): SvgNode[] {
  return (m.stripes ?? []).slice(1).map((st) =>
    el(
      "rect",
      {
        class: "oncoline-bar-stripe",
        x: r(m.x),
        y: r(st.y),
        width: r(Math.max(0, Math.min(m.x2, st.x1 ?? m.x2) - m.x)),
        height: r(st.height),
        fill: paint.color(st.colorKey),
        "fill-opacity": "0.45",
      },
      undefined,
      colorKeyId(st.colorKey),
    ),
  );
}

/** Dashes along a course given intermittently, or null. */
function drawIntermittent(m: BarMark, solid: Solid, { paint }: DrawContext): SvgNode | null {
  const mid = m.y + m.height / 2;
  return m.intermittent
    ? el("line", {
        class: "oncoline-intermittent",
        x1: r(solid.x0),
        x2: r(solid.x1),
        y1: r(mid),
        y2: r(mid),
        stroke: paint.theme.background,
        "stroke-width": r(m.height * 0.5),
        "stroke-dasharray": "6 4",
      })
    : null;
}

/** Each stripe carries its own class's pattern, if it has one (every class in print). */
function drawPatterns(m: BarMark, solid: Solid, { paint }: DrawContext): SvgNode[] {
  return (m.stripes ?? [{ colorKey: m.colorKey, y: m.y, height: m.height }]).flatMap((st) => {
    const pattern = paint.pattern(st.colorKey);
    return pattern
      ? [
          el(
            "rect",
            { ...solidRect(until(solid, st.x1), st.y, st.height), fill: pattern, opacity: "0.6" },
            undefined,
            `pattern-${colorKeyId(st.colorKey)}`,
          ),
        ]
      : [];
  });
}

/** The arrow of a course still running when last reported. */
function drawOngoing(m: BarMark, c: string): SvgNode {
  const mid = m.y + m.height / 2;
  const o = DRAW.arrowOverhang;
  return el("path", {
    d: `M${r(m.x2)},${r(m.y - o)} L${r(m.x2 + DRAW.arrowLength)},${r(mid)} L${r(m.x2)},${r(m.y + m.height + o)} z`,
    fill: c,
    class: "oncoline-ongoing",
  });
}

/** The cap of a course stopped for progression (solid) or toxicity (dashed). */
function drawStop(m: BarMark, { paint }: DrawContext): SvgNode | null {
  if (m.stopReason !== "progression" && m.stopReason !== "toxicity") return null;
  const o = DRAW.stopCapOverhang;
  return el("line", {
    x1: r(m.x2),
    x2: r(m.x2),
    y1: r(m.y - o),
    y2: r(m.y + m.height + o),
    stroke: paint.theme.text,
    "stroke-width": "2",
    "stroke-dasharray": m.stopReason === "toxicity" ? "2 2" : undefined,
    class: `oncoline-stop oncoline-stop-${m.stopReason}`,
  });
}

/**
 * The bar's label. Over a print pattern, stripes or intermittent dashes, white text is lost: use
 * the page's text colour with a halo of the page's background instead.
 */
function drawBarLabel(m: BarMark, { paint }: DrawContext): SvgNode | null {
  if (!m.label) return null;
  const busy = m.label.inside && (!!paint.pattern(m.colorKey) || !!m.stripes || !!m.intermittent);
  if (busy)
    return drawLabel(m.label, paint.theme.text, undefined, haloAttrs(paint.theme.background));
  const textColor = m.label.inside ? paint.theme.barText : paint.theme.text;
  return drawLabel(m.label, textColor, paint.theme.background);
}

/** Holds, resumptions and dose changes inside a bar, each with a whisker when its date is a range. */
function drawTicks(m: BarMark, { paint }: DrawContext): SvgNode[] {
  const h = DRAW.tickHalf;
  return m.ticks.map((t, i) =>
    el(
      "g",
      { class: `oncoline-change oncoline-change-${t.type}` },
      [
        t.range
          ? el("line", {
              x1: r(t.range.x0),
              x2: r(t.range.x1),
              y1: r(m.y - DRAW.tickRangeRise),
              y2: r(m.y - DRAW.tickRangeRise),
              stroke: paint.theme.mutedText,
              "stroke-width": "1",
              "stroke-dasharray": "2 2",
            })
          : null,
        el("path", {
          d: `M${r(t.x)},${r(m.y - DRAW.tickRise)} l${h},${h} l-${h},${h} l-${h},-${h} z`,
          ...changeDiamond(t.range !== null, paint.theme),
        }),
        // The cut across the bar marks a known day; a change whose day is a window has none.
        t.range
          ? null
          : el("line", {
              x1: r(t.x),
              x2: r(t.x),
              y1: r(m.y),
              y2: r(m.y + m.height),
              stroke: paint.theme.background,
              "stroke-width": "2",
            }),
        el("title", {}, [t.description]),
      ],
      String(i),
    ),
  );
}

/** The "?" after a course whose end the source does not state (at the layout's type size). */
function drawOpenEnd(m: BarMark, { paint, fontSize }: DrawContext): SvgNode {
  return el(
    "text",
    {
      x: r(m.x2 + DRAW.openEndGap),
      y: r(m.y + m.height / 2 + fontSize * DRAW.baselineShift),
      fill: paint.theme.mutedText,
      class: "oncoline-open-end",
    },
    ["?"],
  );
}

/** Where a course placed by its stated length or order may lie: a dashed whisker with caps. */
function drawPlacement(m: BarMark, c: string): SvgNode | null {
  if (!m.placement) return null;
  const mid = m.y + m.height / 2;
  const cap = (x: number) =>
    el("line", {
      x1: r(x),
      x2: r(x),
      y1: r(mid - DRAW.capHalf),
      y2: r(mid + DRAW.capHalf),
      stroke: c,
      "stroke-width": "1",
    });
  return el("g", { class: "oncoline-placement" }, [
    ...aroundLabel(m.placement.x0, m.placement.x1, m.label, mid, m.height).map(([a, b]) =>
      el("line", {
        x1: r(a),
        x2: r(b),
        y1: r(mid),
        y2: r(mid),
        stroke: c,
        "stroke-width": "1",
        "stroke-dasharray": "2 2",
      }),
    ),
    cap(m.placement.x0),
    cap(m.placement.x1),
  ]);
}

import { PATTERN_COUNT, type Paint } from "./paint.js";
import { el, type SvgNode } from "./svgNode.js";

/** The four print patterns (hatch, dots, cross-hatch, lines) in one 6 px tile. */
function patternTile(i: number, c: string): SvgNode | null {
  if (i === 0) return el("path", { d: "M0,6 L6,0", stroke: c, "stroke-width": "1" });
  if (i === 1) return el("circle", { cx: "3", cy: "3", r: "1.1", fill: c });
  if (i === 2) return el("path", { d: "M0,0 L6,6 M0,6 L6,0", stroke: c, "stroke-width": "0.8" });
  if (i === 3) return el("path", { d: "M0,3 L6,3", stroke: c, "stroke-width": "1" });
  return null;
}

/** Gradients for uncertain edges and (print) fill patterns, with figure-prefixed ids. */
export function drawDefs(paint: Paint): SvgNode {
  const { prefix, theme } = paint;
  const gradient = (id: string, c: string, from: string, to: string) =>
    el("linearGradient", { id, x1: "0", x2: "1", y1: "0", y2: "0" }, [
      el("stop", { offset: "0", "stop-color": c, "stop-opacity": from }),
      el("stop", { offset: "1", "stop-color": c, "stop-opacity": to }),
    ]);
  return el("defs", {}, [
    ...paint.fadeColors.map((c, i) =>
      el(
        "g",
        {},
        [
          gradient(`${prefix}-fade-in-${i}`, c, "0", "1"),
          gradient(`${prefix}-fade-out-${i}`, c, "1", "0"),
        ],
        c,
      ),
    ),
    ...(paint.usesPatterns
      ? [theme.text, theme.background].flatMap((c, light) =>
          Array.from({ length: PATTERN_COUNT }, (_, i) =>
            el(
              "pattern",
              {
                id: `${prefix}-pattern-${i}${light ? "-light" : ""}`,
                width: "6",
                height: "6",
                patternUnits: "userSpaceOnUse",
              },
              [patternTile(i, c)],
              `${i}-${light}`,
            ),
          ),
        )
      : []),
    el(
      "marker",
      {
        id: `${prefix}-arrow`,
        viewBox: "0 0 10 10",
        refX: "8",
        refY: "5",
        markerWidth: "6",
        markerHeight: "6",
        orient: "auto-start-reverse",
      },
      [el("path", { d: "M0,0 L10,5 L0,10 z", fill: theme.link })],
    ),
  ]);
}

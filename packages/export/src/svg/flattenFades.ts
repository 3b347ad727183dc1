import { hexColor } from "./resolvePaint.js";
import type { XmlElement, XmlNode } from "./parseSvgTree.js";
import { num } from "./svgStyle.js";

/**
 * Gradient stops with `stop-opacity` below 1 (the fades of uncertain edges) as opaque stops whose
 * colour is the stop's colour composited over `background`, because svg2pdf.js draws gradient
 * stops opaque and a fade to transparent would print as a solid bar. Over the background the
 * picture is the same; over a lane band the fade ends in the background colour instead of the
 * band's. Stops whose colour is not a hex colour are left as they are. Returns a new tree.
 */
export function flattenFades(el: XmlElement, background: string): XmlElement {
  const bg = rgb(hexColor(background.trim()) ?? "#ffffff");
  const children: XmlNode[] = el.children.map((c) =>
    typeof c === "string"
      ? c
      : c.name === "stop"
        ? flattenStop(c, bg)
        : flattenFades(c, background),
  );
  return { ...el, children };
}

function flattenStop(stop: XmlElement, bg: readonly number[]): XmlElement {
  const opacity = Math.min(1, Math.max(0, num(stop.attrs["stop-opacity"], 1)));
  const hex = hexColor((stop.attrs["stop-color"] ?? "#000000").trim());
  if (opacity >= 1 || hex === null || hex === "none") return stop;
  const c = rgb(hex);
  const mixed = c.map((v, i) => Math.round(v * opacity + bg[i]! * (1 - opacity)));
  const color = `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
  return { ...stop, attrs: { ...stop.attrs, "stop-color": color, "stop-opacity": "1" } };
}

const rgb = (hex: string): number[] =>
  [0, 1, 2].map((i) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16));

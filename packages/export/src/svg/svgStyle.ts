import type { XmlElement } from "./parseSvgTree.js";

/** The presentation properties SVG inherits from parent to child, as attribute text. */
export type Inherited = Readonly<Record<(typeof INHERITED)[number], string | undefined>>;

const INHERITED = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "stroke-dasharray",
  "paint-order",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
] as const;

/** SVG's initial values (fill black, no stroke, 16 px sans-serif). */
export const INITIAL_STYLE: Inherited = {
  fill: "#000000",
  "fill-opacity": "1",
  stroke: "none",
  "stroke-opacity": "1",
  "stroke-width": "1",
  "stroke-dasharray": "none",
  "paint-order": "normal",
  "font-family": "sans-serif",
  "font-size": "16",
  "font-weight": "normal",
  "font-style": "normal",
  "text-anchor": "start",
};

/** An element's own presentation attributes, with a `style` attribute's declarations on top. */
export function ownStyle(el: XmlElement): Record<string, string> {
  const own: Record<string, string> = { ...el.attrs };
  for (const decl of (el.attrs.style ?? "").split(";")) {
    const i = decl.indexOf(":");
    if (i > 0) own[decl.slice(0, i).trim()] = decl.slice(i + 1).trim();
  }
  return own;
}

/** The inherited properties of an element, given its parent's. */
export function inherit(parent: Inherited, own: Record<string, string>): Inherited {
  const next: Record<string, string | undefined> = { ...parent };
  for (const key of INHERITED) {
    const v = own[key];
    if (v !== undefined && v !== "inherit") next[key] = v;
  }
  return next as Inherited;
}

/** A number from an attribute (`12`, `12px`), or `fallback`. */
export function num(text: string | undefined, fallback = 0): number {
  if (text === undefined) return fallback;
  const n = Number.parseFloat(text);
  return Number.isFinite(n) ? n : fallback;
}

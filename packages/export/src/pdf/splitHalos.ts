import type { XmlElement, XmlNode } from "../svg/parseSvgTree.js";

/**
 * Haloed labels (`paint-order="stroke"`: a white outline behind the letters) as two texts, an
 * outline-only copy then a fill-only copy, because svg-to-pdfkit ignores `paint-order` and would
 * paint the outline over the letters. Returns a new tree; the input is not changed.
 */
export function splitHalos(el: XmlElement): XmlElement {
  const children: XmlNode[] = [];
  for (const c of el.children) {
    if (typeof c === "string") children.push(c);
    else if (c.name === "text" && /^\s*stroke/.test(c.attrs["paint-order"] ?? "")) {
      const attrs = { ...c.attrs };
      delete attrs["paint-order"];
      children.push({ ...c, attrs: { ...attrs, fill: "none" } });
      children.push({ ...c, attrs: { ...attrs, stroke: "none" } });
    } else children.push(splitHalos(c));
  }
  return { ...el, children };
}

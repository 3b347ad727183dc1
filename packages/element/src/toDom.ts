import type { SvgNode } from "@oncoline/core";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Map scene nodes to DOM nodes: the element's whole renderer. Attributes are set one by one
 * (never a `style` attribute, never markup parsed from strings), so user text is only ever text.
 * Slots are left out: the element has no custom layers.
 */
export function toDom(node: SvgNode | string, doc: Document): Node | null {
  if (typeof node === "string") return doc.createTextNode(node);
  if (node.tag === "#slot") return null;
  const out: Node =
    node.tag === "#fragment" ? doc.createDocumentFragment() : doc.createElementNS(SVG_NS, node.tag);
  if (out instanceof Element)
    for (const [k, v] of Object.entries(node.attrs))
      if (v !== undefined && k !== "xmlns") out.setAttribute(k, String(v));
  for (const child of node.children ?? []) {
    const c = toDom(child, doc);
    if (c) out.appendChild(c);
  }
  return out;
}

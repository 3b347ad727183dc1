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
  if (node.tag === "#fragment") {
    const fragment = doc.createDocumentFragment();
    appendChildren(fragment, node.children, doc);
    return fragment;
  }
  const out = doc.createElementNS(SVG_NS, node.tag);
  const attrs = node.attrs;
  for (const k in attrs) {
    const v = attrs[k];
    if (v !== undefined && k !== "xmlns")
      out.setAttribute(k, typeof v === "string" ? v : String(v));
  }
  const children = node.children;
  // A title or a label: its one text as text content, without a text node built apart.
  if (children?.length === 1 && typeof children[0] === "string") out.textContent = children[0];
  else appendChildren(out, children, doc);
  return out;
}

function appendChildren(parent: Node, children: SvgNode["children"], doc: Document): void {
  if (!children) return;
  for (const child of children) {
    const c = toDom(child, doc);
    if (c) parent.appendChild(c);
  }
}

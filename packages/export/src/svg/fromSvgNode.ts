import type { SvgNode } from "@oncoline/core";
import type { XmlElement, XmlNode } from "./parseSvgTree.js";

/**
 * Core's scene (`drawTimeline`: SVG nodes with resolved attributes) as the element tree the SVG
 * parser gives: `#fragment` children join their parent, unfilled `#slot`s draw nothing.
 */
export function fromSvgNode(node: SvgNode): XmlElement {
  const svg = node.tag === "svg" ? node : undefined;
  if (!svg) throw new Error(`not an SVG scene: the root node is '${node.tag}'`);
  return convert(svg);
}

function convert(node: SvgNode): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(node.attrs)) if (v !== undefined) attrs[k] = String(v);
  return { name: node.tag, attrs, children: childrenOf(node) };
}

function childrenOf(node: SvgNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of node.children ?? []) {
    if (typeof c === "string") out.push(c);
    else if (c.tag === "#fragment") out.push(...childrenOf(c));
    else if (c.tag !== "#slot") out.push(convert(c));
  }
  return out;
}

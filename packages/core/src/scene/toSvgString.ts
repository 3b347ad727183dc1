import type { SvgNode } from "./svgNode.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};
/** Escape text and attribute values (the same five characters React escapes). */
export const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Serialize a scene to SVG markup: a framework-free renderer for servers, the custom element and
 * exports. Slots are left empty unless `slots` fills them with markup.
 */
export function toSvgString(node: SvgNode | string, slots: Record<string, string> = {}): string {
  if (typeof node === "string") return escapeXml(node);
  if (node.tag === "#slot") return slots[String(node.attrs.name)] ?? "";
  const inner = (node.children ?? []).map((c) => toSvgString(c, slots)).join("");
  if (node.tag === "#fragment") return inner;
  let attrs = "";
  for (const [k, v] of Object.entries(node.attrs)) {
    if (v === undefined) continue;
    attrs += ` ${k}="${escapeXml(String(v))}"`;
  }
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

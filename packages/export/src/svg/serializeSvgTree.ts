import type { XmlElement } from "./parseSvgTree.js";

const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/** Write an element tree back as XML text (every attribute and text escaped). */
export function serializeSvgTree(el: XmlElement): string {
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  const inner = el.children
    .map((c) => (typeof c === "string" ? escapeText(c) : serializeSvgTree(c)))
    .join("");
  return `<${el.name}${attrs}>${inner}</${el.name}>`;
}

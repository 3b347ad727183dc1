import { SaxesParser } from "saxes";

/** One XML element of a parsed SVG: its name, attributes and children (elements and text). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
/** A child of an element: an element, or character data. */
export type XmlNode = XmlElement | string;

/**
 * Parse an SVG document into a small element tree with saxes (a strict XML 1.0 parser). Throws
 * an Error that names the line and column when the text is not well-formed XML.
 */
export function parseSvgTree(svg: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let error: Error | null = null;
  parser.on("error", (e) => {
    error ??= new Error(`not well-formed SVG: ${e.message}`);
  });
  parser.on("opentag", (tag) => {
    const el: XmlElement = {
      name: tag.name,
      attrs: { ...(tag.attributes as Record<string, string>) },
      children: [],
    };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const onText = (text: string) => {
    if (stack.length > 1) stack[stack.length - 1]!.children.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(svg).close();
  if (error) throw error;
  const svgEl = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!svgEl || svgEl.name !== "svg")
    throw new Error(`not an SVG document: the root element is '${svgEl?.name ?? "missing"}'`);
  return svgEl;
}

/** The element children of an element. */
export const elements = (el: XmlElement): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== "string");

/** The text content of an element and its descendants, in document order. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}

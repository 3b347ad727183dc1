// The normal form of a golden SVG: one element per line, indented, numbers of geometry rounded to
// 2 decimals, every id unique and every reference to one resolvable. Parsed with saxes (a strict
// XML 1.0 parser), so a golden is also proof that the figure is well-formed XML.
import { SaxesParser } from "saxes";

interface Element {
  name: string;
  attributes: Array<[string, string]>;
  children: Node[];
}
type Node = Element | { text: string } | { comment: string };

/**
 * Elements whose content is text: kept on one line exactly as rendered, since whitespace added
 * inside them would be drawn (between `<tspan>`s) or read out (`<title>`, `<desc>`).
 */
const TEXT_ELEMENTS = new Set(["text", "tspan", "textPath", "title", "desc", "style"]);

/** Attributes that hold numbers among other characters (path data, transforms, lists). */
const NUMBER_LISTS = new Set([
  "d",
  "points",
  "transform",
  "gradientTransform",
  "patternTransform",
  "viewBox",
  "stroke-dasharray",
]);
const ONLY_NUMBERS = /^[\d\s.,eE+-]+$/;
const NUMBER = /[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?/g;

/** `n` rounded to 2 decimals, without a trailing zero or a negative zero. */
function round(n: string): string {
  if (!/[.eE]/.test(n)) return n;
  const r = Math.round(Number(n) * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

const roundAttribute = (name: string, value: string) =>
  NUMBER_LISTS.has(name) || ONLY_NUMBERS.test(value) ? value.replace(NUMBER, round) : value;

const escText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escAttr = (s: string) =>
  escText(s)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");

/** The document's root element and XML declaration; throws on the first well-formedness error. */
function parse(svg: string): { declaration: string; root: Element } {
  const parser = new SaxesParser({ xmlns: false });
  const stack: Element[] = [{ name: "#document", attributes: [], children: [] }];
  const top = () => stack[stack.length - 1]!;
  let declaration = "";
  parser.on("error", (e) => {
    throw new Error(`not well-formed XML: ${e.message}`);
  });
  parser.on("xmldecl", (d) => {
    declaration = `<?xml version="${d.version ?? "1.0"}"${d.encoding ? ` encoding="${d.encoding}"` : ""}?>`;
  });
  parser.on("opentag", (tag) => {
    const el: Element = {
      name: tag.name,
      attributes: Object.entries(tag.attributes).map(([k, v]) => [k, roundAttribute(k, v)]),
      children: [],
    };
    top().children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (text) => void top().children.push({ text }));
  parser.on("cdata", (text) => void top().children.push({ text }));
  parser.on("comment", (comment) => void top().children.push({ comment }));
  parser.write(svg).close();
  const roots = stack[0]!.children.filter((n): n is Element => "name" in n);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return { declaration, root: roots[0]! };
}

const openTag = (el: Element) =>
  `<${el.name}${el.attributes.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join("")}`;

/** An element and everything in it on one line, with no whitespace added. */
function inline(node: Node): string {
  if ("text" in node) return escText(node.text);
  if ("comment" in node) return `<!--${node.comment}-->`;
  if (node.children.length === 0) return `${openTag(node)}/>`;
  return `${openTag(node)}>${node.children.map(inline).join("")}</${node.name}>`;
}

/**
 * One element per line, two spaces per level. Whitespace between elements is dropped (it draws
 * nothing outside text); an element with text in it stays on one line as it was.
 */
function lines(el: Element, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const hasText = el.children.some((c) => "text" in c && c.text.trim() !== "");
  if (el.children.length === 0 || TEXT_ELEMENTS.has(el.name) || hasText) {
    out.push(pad + inline(el));
    return;
  }
  out.push(`${pad}${openTag(el)}>`);
  for (const c of el.children) {
    if ("name" in c) lines(c, depth + 1, out);
    else if ("comment" in c) out.push(`${pad}  ${inline(c)}`);
  }
  out.push(`${pad}</${el.name}>`);
}

/** Every id once, and every `url(#…)`, `href="#…"` and `aria-*by` reference names one. */
function checkIds(root: Element): void {
  const ids = new Set<string>();
  const refs: Array<[string, string]> = [];
  const visit = (el: Element) => {
    for (const [k, v] of el.attributes) {
      if (k === "id") {
        if (ids.has(v)) throw new Error(`id "${v}" is used twice`);
        ids.add(v);
      } else if (k === "aria-labelledby" || k === "aria-describedby") {
        for (const id of v.split(/\s+/).filter(Boolean)) refs.push([k, id]);
      } else if ((k === "href" || k === "xlink:href") && v.startsWith("#")) {
        refs.push([k, v.slice(1)]);
      } else {
        for (const m of v.matchAll(/url\(#([^)]+)\)/g)) refs.push([k, m[1]!]);
      }
    }
    for (const c of el.children) if ("name" in c) visit(c);
  };
  visit(root);
  for (const [attribute, id] of refs)
    if (!ids.has(id)) throw new Error(`${attribute} refers to "${id}", which no element has as id`);
}

/**
 * The normal form of an SVG document for golden files: the XML declaration, then one element per
 * line, indented by two spaces; text elements (`<text>` with its `<tspan>`s, `<title>`, `<desc>`)
 * on one line exactly as rendered; numbers in geometry attributes (`x`, `width`, `d`,
 * `transform`…) rounded to 2 decimals, never numbers in labels; entities written one way. Ids are
 * kept (the renderer derives them from the document's id and the mark's place, so they are
 * stable), but each must be unique and each reference must resolve, or this throws. Idempotent:
 * `prettySvg(prettySvg(s)) === prettySvg(s)`.
 */
export function prettySvg(svg: string): string {
  const { declaration, root } = parse(svg);
  checkIds(root);
  const out: string[] = declaration ? [declaration] : [];
  lines(root, 0, out);
  return out.join("\n") + "\n";
}

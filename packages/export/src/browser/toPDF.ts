import type { Timeline } from "@oncoline/core/render";
import { FIXED_DATE } from "../fixedDate.js";
import { ptPerPx } from "../print/printSize.js";
import { splitHalos } from "../pdf/splitHalos.js";
import { flattenFades } from "../svg/flattenFades.js";
import { fromSvgNode } from "../svg/fromSvgNode.js";
import type { XmlElement } from "../svg/parseSvgTree.js";
import { serializeSvgTree } from "../svg/serializeSvgTree.js";
import { figureScene, type FigureExportOptions } from "./figureScene.js";

/** TrueType font files (bytes) to embed in the PDF under one family name. */
export interface PdfFont {
  /** The family the figure's `font-family` names first; default "DejaVu Sans" (every theme's). */
  family?: string;
  regular: ArrayBuffer | Uint8Array;
  bold?: ArrayBuffer | Uint8Array;
  italic?: ArrayBuffer | Uint8Array;
  boldItalic?: ArrayBuffer | Uint8Array;
}

/** Options of the browser's `toPDF`. */
export interface BrowserPdfOptions extends FigureExportOptions {
  /** Print width of the page in millimetres; default the figure's px at 96 px per inch. */
  widthMm?: number;
  /** The document's title; default the figure's `<title>`. */
  title?: string;
  /** The document's author (none by default). */
  author?: string;
  /** The creation date written; default 1980-01-01. */
  date?: Date;
  /**
   * A TrueType font to embed (as a subset), e.g. DejaVu Sans, the font the layout measures with.
   * Without it, text is set in Helvetica, one of PDF's standard fonts: not embedded, its widths
   * differ a little from the layout's, and it only has Latin-1 (WinAnsi) characters.
   */
  font?: PdfFont;
}

/**
 * A vector PDF of the figure in the browser, one page exactly the figure's size: shapes stay
 * shapes and text stays text (selectable). jsPDF and svg2pdf.js are imported only when this is
 * called. svg2pdf.js ignores `paint-order` and gradient `stop-opacity`, so haloed labels are
 * split into outline then letters, and fades are flattened over the background (`flattenFades`).
 */
export async function toPDF(timeline: Timeline, options: BrowserPdfOptions = {}): Promise<Blob> {
  const figure = figureScene(timeline, options);
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import("jspdf"), import("svg2pdf.js")]);
  const k = ptPerPx(figure.width, options.widthMm);
  const [w, h] = [figure.width * k, figure.height * k];
  const doc = new jsPDF({
    unit: "pt",
    format: [w, h],
    orientation: w > h ? "landscape" : "portrait",
    compress: true,
  });
  const tree = fromSvgNode(figure.node);
  const text = (name: string) => {
    const el = tree.children.find((c): c is XmlElement => typeof c !== "string" && c.name === name);
    return el ? textOf(el).trim() : "";
  };
  const title = options.title ?? text("title");
  doc.setProperties({
    title,
    subject: text("desc"),
    creator: "Oncoline",
    ...(options.author ? { author: options.author } : {}),
  });
  doc.setCreationDate(options.date ?? FIXED_DATE);
  doc.setLanguage("en");
  if (options.font) embedFont(doc, options.font);
  const svg = serializeSvgTree(flattenFades(splitHalos(tree), figure.background));
  const element = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  await svg2pdf(element, doc, { x: 0, y: 0, width: w, height: h });
  return new Blob([doc.output("arraybuffer")], { type: "application/pdf" });
}

const textOf = (el: XmlElement): string =>
  el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");

type JsPdf = InstanceType<typeof import("jspdf").jsPDF>;

/** Register the font's files under the style names svg2pdf.js asks jsPDF for. */
function embedFont(doc: JsPdf, font: PdfFont): void {
  const family = font.family ?? "DejaVu Sans";
  const styles = [
    ["normal", font.regular],
    ["bold", font.bold ?? font.regular],
    ["italic", font.italic ?? font.regular],
    ["bolditalic", font.boldItalic ?? font.bold ?? font.regular],
  ] as const;
  for (const [style, bytes] of styles) {
    const file = `${family}-${style}.ttf`;
    doc.addFileToVFS(file, binaryString(bytes));
    doc.addFont(file, family, style, undefined, "Identity-H");
  }
}

function binaryString(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = "";
  for (let i = 0; i < u8.length; i += 0x8000)
    s += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return s;
}

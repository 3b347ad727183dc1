import { FIXED_DATE } from "../fixedDate.js";
import { ptPerPx } from "../print/printSize.js";
import { splitHalos } from "../pdf/splitHalos.js";
import { flattenFades } from "../svg/flattenFades.js";
import { fromSvgNode } from "../svg/fromSvgNode.js";
import type { XmlElement } from "../svg/parseSvgTree.js";
import { serializeSvgTree } from "../svg/serializeSvgTree.js";
import type { FigureExportOptions, FigureScene } from "./figureScene.js";

/** A TrueType file: its bytes, or a URL to fetch them from. */
export type FontFile = ArrayBuffer | Uint8Array | string;

/** TrueType font files to embed in the PDF under one family name; missing styles use `regular`. */
export interface PdfFont {
  /** The family the figure's `font-family` names first; default "DejaVu Sans" (every theme's). */
  family?: string;
  regular: FontFile;
  bold?: FontFile;
  italic?: FontFile;
  boldItalic?: FontFile;
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
   * A TrueType font to embed (as a subset), e.g. DejaVu Sans, the font the layout measures with:
   * bytes or URLs. Without it, text is set in Helvetica, one of PDF's standard fonts: not
   * embedded, a little narrower than the layout measured, and with WinAnsi characters only (an
   * arrow `→` or `≥` prints as a wrong glyph).
   */
  font?: PdfFont;
}

/**
 * A vector PDF of the figure in the browser, one page exactly the figure's size: shapes stay
 * shapes and text stays text (selectable). jsPDF and svg2pdf.js are imported only when this is
 * called. svg2pdf.js ignores `paint-order` and gradient `stop-opacity`, so haloed labels are
 * split into outline then letters, and fades are flattened over the background (`flattenFades`).
 */
export async function pdfOfScene(
  figure: FigureScene,
  options: BrowserPdfOptions = {},
): Promise<Blob> {
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
  if (options.font) await embedFont(doc, options.font);
  const svg = serializeSvgTree(flattenFades(splitHalos(tree), figure.background));
  const element = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  await svg2pdf(element, doc, { x: 0, y: 0, width: w, height: h });
  return new Blob([doc.output("arraybuffer")], { type: "application/pdf" });
}

const textOf = (el: XmlElement): string =>
  el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");

type JsPdf = InstanceType<typeof import("jspdf").jsPDF>;

/** Register the font's files under the style names svg2pdf.js asks jsPDF for. */
async function embedFont(doc: JsPdf, font: PdfFont): Promise<void> {
  const family = font.family ?? "DejaVu Sans";
  const styles = [
    ["normal", font.regular],
    ["bold", font.bold ?? font.regular],
    ["italic", font.italic ?? font.regular],
    ["bolditalic", font.boldItalic ?? font.bold ?? font.regular],
  ] as const;
  const files = await Promise.all(styles.map(([, file]) => fontBytes(file)));
  for (const [i, [style]] of styles.entries()) {
    const file = `${family}-${style}.ttf`;
    doc.addFileToVFS(file, binaryString(files[i]!));
    doc.addFont(file, family, style, undefined, "Identity-H");
  }
}

async function fontBytes(file: FontFile): Promise<ArrayBuffer | Uint8Array> {
  if (typeof file !== "string") return file;
  const res = await fetch(file);
  if (!res.ok) throw new Error(`toPDF: could not load the font ${file}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

function binaryString(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = "";
  for (let i = 0; i < u8.length; i += 0x8000)
    s += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return s;
}

import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { FIXED_DATE } from "../fixedDate.js";
import { dejaVuFiles } from "../fonts.js";
import { ptPerPx } from "../print/printSize.js";
import { elements, parseSvgTree, textContent } from "../svg/parseSvgTree.js";
import { serializeSvgTree } from "../svg/serializeSvgTree.js";
import { num } from "../svg/svgStyle.js";
import { splitHalos } from "./splitHalos.js";

/** Options of `toPDF`. */
export interface PdfOptions {
  /** Print width of every page in millimetres (85, 120, 180 for journal columns); default the figure's px at 96 px per inch. */
  widthMm?: number;
  /** The document's title; default the first figure's `<title>`. */
  title?: string;
  /** The document's author (none by default). */
  author?: string;
  /** The creation date written (PDF requires one); default 1980-01-01 so the same input gives the same bytes. */
  date?: Date;
  /** Hears what svg-to-pdfkit could not draw (none for Oncoline's figures). */
  onWarning?: (message: string) => void;
}

const FONT = {
  regular: "DejaVu Sans",
  bold: "DejaVu Sans-Bold",
  italic: "DejaVu Sans-Oblique",
  boldItalic: "DejaVu Sans-BoldOblique",
};

/**
 * A vector PDF, one page per figure, each page exactly the figure's size: shapes stay shapes, text
 * stays text (searchable, selectable) in DejaVu Sans, embedded as a subset — the font the layout
 * measured with, whatever the SVG's font stack names. A figure is an SVG string from
 * `renderToSVG` / `renderSwimmerPages`. Deterministic: the same figures give the same bytes.
 */
export async function toPDF(
  figures: string | readonly string[],
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const list = typeof figures === "string" ? [figures] : figures;
  if (list.length === 0) throw new RangeError("toPDF: no figures given (one page per figure)");
  const trees = list.map((svg) => parseSvgTree(svg));
  const titleOf = (name: string) => {
    const el = elements(trees[0]!).find((e) => e.name === name);
    return el ? textContent(el).trim() : undefined;
  };
  const title = options.title ?? titleOf("title");
  const subject = titleOf("desc");
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    lang: "en",
    displayTitle: title !== undefined,
    info: {
      CreationDate: options.date ?? FIXED_DATE,
      Creator: "Oncoline",
      ...(title ? { Title: title } : {}),
      ...(subject ? { Subject: subject } : {}),
      ...(options.author ? { Author: options.author } : {}),
    },
  });
  const files = dejaVuFiles();
  for (const key of ["regular", "bold", "italic", "boldItalic"] as const)
    doc.registerFont(FONT[key], files[key]);
  const chunks: Uint8Array[] = [];
  doc.on("data", (c: Uint8Array) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  for (const tree of trees) {
    const width = num(tree.attrs.width, 300);
    const height = num(tree.attrs.height, 150);
    const k = ptPerPx(width, options.widthMm);
    doc.addPage({ size: [width * k, height * k], margin: 0 });
    SVGtoPDF(doc, serializeSvgTree(splitHalos(tree)), 0, 0, {
      width: width * k,
      height: height * k,
      preserveAspectRatio: "xMinYMin meet",
      assumePt: true,
      fontCallback: (_family, bold, italic) =>
        bold && italic ? FONT.boldItalic : bold ? FONT.bold : italic ? FONT.italic : FONT.regular,
      warningCallback: options.onWarning ?? (() => {}),
    });
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

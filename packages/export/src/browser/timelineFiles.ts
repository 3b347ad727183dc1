import type { Timeline } from "@oncoline/core/render";
import { figureScene, type FigureExportOptions } from "./figureScene.js";
import { pdfOfScene, type BrowserPdfOptions } from "./toPDF.js";
import { pngOfScene, type PngOptions } from "./toPNG.js";
import { pptxOfScenes, type BrowserPptxOptions } from "./toPPTX.js";
import { svgOfScene } from "./toSVG.js";

/**
 * A standalone SVG document of a validated timeline, drawn by core's scene in the browser (no
 * React): title, description, legend, every label escaped. The same input gives the same text.
 */
export function toSVG(timeline: Timeline, options: FigureExportOptions = {}): string {
  return svgOfScene(figureScene(timeline, options));
}

/**
 * A PNG of the figure: its SVG drawn onto a canvas at a scale (or at a print width and dpi),
 * returned as a Blob. The browser loads the SVG as an image from a `blob:` URL, so under a
 * Content-Security-Policy the page must allow `img-src blob:`.
 */
export async function toPNG(timeline: Timeline, options: PngOptions = {}): Promise<Blob> {
  return pngOfScene(figureScene(timeline, options), options);
}

/**
 * A vector PDF of the figure in the browser, one page exactly the figure's size: shapes stay
 * shapes and text stays text (selectable). jsPDF and svg2pdf.js are imported only when this is
 * called.
 */
export async function toPDF(timeline: Timeline, options: BrowserPdfOptions = {}): Promise<Blob> {
  return pdfOfScene(figureScene(timeline, options), options);
}

/**
 * An editable PowerPoint deck in the browser, one 16:9 slide per timeline, drawn by the same
 * mapping as Node's `toPPTX` (native shapes and text boxes, alt text, notes). pptxgenjs and JSZip
 * are imported only when this is called.
 */
export async function toPPTX(
  timelines: Timeline | readonly Timeline[],
  options: BrowserPptxOptions = {},
): Promise<Blob> {
  const list: readonly Timeline[] = Array.isArray(timelines) ? timelines : [timelines as Timeline];
  if (list.length === 0)
    throw new RangeError("toPPTX: no timelines given (one slide per timeline)");
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { title, author, date, ...figureOptions } = options;
  return pptxOfScenes(
    list.map((t) => figureScene(t, figureOptions)),
    options,
  );
}

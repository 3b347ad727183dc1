import type { FigureExportOptions } from "./figureScene.js";
import type { BrowserPdfOptions } from "./toPDF.js";
import type { PngOptions } from "./toPNG.js";
import type { BrowserPptxOptions } from "./toPPTX.js";

/** The download formats, in the order buttons show them. */
export const EXPORT_FORMATS = ["svg", "png", "pdf", "pptx"] as const;
/** A download format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of `exportTimeline`: the figure's, plus each format's own. */
export type ExportOptions = FigureExportOptions &
  Omit<PngOptions, keyof FigureExportOptions> &
  Omit<BrowserPdfOptions, keyof FigureExportOptions> &
  Omit<BrowserPptxOptions, keyof FigureExportOptions>;

/** Why a format cannot be made: it is not one of EXPORT_FORMATS. */
export const unknownFormat = (format: string): RangeError =>
  new RangeError(`export: format must be one of ${EXPORT_FORMATS.join(", ")}, got '${format}'`);

/** A file name for a download: an id (letters, digits, `-`, `_` kept, else `fallback`) and the format. */
export function fileNameOf(id: string, format: ExportFormat, fallback: string): string {
  const base = id.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${base || fallback}.${format}`;
}

import type { Timeline } from "@oncoline/core/render";
import type { FigureExportOptions } from "./figureScene.js";
import { toPDF, type BrowserPdfOptions } from "./toPDF.js";
import { toPNG, type PngOptions } from "./toPNG.js";
import { toPPTX, type BrowserPptxOptions } from "./toPPTX.js";
import { toSVG } from "./toSVG.js";

/** The download formats, in the order buttons show them. */
export const EXPORT_FORMATS = ["svg", "png", "pdf", "pptx"] as const;
/** A download format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of `exportTimeline`: the figure's, plus each format's own. */
export type ExportOptions = FigureExportOptions &
  Omit<PngOptions, keyof FigureExportOptions> &
  Omit<BrowserPdfOptions, keyof FigureExportOptions> &
  Omit<BrowserPptxOptions, keyof FigureExportOptions>;

const MAKE: Record<ExportFormat, (t: Timeline, o: ExportOptions) => Promise<Blob>> = {
  svg: async (t, o) => new Blob([toSVG(t, o)], { type: "image/svg+xml" }),
  png: toPNG,
  pdf: toPDF,
  pptx: toPPTX,
};

/** One timeline in one format, as a Blob. Throws a RangeError naming the formats for any other. */
export function exportTimeline(
  timeline: Timeline,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Blob> {
  if (!Object.hasOwn(MAKE, format))
    return Promise.reject(
      new RangeError(`export: format must be one of ${EXPORT_FORMATS.join(", ")}, got '${format}'`),
    );
  return MAKE[format](timeline, options);
}

/** A file name for a download: the document id (letters, digits, `-`, `_` kept) and the format. */
export function fileName(timeline: Timeline, format: ExportFormat): string {
  const base = timeline.document.id.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${base || "timeline"}.${format}`;
}

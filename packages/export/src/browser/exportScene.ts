import type { FigureExportOptions, FigureScene } from "./figureScene.js";
import { fileNameOf, unknownFormat, type ExportFormat } from "./formats.js";
import { pdfOfScene, type BrowserPdfOptions } from "./toPDF.js";
import { pngOfScene, type PngOptions } from "./toPNG.js";
import { pptxOfScenes, type BrowserPptxOptions } from "./toPPTX.js";
import { svgOfScene } from "./toSVG.js";

/** A format's own options for `exportScene` (the figure is drawn already). */
export type SceneExportOptions = Omit<PngOptions, keyof FigureExportOptions> &
  Omit<BrowserPdfOptions, keyof FigureExportOptions> &
  Omit<BrowserPptxOptions, keyof FigureExportOptions>;

const MAKE: Record<ExportFormat, (f: FigureScene, o: SceneExportOptions) => Promise<Blob>> = {
  svg: async (f) => new Blob([svgOfScene(f)], { type: "image/svg+xml" }),
  png: pngOfScene,
  pdf: pdfOfScene,
  pptx: (f, o) => pptxOfScenes([f], o),
};

/**
 * A figure already drawn by core's scene (a swimmer plot, say) in one format, as a Blob: what
 * `exportTimeline` does for a timeline, without the timeline's layout (a page that draws no
 * timeline does not download it). Rejects with a RangeError naming the formats for any other.
 */
export function exportScene(
  figure: FigureScene,
  format: ExportFormat,
  options: SceneExportOptions = {},
): Promise<Blob> {
  if (!Object.hasOwn(MAKE, format)) return Promise.reject(unknownFormat(format));
  return MAKE[format](figure, options);
}

/** A file name for a download of a figure: its id (letters, digits, `-`, `_` kept) and the format. */
export function sceneFileName(figure: FigureScene, format: ExportFormat): string {
  return fileNameOf(figure.id, format, "figure");
}

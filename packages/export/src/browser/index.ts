// @oncoline/export/browser: the same downloads in the browser, from a validated Timeline. The heavy
// libraries (jsPDF, svg2pdf.js, pptxgenjs, JSZip) are imported only when a PDF or deck is made.
export { toSVG, toPNG, toPDF, toPPTX } from "./timelineFiles.js";
export type { PngOptions } from "./toPNG.js";
export type { BrowserPdfOptions, FontFile, PdfFont } from "./toPDF.js";
export type { BrowserPptxOptions } from "./toPPTX.js";
export { download } from "./download.js";
export { exportTimeline, EXPORT_FORMATS, fileName } from "./exportTimeline.js";
export type { ExportFormat, ExportOptions } from "./exportTimeline.js";
export { exportScene, sceneFileName } from "./exportScene.js";
export type { SceneExportOptions } from "./exportScene.js";
export type { FigureExportOptions, FigureScene } from "./figureScene.js";
export { printSize, pngScale, mmToPt, ptPerPx, JOURNAL_WIDTHS_MM } from "../print/printSize.js";

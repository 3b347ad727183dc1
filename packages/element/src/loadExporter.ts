import { lazyChunk } from "./lazyChunk.js";

/**
 * The exports (SVG, PNG, PDF, PowerPoint) are a separate chunk, loaded the first time a download
 * is asked for; jsPDF, svg2pdf.js and pptxgenjs load later still, only for their own format.
 */
export const loadExporter = lazyChunk(() => import("@oncoline/export/browser"));

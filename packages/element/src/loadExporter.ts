type Exporter = typeof import("@oncoline/export/browser");
let exporter: Promise<Exporter> | null = null;

/**
 * The exports (SVG, PNG, PDF, PowerPoint) are a separate chunk, loaded the first time a download
 * is asked for; jsPDF, svg2pdf.js and pptxgenjs load later still, only for their own format.
 */
export function loadExporter(): Promise<Exporter> {
  exporter ??= import("@oncoline/export/browser").catch((e: unknown) => {
    exporter = null;
    throw e;
  });
  return exporter;
}

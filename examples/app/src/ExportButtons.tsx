import type { AxisOptions, Timeline } from "@oncoline/core";
import type { ThemeName } from "@oncoline/react";
import {
  download,
  EXPORT_FORMATS,
  exportTimeline,
  fileName,
  type ExportFormat,
} from "@oncoline/export/browser";
import { useState } from "react";
import dejaVuBold from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url";
import dejaVuBoldOblique from "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url";
import dejaVuOblique from "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url";
import dejaVu from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url";

export interface ExportButtonsProps {
  timeline: Timeline;
  theme: ThemeName;
  axis: AxisOptions | undefined;
}

const LABELS: Record<ExportFormat, string> = {
  svg: "SVG",
  png: "PNG",
  pdf: "PDF",
  pptx: "PowerPoint",
};

/** DejaVu Sans, the font the layout measures with, embedded in PDFs (Vite serves the files). */
const FONT = {
  regular: dejaVu,
  bold: dejaVuBold,
  italic: dejaVuOblique,
  boldItalic: dejaVuBoldOblique,
};

/**
 * Download the figure as SVG, PNG (2×), PDF (vector, DejaVu Sans embedded) or PowerPoint
 * (editable shapes) with `@oncoline/export/browser`; jsPDF, svg2pdf.js and pptxgenjs load only
 * when their format is asked for.
 */
export function ExportButtons({ timeline, theme, axis }: ExportButtonsProps) {
  const [status, setStatus] = useState("");
  const save = async (format: ExportFormat) => {
    const name = fileName(timeline, format).replace(/(\.\w+)$/, `-${theme}$1`);
    setStatus(`Preparing ${name}…`);
    try {
      const blob = await exportTimeline(timeline, format, {
        theme,
        ...(axis ? { axis } : {}),
        ...(format === "pdf" ? { font: FONT } : {}),
      });
      download(blob, name);
      setStatus(`Saved ${name}`);
    } catch (e) {
      setStatus(`${LABELS[format]} export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="export" role="group" aria-label="Export">
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" onClick={() => void save(format)}>
          Export {LABELS[format]}
        </button>
      ))}
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}

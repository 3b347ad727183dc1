import type { AxisOptions, Timeline } from "@oncoline/core";
import type { ThemeName } from "@oncoline/react";
import { renderToSVG } from "@oncoline/react/server";
import { useState } from "react";
import { downloadBlob } from "./download.js";
import { svgToPng } from "./svgToPng.js";

export interface ExportButtonsProps {
  timeline: Timeline;
  theme: ThemeName;
  axis: AxisOptions | undefined;
}

/** Download the figure as a standalone SVG (renderToSVG) or as a PNG drawn from that SVG. */
export function ExportButtons({ timeline, theme, axis }: ExportButtonsProps) {
  const [status, setStatus] = useState("");
  const base = `${timeline.document.id}-${theme}`;
  const svg = () => renderToSVG(timeline, { theme, ...(axis ? { axis } : {}) });

  const exportSvg = () => {
    downloadBlob(new Blob([svg()], { type: "image/svg+xml" }), `${base}.svg`);
    setStatus(`Saved ${base}.svg`);
  };
  const exportPng = async () => {
    setStatus("Drawing the PNG…");
    try {
      downloadBlob(await svgToPng(svg()), `${base}.png`);
      setStatus(`Saved ${base}.png`);
    } catch (e) {
      setStatus(`PNG export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="export" role="group" aria-label="Export">
      <button type="button" onClick={exportSvg}>
        Export SVG
      </button>
      <button type="button" onClick={() => void exportPng()}>
        Export PNG
      </button>
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}

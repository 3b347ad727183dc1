import type { ZoomState } from "./useZoom.js";

/** Zoom and pan buttons of a figure driven by `useZoom` (the patient timeline and the swimmer). */
export function ZoomControls({ zoom, label }: { zoom: ZoomState; label: string }) {
  return (
    <div className="oncoline-controls" role="group" aria-label={label}>
      <button type="button" onClick={() => zoom.zoomBy(1.5)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoom.zoomBy(1 / 1.5)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => zoom.panBy(-0.25)} aria-label="Pan earlier">
        ←
      </button>
      <button type="button" onClick={() => zoom.panBy(0.25)} aria-label="Pan later">
        →
      </button>
      <button
        type="button"
        onClick={zoom.reset}
        disabled={zoom.domain === null && zoom.preview === null}
      >
        Reset zoom
      </button>
    </div>
  );
}

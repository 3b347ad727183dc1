import { toSvgString, type Timeline } from "@oncoline/core/render";
import { figureScene, type FigureExportOptions } from "./figureScene.js";

/**
 * A standalone SVG document of a validated timeline, drawn by core's scene in the browser (no
 * React): title, description, legend, every label escaped. The same input gives the same text.
 */
export function toSVG(timeline: Timeline, options: FigureExportOptions = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toSvgString(figureScene(timeline, options).node)}\n`;
}

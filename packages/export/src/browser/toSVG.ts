import { toSvgString } from "@oncoline/core/render";
import type { FigureScene } from "./figureScene.js";

/**
 * A standalone SVG document of a figure drawn by core's scene in the browser (no React): title,
 * description, legend, every label escaped. The same input gives the same text.
 */
export function svgOfScene(figure: FigureScene): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toSvgString(figure.node)}\n`;
}

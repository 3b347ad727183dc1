import { toSvgString } from "@oncoline/core/render";
import { pngScale } from "../print/printSize.js";
import type { FigureExportOptions, FigureScene } from "./figureScene.js";

/** Options of the browser's `toPNG`. */
export interface PngOptions extends FigureExportOptions {
  /** Pixels per figure px; default 2 (sharp on high-density screens). Ignored with `widthMm`. */
  scale?: number;
  /** Print width in millimetres: the PNG is `widthMm / 25.4 × dpi` pixels wide. */
  widthMm?: number;
  /** Dots per inch with `widthMm`; default 300. */
  dpi?: number;
}

/**
 * A PNG of the figure: its SVG drawn onto a canvas at a scale (or at a print width and dpi),
 * returned as a Blob. The browser loads the SVG as an image from a `blob:` URL, so under a
 * Content-Security-Policy the page must allow `img-src blob:`.
 */
export async function pngOfScene(figure: FigureScene, options: PngOptions = {}): Promise<Blob> {
  const scale =
    options.widthMm !== undefined
      ? pngScale(figure.width, options.widthMm, options.dpi ?? 300).scale
      : (options.scale ?? 2);
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new RangeError(`toPNG: scale must be a positive number, got ${scale}`);
  const width = Math.round(figure.width * scale);
  const height = Math.round(figure.height * scale);
  const svg = toSvgString(figure.node);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode().catch(() => {
      throw new Error(
        "toPNG: the browser would not load the SVG as an image (a CSP needs img-src blob:)",
      );
    });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("toPNG: this browser gives no 2D canvas");
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("toPNG: the canvas gave no PNG"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A rendered PNG and its size in pixels. */
export interface Png {
  /** The PNG file's bytes. */
  data: Uint8Array;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** Options of `svgToPng`: give at most one of them. */
export interface SvgToPngOptions {
  /** PNG width in pixels; the height follows the SVG's aspect ratio. */
  width?: number;
  /** PNG pixels per SVG pixel (default 1: a 1920×1080 slide stays 1920×1080). */
  scale?: number;
}

const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"];

/** The DejaVu TTFs shipped by the `dejavu-fonts-ttf` package. */
function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return FONT_FILES.map((f) => join(dir, f));
}

/**
 * Rasterize an SVG with resvg and only the DejaVu fonts shipped through npm (no system fonts), so
 * every machine draws the same pixels: `await svgToPng(svg, { width: 1920 })` or `{ scale: 2 }`.
 */
export async function svgToPng(svg: string, options: SvgToPngOptions = {}): Promise<Png> {
  if (options.width !== undefined && options.scale !== undefined)
    throw new TypeError("svgToPng: give width or scale, not both");
  // Loaded on demand: `validate` and `summary` never pay for the native module.
  const { Resvg } = await import("@resvg/resvg-js");
  const image = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo:
      options.width !== undefined
        ? { mode: "width", value: options.width }
        : { mode: "zoom", value: options.scale ?? 1 },
  }).render();
  return { data: image.asPng(), width: image.width, height: image.height };
}

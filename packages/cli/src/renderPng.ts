import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A rendered PNG and its size in pixels. */
export interface Png {
  data: Uint8Array;
  width: number;
  height: number;
}

const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"];

/** The DejaVu TTFs shipped by the `dejavu-fonts-ttf` package. */
export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return FONT_FILES.map((f) => join(dir, f));
}

/**
 * Rasterize an SVG with resvg and only the bundled DejaVu fonts (no system fonts), so every machine
 * draws the same pixels. `scale` is PNG pixels per SVG pixel: 1 keeps a 1920×1080 slide 1920×1080.
 */
export async function renderPng(svg: string, scale = 1): Promise<Png> {
  // Loaded on demand: `validate` and `summary` never pay for the native module.
  const { Resvg } = await import("@resvg/resvg-js");
  const image = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "zoom", value: scale },
  }).render();
  return { data: image.asPng(), width: image.width, height: image.height };
}

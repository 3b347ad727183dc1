import { usageError } from "./cliError.js";
import type { Io } from "./io.js";
import { svgToPng } from "./svgToPng.js";
import type { RenderRequest } from "./renderRequest.js";
import { writeAtomic } from "./writeAtomic.js";

const MAX_PNG_SIDE = 16384;
/** PNG resolution when a print width is given without `--dpi`. */
const DEFAULT_PRINT_DPI = 300;

/**
 * Write the drawn figures in the asked format: PDF and PowerPoint hold them all (a page or a
 * slide each); SVG and PNG write one file per figure (`<name>-p1.png`, … for a cohort's pages).
 */
export async function writeFigures(
  io: Io,
  request: RenderRequest,
  figures: string[],
): Promise<void> {
  const { output, theme } = request;
  if (request.format === "pdf") {
    const { toPDF } = await import("@oncoline/export");
    const pdf = await toPDF(
      figures,
      request.widthMm !== undefined ? { widthMm: request.widthMm } : {},
    );
    await writeAtomic(io, output, pdf);
    const size = request.widthMm !== undefined ? `${request.widthMm} mm wide, ` : "";
    io.stdout(`${output}: wrote PDF (${size}${count(figures.length, "page")}, ${theme} theme)`);
    return;
  }
  if (request.format === "pptx") {
    const { toPPTX } = await import("@oncoline/export");
    await writeAtomic(io, output, await toPPTX(figures));
    io.stdout(
      `${output}: wrote PowerPoint (${count(figures.length, "slide")}, 16:9, ${theme} theme)`,
    );
    return;
  }
  for (const [i, svg] of figures.entries()) {
    const file = figures.length > 1 ? pageName(output, i + 1) : output;
    if (request.format === "svg") {
      await writeAtomic(
        io,
        file,
        request.widthMm !== undefined ? atPrintSize(svg, request.widthMm) : svg,
      );
      io.stdout(`${file}: wrote SVG (${theme} theme)`);
      continue;
    }
    const png = await svgToPng(svg, { scale: await pngZoom(svg, request) });
    await writeAtomic(io, file, png.data);
    io.stdout(`${file}: wrote ${png.width}×${png.height} PNG (${theme} theme)`);
  }
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

const pageName = (output: string, n: number) =>
  output.replace(/(\.[^./]*)?$/, (ext) => `-p${n}${ext}`);

/** The root `<svg>`'s width and height in px. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attr = (name: string) =>
    Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(root)?.[1] ?? NaN);
  return { width: attr("width"), height: attr("height") };
}

/** PNG pixels per figure px: `--dpi` at the print width (mm / 25.4 × dpi wide), else `--scale`. */
async function pngZoom(svg: string, request: RenderRequest): Promise<number> {
  const { width, height } = svgSize(svg);
  if (request.dpi === undefined && request.widthMm === undefined) return request.scale;
  const dpi = request.dpi ?? DEFAULT_PRINT_DPI;
  const { pngScale } = await import("@oncoline/export");
  // Without a print width, the figure's px are CSS px: 96 per inch.
  const zoom =
    request.widthMm !== undefined ? pngScale(width, request.widthMm, dpi).scale : dpi / 96;
  const side = Math.round(Math.max(width, height) * zoom);
  if (side > MAX_PNG_SIDE)
    throw usageError(
      "render",
      `--dpi ${dpi} makes a PNG ${side} px on its longer side (at most ${MAX_PNG_SIDE}); lower --dpi`,
    );
  return zoom;
}

/** An SVG whose width and height say its print size in mm (the viewBox keeps the px). */
function atPrintSize(svg: string, widthMm: number): string {
  const { width, height } = svgSize(svg);
  const mm = (v: number) => `${Math.round(v * 100) / 100}mm`;
  return svg.replace(/<svg\b[^>]*>/, (root) =>
    root
      .replace(/\swidth="[0-9.]+"/, ` width="${mm(widthMm)}"`)
      .replace(/\sheight="[0-9.]+"/, ` height="${mm((height * widthMm) / width)}"`),
  );
}

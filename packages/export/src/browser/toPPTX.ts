import { FIXED_DATE } from "../fixedDate.js";
import { buildDeck } from "../pptx/buildDeck.js";
import { sceneFromSvg } from "../scene/sceneFromSvg.js";
import type { FigureExportOptions, FigureScene } from "./figureScene.js";

/** Options of the browser's `toPPTX`. */
export interface BrowserPptxOptions extends FigureExportOptions {
  /** The deck's title; default the first figure's title. */
  title?: string;
  /** The deck's author; default "Oncoline". */
  author?: string;
  /** The date written as created and modified; default 1980-01-01. */
  date?: Date;
}

/**
 * An editable PowerPoint deck in the browser, one 16:9 slide per figure, drawn by the same
 * mapping as Node's `toPPTX` (native shapes and text boxes, alt text, notes). pptxgenjs and JSZip
 * are imported only when this is called.
 */
export async function pptxOfScenes(
  figures: readonly FigureScene[],
  options: BrowserPptxOptions = {},
): Promise<Blob> {
  const { title, author, date } = options;
  const scenes = figures.map((f) => sceneFromSvg(f.node));
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
    import("pptxgenjs"),
    import("jszip"),
  ]);
  const bytes = await buildDeck({ PptxGenJS, JSZip }, scenes, {
    ...(title !== undefined ? { title } : {}),
    ...(author !== undefined ? { author } : {}),
    date: date ?? FIXED_DATE,
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  });
}

import type { Timeline } from "@oncoline/core/render";
import { FIXED_DATE } from "../fixedDate.js";
import { buildDeck } from "../pptx/buildDeck.js";
import { sceneFromSvg } from "../scene/sceneFromSvg.js";
import { figureScene, type FigureExportOptions } from "./figureScene.js";

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
 * An editable PowerPoint deck in the browser, one 16:9 slide per timeline, drawn by the same
 * mapping as Node's `toPPTX` (native shapes and text boxes, alt text, notes). pptxgenjs and JSZip
 * are imported only when this is called.
 */
export async function toPPTX(
  timelines: Timeline | readonly Timeline[],
  options: BrowserPptxOptions = {},
): Promise<Blob> {
  const list: readonly Timeline[] = Array.isArray(timelines) ? timelines : [timelines as Timeline];
  if (list.length === 0)
    throw new RangeError("toPPTX: no timelines given (one slide per timeline)");
  const { title, author, date, ...figureOptions } = options;
  const scenes = list.map((t) => sceneFromSvg(figureScene(t, figureOptions).node));
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

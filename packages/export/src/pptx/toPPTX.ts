import type { SvgNode } from "@oncoline/core";
import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import { sceneFromSvg } from "../scene/sceneFromSvg.js";
import type { Scene } from "../scene/primitives.js";
import { buildDeck } from "./buildDeck.js";
import { FIXED_DATE } from "../fixedDate.js";

/** Options of `toPPTX`. */
export interface PptxOptions {
  /** The deck's title (File > Properties); default the first figure's title. */
  title?: string;
  /** The deck's author; default "Oncoline". */
  author?: string;
  /** The date written as created and modified; default 1980-01-01 (the earliest a zip entry can carry) so the same input gives the same bytes. */
  date?: Date;
}

/**
 * An editable PowerPoint deck, one 16:9 slide per figure: every bar, glyph, line, label, legend
 * entry, heading and axis tick is a native shape or text box (not a picture), each mark's shapes
 * carry its description as alt text, lane bands and grid lines are marked decorative, and the
 * figure's title and description are the slide's notes. A figure is an SVG string from
 * `renderToSVG` / `renderSwimmerPages` (any SVG of basic shapes and text works), core's scene
 * (`drawTimeline(…, { standalone: true })`) or a `Scene`.
 * Deterministic: the same figures give the same bytes.
 */
export async function toPPTX(
  figures: readonly (string | SvgNode | Scene)[],
  options: PptxOptions = {},
): Promise<Uint8Array> {
  if (figures.length === 0) throw new RangeError("toPPTX: no figures given (one slide per figure)");
  const scenes = figures.map((f) => (typeof f === "string" || "tag" in f ? sceneFromSvg(f) : f));
  return buildDeck({ PptxGenJS, JSZip }, scenes, {
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.author !== undefined ? { author: options.author } : {}),
    date: options.date ?? FIXED_DATE,
  });
}

import type { SvgNode } from "@oncoline/core";
import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import { sceneFromSvg } from "../scene/sceneFromSvg.js";
import type { Scene } from "../scene/primitives.js";
import { altText, type AltText } from "./altText.js";
import { drawPrimitive } from "./drawPrimitive.js";
import { patchSlideXml } from "./patchSlideXml.js";
import { slideFrame, SLIDE } from "./slideFrame.js";
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
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: "ONCOLINE_16x9", width: SLIDE.width, height: SLIDE.height });
  pptx.layout = "ONCOLINE_16x9";
  pptx.title = options.title ?? scenes[0]!.title;
  pptx.author = options.author ?? "Oncoline";
  pptx.company = "";
  pptx.theme = { headFontFace: "DejaVu Sans", bodyFontFace: "DejaVu Sans" };
  const alts: Map<string, AltText>[] = [];
  for (const [s, scene] of scenes.entries()) {
    const slide = pptx.addSlide();
    const frame = slideFrame(scene.width, scene.height);
    const alt = new Map<string, AltText>();
    for (const [i, p] of scene.primitives.entries()) {
      const name = `${p.type} ${s + 1}.${i + 1}`;
      drawPrimitive(pptx, slide, p, frame, name);
      alt.set(name, altText(scene, p, i));
    }
    const notes = [scene.title, scene.description].filter(Boolean).join("\n\n");
    if (notes) slide.addNotes(notes);
    alts.push(alt);
  }
  const written = (await pptx.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  return finish(written, alts, options.date ?? FIXED_DATE);
}

/** Alt text into each slide, fixed dates into the properties and the zip entries. */
async function finish(
  bytes: Uint8Array,
  alts: readonly Map<string, AltText>[],
  date: Date,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, alt] of alts.entries()) {
    const path = `ppt/slides/slide${i + 1}.xml`;
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined) throw new Error(`toPPTX: pptxgenjs wrote no ${path}`);
    zip.file(path, patchSlideXml(xml, alt));
  }
  const core = await zip.file("docProps/core.xml")?.async("string");
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  if (core !== undefined)
    zip.file(
      "docProps/core.xml",
      core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`),
    );
  for (const file of Object.values(zip.files)) file.date = date;
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

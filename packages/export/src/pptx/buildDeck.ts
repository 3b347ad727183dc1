import type JSZip from "jszip";
import type PptxGenJS from "pptxgenjs";
import type { Scene } from "../scene/primitives.js";
import { altText, type AltText } from "./altText.js";
import { drawPrimitive } from "./drawPrimitive.js";
import { patchSlideXml } from "./patchSlideXml.js";
import { slideFrame, SLIDE } from "./slideFrame.js";

/** The two libraries a deck is written with, handed in so Node imports them and the browser loads them lazily. */
export interface DeckLibraries {
  PptxGenJS: typeof PptxGenJS;
  JSZip: typeof JSZip;
}

/** What `buildDeck` writes besides the slides. */
export interface DeckOptions {
  title?: string;
  author?: string;
  date: Date;
}

/**
 * The one mapping from scenes to a PowerPoint deck, shared by Node's `toPPTX` and the browser's:
 * one 16:9 slide per scene, each primitive a native shape or text box (`drawPrimitive`), alt text
 * patched into the slide XML, the title and description as notes, fixed dates everywhere.
 */
export async function buildDeck(
  libs: DeckLibraries,
  scenes: readonly Scene[],
  options: DeckOptions,
): Promise<Uint8Array> {
  const pptx = new libs.PptxGenJS();
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
  return finish(libs.JSZip, written, alts, options.date);
}

/** Alt text into each slide, fixed dates into the properties and the zip entries. */
async function finish(
  Zip: typeof JSZip,
  bytes: Uint8Array,
  alts: readonly Map<string, AltText>[],
  date: Date,
): Promise<Uint8Array> {
  const zip = await Zip.loadAsync(bytes);
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

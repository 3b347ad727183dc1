import { renderSwimmerPages, renderToSVG } from "@oncoline/react/server";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { sceneFromSvg, toPPTX, type TextPrimitive } from "../src/index.js";
import { seed } from "./fixtures.js";

const patient = renderToSVG(seed("002-egfr-acquired-eml4-alk"), { theme: "slide" });
const cohort = renderSwimmerPages(seed("002-table1-alk-resistance-cohort"), { theme: "slide" });
const figures = [patient, ...cohort];

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const all = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => unescape(m[1]!));

async function readDeck(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const file = (path: string) => zip.file(path)!.async("string");
  const slides: string[] = [];
  for (let i = 1; zip.file(`ppt/slides/slide${i}.xml`); i++)
    slides.push(await file(`ppt/slides/slide${i}.xml`));
  return { zip, slides, presentation: await file("ppt/presentation.xml"), file };
}

describe("toPPTX", async () => {
  const bytes = await toPPTX(figures);
  const deck = await readDeck(bytes);

  it("toPPTX(figures) writes one 16:9 slide per figure: a patient, then each swimmer page", () => {
    expect(deck.slides).toHaveLength(1 + cohort.length);
    expect(deck.presentation).toContain('<p:sldSz cx="12192000" cy="6858000"');
  });

  it("toPPTX(figures) draws native shapes and text boxes, never a picture", () => {
    for (const [i, xml] of deck.slides.entries()) {
      const scene = sceneFromSvg(figures[i]!);
      expect(xml).not.toContain("<p:pic>");
      expect(all(xml, /<p:cNvPr [^>]*name="([^"]+)"/g)).toHaveLength(scene.primitives.length);
      const counts = { rect: 0, ellipse: 0, line: 0, path: 0, text: 0 };
      for (const p of scene.primitives) counts[p.type]++;
      const drawn = { rect: 0, ellipse: 0, line: 0, path: 0, text: 0 };
      for (const sp of xml.split("<p:sp>").slice(1)) {
        if (sp.includes("<a:t>")) drawn.text++;
        else if (sp.includes("<a:custGeom>")) drawn.path++;
        else if (/prst="(rect|roundRect)"/.test(sp)) drawn.rect++;
        else if (sp.includes('prst="ellipse"')) drawn.ellipse++;
        else if (sp.includes('prst="line"')) drawn.line++;
      }
      expect(drawn).toEqual(counts);
    }
  });

  it("toPPTX(figures) writes every label, the heading, legend and axis ticks as editable text", () => {
    for (const [i, xml] of deck.slides.entries()) {
      const texts = all(xml, /<a:t>([^<]*)<\/a:t>/g);
      const labels = sceneFromSvg(figures[i]!).primitives.filter(
        (p): p is TextPrimitive => p.type === "text",
      );
      expect(texts).toEqual(labels.map((l) => l.text));
    }
    const first = all(deck.slides[0]!, /<a:t>([^<]*)<\/a:t>/g);
    expect(first).toContain(
      "EGFR exon 19 deletion NSCLC with acquired EML4::ALK fusion on osimertinib; complete response to osimertinib plus alectinib",
    );
    expect(first).toContain("L2: alectinib 600 mg twice daily");
    expect(first).toContain("Months from start of osimertinib (calendar dates not reported)");
    expect(first).toContain("ALK TKI");
  });

  it("toPPTX(figures) gives each mark's shapes its description as alt text and marks the rest decorative", () => {
    const xml = deck.slides[0]!;
    const descr = all(xml, /descr="([^"]*)"/g);
    const scene = sceneFromSvg(patient);
    expect(descr[0]).toBe(`${scene.title}. ${scene.description}`);
    expect(descr).toContain(
      scene.primitives.find((p) => p.label?.startsWith("Resistance on osimertinib"))!.label,
    );
    const shapes = scene.primitives.filter((p) => p.type !== "text");
    expect(descr.length + (xml.match(/<adec:decorative [^>]*val="1"/g) ?? []).length).toBe(
      shapes.length,
    );
    expect(descr.length).toBeGreaterThan(20);
  });

  it("toPPTX(figures) puts the figure's title and description in the speaker notes", async () => {
    const notes = await deck.file("ppt/notesSlides/notesSlide2.xml");
    expect(unescape(notes)).toContain(sceneFromSvg(cohort[0]!).description);
  });

  it("toPPTX(figures) sizes type from the figure: slide-theme labels (26 px of 1,920) are 13 pt", () => {
    const sizes = new Set(all(deck.slides[2]!, /<a:rPr [^>]*sz="(\d+)"/g));
    expect(sizes).toContain("1300");
  });

  it("toPPTX(figures) gives the same bytes for the same figures", async () => {
    expect(Buffer.from(await toPPTX(figures)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("toPPTX([]) refuses to write an empty deck", async () => {
    await expect(toPPTX([])).rejects.toThrow("toPPTX: no figures given");
  });
});

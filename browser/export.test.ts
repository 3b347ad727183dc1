// Downloads from the custom element in Chromium: examples/element-page's export.html has one
// <oncoline-timeline downloads="svg png pdf pptx">. Each format is asked for through `export()` (and
// one through its button) and read back in Node: the SVG parses, the PNG has the asked pixel size,
// the PDF's text holds the figure's labels (pdf.js), the deck's slide XML holds them too. The
// export code, jsPDF, svg2pdf.js and pptxgenjs are not fetched before a download is asked for.
/* global document */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { layoutFigure, parseTimeline, themes } from "@oncoline/core";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../packages/export/test/pdfText.js";
import { launch, repoRoot, serve } from "./harness.js";

const root = repoRoot();
const dist = join(root, "examples", "element-page", "dist");
const out = join(root, "out", "browser-export");
/** The few JSZip calls this file makes (JSZip is @oncoline/export's dependency, not the root's). */
interface Zip {
  files: Record<string, unknown>;
  file(path: string): { async(type: "string"): Promise<string> } | null;
}
const JSZip = createRequire(join(root, "packages", "export", "package.json"))("jszip") as {
  loadAsync(bytes: Uint8Array): Promise<Zip>;
};
// The PNG is drawn from the SVG loaded as an image from a blob: URL, which the page must allow.
const CSP = "default-src 'self'; img-src 'self' blob:";

const parsed = parseTimeline(
  JSON.parse(readFileSync(join(root, "seeds", "003-gastric-dctn1-alk.json"), "utf8")),
);
if (!parsed.ok) throw new Error("seed 003 must validate");
const timeline = parsed.value;
// What export.html shows: the journal theme, 900 px wide, natural height, labels footnoted.
const { layout } = layoutFigure(timeline, themes.journal, { width: 900, height: null });
const labels = layout.marks.flatMap((m) => (m.label ? [m.label.text] : []));

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  browser = await launch();
  server = await serve(dist, CSP);
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
      problems.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico"))
      problems.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(server.url + "export.html");
  await page.waitForFunction(() =>
    document.querySelector("#downloads .oncoline-container svg [data-mark-id]"),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Ask the element for a format; the Blob's type and bytes come back to Node. */
async function exported(format: string, options: object = {}) {
  const [type, base64] = await page.evaluate(
    async ([f, o]) => {
      const el = document.querySelector("#downloads") as HTMLElement & {
        export(f: string, o: object): Promise<Blob>;
      };
      const blob = await el.export(f, o);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return [blob.type, btoa(s)] as const;
    },
    [format, options] as const,
  );
  const bytes = Buffer.from(base64, "base64");
  writeFileSync(join(out, `figure.${format}`), bytes);
  return { type, bytes };
}

const squash = (s: string) => s.replace(/\s+/g, " ");

describe("<oncoline-timeline downloads> in Chromium", () => {
  it("shows a button per format and fetches no export code before a download is asked for", async () => {
    const buttons = await page.$$eval("#downloads .oncoline-downloads button", (bs) =>
      bs.map((b) => b.textContent),
    );
    expect(buttons).toEqual(["SVG", "PNG", "PDF", "PowerPoint"]);
    expect(labels.length).toBeGreaterThan(5);
    const lazy = /chunks\/(browser|jspdf|svg2pdf|pptxgen|jszip)/;
    expect(requests.filter((u) => lazy.test(u))).toEqual([]);
  });

  it("export('svg') is a well-formed SVG of the figure as shown", async () => {
    const { type, bytes } = await exported("svg");
    expect(type).toBe("image/svg+xml");
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.localName,
        width: doc.documentElement.getAttribute("width"),
        title: doc.querySelector("svg > title")?.textContent,
      };
    }, bytes.toString("utf8"));
    expect(check).toEqual({ error: null, root: "svg", width: "900", title: layout.title });
  });

  it("export('png', { scale: 1.5 }) decodes to 1.5 times the figure's size", async () => {
    const { type, bytes } = await exported("png", { scale: 1.5 });
    expect(type).toBe("image/png");
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const size = await page.evaluate(async (b64) => {
      const bin = atob(b64);
      const u8 = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([u8], { type: "image/png" }));
      return [bitmap.width, bitmap.height];
    }, bytes.toString("base64"));
    expect(size).toEqual([Math.round(900 * 1.5), Math.round(layout.height * 1.5)]);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual(size);
    // At a print width: 85 mm at 100 dpi is round(85 / 25.4 × 100) = 335 px wide.
    const print = await exported("png", { widthMm: 85, dpi: 100 });
    expect(print.bytes.readUInt32BE(16)).toBe(335);
    expect(print.bytes.readUInt32BE(20)).toBe(Math.round(layout.height * (335 / 900)));
  });

  it("export('pdf') is a one-page vector PDF whose text holds the title and every label", async () => {
    const { type, bytes } = await exported("pdf");
    expect(type).toBe("application/pdf");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Read back with pdf.js (the export tests' reader: no poppler needed).
    const pages = await readPdf(new Uint8Array(bytes));
    expect(pages).toHaveLength(1);
    // 900 × height px at 0.75 pt per px.
    expect(pages[0]!.width).toBeCloseTo(675, 0);
    expect(pages[0]!.height).toBeCloseTo(layout.height * 0.75, 0);
    const text = squash(pages[0]!.text);
    for (const label of labels) expect(text).toContain(squash(label));
    // The pdf-fonts attribute's DejaVu Sans is embedded and is the only font drawn with, so the
    // legend's arrow is text too.
    expect(text).toContain("Resistance → therapy it ended / led to");
    expect(pages[0]!.fonts.length).toBeGreaterThan(0);
    for (const f of pages[0]!.fonts)
      expect(f).toEqual({ name: expect.stringMatching(/DejaVu/), embedded: true });
  });

  it("export('pptx') is a deck whose slide holds every label as text", async () => {
    const { type, bytes } = await exported("pptx");
    expect(type).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toEqual([
      "ppt/slides/slide1.xml",
    ]);
    const xml = await zip.file("ppt/slides/slide1.xml")!.async("string");
    const runs = squash(
      [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"))
        .join(" "),
    );
    for (const label of labels) expect(runs).toContain(squash(label));
    expect(xml).toContain('descr="');
  });

  it("the PDF button saves a file named after the document, after an oncoline-download event", async () => {
    await page.evaluate(() => {
      const el = document.querySelector("#downloads")!;
      el.addEventListener("oncoline-download", (e) => {
        const d = (e as CustomEvent<{ format: string; filename: string }>).detail;
        el.setAttribute("data-last-download", `${d.format} ${d.filename}`);
      });
    });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#downloads button[data-format=pdf]"),
    ]);
    const filename = `${timeline.document.id.replace(/[^A-Za-z0-9_-]+/g, "-")}.pdf`;
    expect(download.suggestedFilename()).toBe(filename);
    const saved = readFileSync(await download.path());
    expect(saved.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await page.getAttribute("#downloads", "data-last-download")).toBe(`pdf ${filename}`);
    await page.waitForFunction(
      (f) => document.querySelector("#downloads [role=status]")?.textContent === `${f} ready`,
      filename,
    );
    expect(problems).toEqual([]);
  });
});

describe("the app example's export buttons", () => {
  it("save SVG, PNG, PDF (DejaVu embedded) and PowerPoint files of the shown figure", async () => {
    const app = await serve(join(root, "examples", "app", "dist"), CSP);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const appPage = await context.newPage();
    const errors: string[] = [];
    appPage.on("pageerror", (e) => errors.push(e.message));
    try {
      await appPage.goto(app.url);
      await appPage.locator("svg.oncoline").waitFor();
      const group = appPage.getByRole("group", { name: "Export" });
      const saved: Record<string, Buffer> = {};
      for (const [label, ext] of [
        ["Export SVG", "svg"],
        ["Export PNG", "png"],
        ["Export PDF", "pdf"],
        ["Export PowerPoint", "pptx"],
      ] as const) {
        const [download] = await Promise.all([
          appPage.waitForEvent("download"),
          group.getByRole("button", { name: label }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(new RegExp(`-screen\\.${ext}$`));
        saved[ext] = readFileSync(await download.path());
        writeFileSync(join(out, `app.${ext}`), saved[ext]);
      }
      expect(saved.svg!.toString("utf8")).toMatch(/^<\?xml[^>]*>\n<svg /);
      expect(saved.png!.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(saved.pdf!.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const [pdfPage] = await readPdf(new Uint8Array(saved.pdf!));
      for (const f of pdfPage!.fonts)
        expect(f).toEqual({ name: expect.stringMatching(/DejaVu/), embedded: true });
      const zip = await JSZip.loadAsync(saved.pptx!);
      expect(zip.file("ppt/slides/slide1.xml")).not.toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await app.close();
    }
  });
});

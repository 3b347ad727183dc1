import { describe, expect, it } from "vitest";
import { parseTimeline } from "@oncoline/core/validate";
import { drawSwimmer, layoutSwimmer, makeSwimmerPaint, themes } from "@oncoline/core/render";
import * as api from "../src/browser/index.js";
import * as sceneApi from "../src/browser/scene.js";
import { parseSvgTree } from "../src/svg/parseSvgTree.js";
import { seed } from "./fixtures.js";

const timeline = () => {
  const parsed = parseTimeline(seed("004-imt-cars1-alk"));
  if (!parsed.ok) throw new Error("seed 004 does not validate");
  return parsed.value;
};

describe("@oncoline/export/browser", () => {
  it("exports exactly its documented names", () => {
    expect(Object.keys(api).sort()).toEqual([
      "EXPORT_FORMATS",
      "JOURNAL_WIDTHS_MM",
      "download",
      "exportScene",
      "exportTimeline",
      "fileName",
      "mmToPt",
      "pngScale",
      "printSize",
      "ptPerPx",
      "sceneFileName",
      "toPDF",
      "toPNG",
      "toPPTX",
      "toSVG",
    ]);
  });

  it("toSVG(timeline, {theme, width}) is a well-formed standalone SVG of that width, the same each time", () => {
    const svg = api.toSVG(timeline(), { theme: "journal", width: 500 });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const root = parseSvgTree(svg);
    expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(root.attrs.width).toBe("500");
    expect(root.attrs.class).toContain("oncoline-theme-journal");
    expect(api.toSVG(timeline(), { theme: "journal", width: 500 })).toBe(svg);
  });

  it("exportTimeline rejects an unknown format with the list of formats", async () => {
    await expect(api.exportTimeline(timeline(), "gif" as api.ExportFormat)).rejects.toThrow(
      "format must be one of svg, png, pdf, pptx, got 'gif'",
    );
  });

  it("exportTimeline(timeline, 'svg') is the SVG as an image/svg+xml Blob", async () => {
    const blob = await api.exportTimeline(timeline(), "svg", { width: 600 });
    expect(blob.type).toBe("image/svg+xml");
    expect(await blob.text()).toBe(api.toSVG(timeline(), { width: 600 }));
  });

  it("fileName(timeline, format) is the document id made safe, with the format's extension", () => {
    const t = timeline();
    expect(api.fileName(t, "pdf")).toMatch(/^[A-Za-z0-9_-]+\.pdf$/);
    expect(api.fileName({ ...t, document: { ...t.document, id: "../a b/" } }, "png")).toBe(
      "a-b.png",
    );
    expect(api.fileName({ ...t, document: { ...t.document, id: "///" } }, "svg")).toBe(
      "timeline.svg",
    );
  });
});

describe("@oncoline/export/browser toPPTX", () => {
  it("writes the same deck as Node's toPPTX for the same figure (one mapping, buildDeck)", async () => {
    const { drawTimeline, layoutFigure, themes } = await import("@oncoline/core/render");
    const { toPPTX: nodeToPPTX } = await import("../src/index.js");
    const t = timeline();
    // The slide theme fits the figure into 1920 × 1080 (`outer`).
    const { layout, paint, outer } = layoutFigure(t, themes.slide);
    expect(outer).toEqual({ width: 1920, height: 1080 });
    const figure = drawTimeline(layout, paint, { standalone: true, ...(outer ? { outer } : {}) });
    const fromNode = await nodeToPPTX([figure]);
    const fromBrowser = await api.toPPTX(t, { theme: "slide" });
    expect(fromBrowser.type).toBe(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    );
    expect(new Uint8Array(await fromBrowser.arrayBuffer())).toEqual(fromNode);
  });

  it("exportScene(figure, 'svg') is a drawn figure (a swimmer plot) as an SVG Blob; @oncoline/export/scene has the same", async () => {
    const layout = layoutSwimmer([timeline()], { width: 600 });
    const node = drawSwimmer(layout, makeSwimmerPaint(layout, themes.screen, "s"), {
      standalone: true,
    });
    const figure = { node, width: 600, height: layout.height, background: "#fff", id: "my cohort" };
    const blob = await sceneApi.exportScene(figure, "svg");
    expect(blob.type).toBe("image/svg+xml");
    const root = parseSvgTree(await blob.text());
    expect(root.attrs.width).toBe("600");
    expect(Object.keys(sceneApi).sort()).toEqual([
      "EXPORT_FORMATS",
      "download",
      "exportScene",
      "sceneFileName",
    ]);
    expect(api.sceneFileName(figure, "pdf")).toBe("my-cohort.pdf");
    expect(api.sceneFileName({ ...figure, id: "//" }, "png")).toBe("figure.png");
    await expect(api.exportScene(figure, "gif" as api.ExportFormat)).rejects.toThrow(
      "format must be one of",
    );
  });
});

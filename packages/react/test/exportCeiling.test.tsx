// Issue 15, defect 9 at the output end: 10,000 events on one day once made a 250,108 px tall SVG
// of 4.7 MB. The layout caps each lane (core's layoutBounds test); this checks what a server or
// the command line writes: the SVG stays page-sized, says what it merged, and stays valid.
import { parseTimeline, type TimelineDocumentInput } from "@oncoline/core";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { renderToSVG } from "../src/server.js";

const sameDay = (n: number): TimelineDocumentInput => ({
  schemaVersion: "1.0",
  id: "ceiling",
  source: { citation: "Synthetic", kind: "synthetic" },
  patient: { label: "Ceiling patient" },
  events: Array.from({ length: n }, (_, i) => ({
    kind: "clinical" as const,
    id: `c${i}`,
    category: "other" as const,
    term: `visit ${i}`,
    start: "2024-03-01",
  })),
});

const attr = (svg: string, name: string) =>
  Number(new RegExp(`<svg[^>]*\\s${name}="([0-9.]+)"`).exec(svg)?.[1]);

describe("an exported figure has a ceiling (defect 9)", () => {
  const parsed = parseTimeline(sameDay(10_000));
  if (!parsed.ok) throw new Error("the synthetic document must be valid");
  const svg = renderToSVG(parsed.value, { width: 1200 });

  it("10,000 events on one day give an SVG under 1,500 px tall and under 1 MB", () => {
    expect(attr(svg, "height")).toBeLessThan(1_500);
    expect(Buffer.byteLength(svg)).toBeLessThan(1_000_000);
  });

  it("the figure itself says how many events were merged and where to find them", () => {
    expect(svg).toContain("9,961 events merged into 1 cluster");
    expect(svg).toContain("the event table lists every event");
  });

  it("the capped SVG is still well-formed XML", () => {
    let error: string | null = null;
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (e) => (error ??= e.message));
    parser.write(svg).close();
    expect(error).toBeNull();
  });
});

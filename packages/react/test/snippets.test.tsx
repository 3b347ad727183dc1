// The README's "Use it in your app" snippets are the files in examples/snippets/: this test checks
// that each appears in the README verbatim and runs them (examples/verify.mjs runs server.mjs;
// browser/element.test.ts opens element.html in Chromium).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTimeline, type Timeline, type TimelineDocumentInput } from "@oncoline/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Figure, ValidatedFigure } from "../../../examples/snippets/Figure.js";
import { mySvg } from "../../../examples/snippets/customRenderer.js";
import { layoutTimeline } from "@oncoline/core";
import { SaxesParser } from "saxes";
import { patientSeeds } from "../../../scripts/seeds.mjs";
import { repoRoot } from "./paths.js";

afterEach(cleanup);

const snippet = (name: string) => readFileSync(join(repoRoot(), "examples/snippets", name), "utf8");
const document = JSON.parse(snippet("timeline.json")) as TimelineDocumentInput;

describe("README snippets", () => {
  it.each(["timeline.json", "Figure.tsx", "server.mjs", "element.html", "customRenderer.ts"])(
    "README.md shows %s verbatim",
    (name) => {
      const readme = readFileSync(join(repoRoot(), "README.md"), "utf8");
      expect(readme).toContain(snippet(name).trimEnd());
    },
  );

  it("the minimal document is valid", () => {
    expect(parseTimeline(document)).toMatchObject({ ok: true, warnings: [] });
  });

  it("<Figure document> draws the figure with the event table", () => {
    render(<Figure document={document} />);
    expect(screen.getByRole("img", { name: /EGFR-mutant lung adenocarcinoma/ })).toBeTruthy();
    expect(screen.getByRole("table").textContent).toContain("osimertinib");
  });

  it("<ValidatedFigure timeline> draws a Timeline that came as JSON", () => {
    const parsed = parseTimeline(document);
    if (!parsed.ok) throw new Error("invalid snippet document");
    const timeline = JSON.parse(JSON.stringify(parsed.value)) as Timeline;
    render(<ValidatedFigure timeline={timeline} />);
    expect(screen.getByRole("img", { name: /EGFR-mutant lung adenocarcinoma/ })).toBeTruthy();
  });
});

describe("the README's custom renderer (layout as the contract)", () => {
  /** Elements of an SVG string, read with a strict XML parser (throws on malformed XML). */
  const elements = (svg: string) => {
    const out: Array<{ name: string; attrs: Record<string, string>; text: string; depth: number }> =
      [];
    let depth = 0;
    const parser = new SaxesParser();
    parser.on("error", (e) => {
      throw e;
    });
    parser.on("opentag", (t) => {
      out.push({ name: t.name, attrs: t.attributes as Record<string, string>, text: "", depth });
      if (!t.isSelfClosing) depth++;
    });
    parser.on("closetag", (t) => {
      if (!t.isSelfClosing) depth--;
    });
    parser.on("text", (t) => {
      if (out.length) out[out.length - 1]!.text += t;
    });
    parser.write(svg).close();
    return out;
  };

  it.each(patientSeeds().map((s) => [s.name, s.json] as const))(
    "%s: one shape per mark at the layout's own coordinates, and every label",
    (_name, json) => {
      const parsed = parseTimeline(json);
      if (!parsed.ok) throw new Error("seed invalid");
      const layout = layoutTimeline(parsed.value, { width: 800 });
      const drawn = elements(mySvg(parsed.value));
      // The shapes are the svg's children (depth 1); a lab series is a group of a line and dots.
      const shapes = drawn.filter((e) => e.depth === 1 && e.name !== "text");
      expect(shapes).toHaveLength(layout.marks.length);
      layout.marks.forEach((m, i) => {
        const s = shapes[i]!;
        if (m.type === "bar")
          expect([s.name, Number(s.attrs["x"]), Number(s.attrs["y"])]).toEqual(["rect", m.x, m.y]);
        if (m.type === "point") expect([s.name, Number(s.attrs["cx"])]).toEqual(["circle", m.x]);
        if (m.type === "series") expect(s.name).toBe("g");
      });
      const texts = drawn.filter((e) => e.name === "text").map((e) => e.text);
      expect(texts).toEqual(layout.marks.flatMap((m) => (m.label ? [m.label.text] : [])));
    },
  );

  it("escapes label text: a label with markup stays text", () => {
    const parsed = parseTimeline({
      ...document,
      events: [{ ...(document as { events: object[] }).events[0], label: "<b>x</b> & y" }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const drawn = elements(mySvg(parsed.value));
    expect(drawn.some((e) => e.name === "b")).toBe(false);
    expect(drawn.filter((e) => e.name === "text").map((e) => e.text)).toContain("<b>x</b> & y");
  });
});

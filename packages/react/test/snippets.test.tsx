// The README's "Use it in your app" snippets are the files in examples/snippets/: this test checks
// that each appears in the README verbatim and runs them (examples/verify.mjs runs server.mjs;
// browser/element.test.ts opens element.html in Chromium).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTimeline, type Timeline, type TimelineDocumentInput } from "@oncoline/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Figure, ValidatedFigure } from "../../../examples/snippets/Figure.js";
import { repoRoot } from "./paths.js";

afterEach(cleanup);

const snippet = (name: string) => readFileSync(join(repoRoot(), "examples/snippets", name), "utf8");
const document = JSON.parse(snippet("timeline.json")) as TimelineDocumentInput;

describe("README snippets", () => {
  it.each(["timeline.json", "Figure.tsx", "server.mjs", "element.html"])(
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

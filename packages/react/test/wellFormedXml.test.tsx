// Issue 15: every SVG Oncoline writes is well-formed XML (defect 4), whatever the text in the
// document; options are checked like documents (defects 5 and 6). Checked with saxes, a strict
// XML 1.0 parser (character ranges, names, entities), not with a forgiving HTML-style parser.
import {
  parseTimeline,
  THEME_NAMES,
  type Timeline,
  type TimelineDocumentInput,
} from "@oncoline/core";
import { render, screen } from "@testing-library/react";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { PatientTimeline } from "../src/index.js";
import { renderToSVG } from "../src/server.js";
import { seedJson, type SeedJson } from "../../../scripts/seeds.mjs";

/** Any JSON (some invalid on purpose) typed as a document: the component validates it. */
const asDocument = (json: unknown) => json as TimelineDocumentInput;

/** The first well-formedness error of an XML document, or null. */
function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | null = null;
  parser.on("error", (e) => (first ??= e.message));
  parser.write(xml).close();
  return first;
}

// eslint-disable-next-line no-control-regex -- what XML cannot carry, to leave out of valid text
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g;
/** Any Unicode that XML can carry: every plane, combining marks, RTL, C1 controls, private use. */
const validText = fc
  .oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 30 }),
  )
  .map((s) => s.replace(NOT_XML, ""));
/** Text XML cannot carry: controls, noncharacters, lone surrogates (documents must be refused). */
const hostileText = fc.oneof(
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 30,
  }),
  fc.constantFrom("\u0000", "a\u001Fb", "\uFFFE", "\uFFFF", "\uD800x", "x\uDC00"),
);
const text = fc
  .oneof({ arbitrary: validText, weight: 30 }, { arbitrary: hostileText, weight: 1 })
  .map((s) => (s.length > 0 ? s : "x"));
const day = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10));

/** A small timeline document whose every text field is arbitrary Unicode. */
const documentArb = fc
  .record({
    title: text,
    label: text,
    citation: text,
    note: text,
    events: fc.array(
      fc.record({
        kind: fc.constantFrom("therapy", "clinical", "imaging", "lab"),
        name: text,
        start: day,
        length: fc.integer({ min: 0, max: 400 }),
      }),
      { minLength: 0, maxLength: 8 },
    ),
  })
  .map((g) => ({
    schemaVersion: "1.0",
    id: "fuzz",
    title: g.title,
    source: { citation: g.citation, kind: "synthetic" },
    patient: { label: g.label, note: g.note },
    notes: [{ text: g.note }],
    events: g.events.map((e, i) => {
      const id = `e${i}`;
      const end = new Date(Date.parse(e.start) + e.length * 86_400_000).toISOString().slice(0, 10);
      switch (e.kind) {
        case "therapy":
          return {
            kind: "therapy",
            id,
            label: e.name,
            agents: [{ name: e.name }],
            start: e.start,
            end,
          };
        case "imaging":
          return {
            kind: "imaging",
            id,
            modality: "CT",
            date: e.start,
            note: e.name,
            responses: [{ value: "PR" }],
          };
        case "lab":
          return {
            kind: "lab",
            id,
            analyte: e.name,
            unit: e.name,
            values: [
              { date: e.start, value: 3 },
              { date: end, value: 5 },
            ],
          };
        default:
          return { kind: "clinical", id, category: "other", term: e.name, start: e.start };
      }
    }),
  }));

describe("every SVG is well-formed XML (defect 4)", () => {
  it("renderToSVG(any document with arbitrary Unicode text) parses as XML: the figure or the error SVG", () => {
    let figures = 0;
    let errors = 0;
    fc.assert(
      fc.property(documentArb, fc.constantFrom(...THEME_NAMES), (d, theme) => {
        const svg = renderToSVG(d, { theme });
        if (svg.includes("could not be drawn")) errors++;
        else figures++;
        return xmlError(svg) === null;
      }),
      { numRuns: 60, seed: 15 },
    );
    expect(figures, "some documents were valid and drawn").toBeGreaterThan(5);
    expect(errors, "some were refused and drawn as the error SVG").toBeGreaterThan(5);
  });

  it("renderToSVG of any JSON value (mostly invalid) gives a well-formed error SVG", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3, stringUnit: "binary" }),
        (v) => xmlError(renderToSVG(v)) === null,
      ),
      { numRuns: 100, seed: 15 },
    );
  });

  it("a NUL, U+FFFF and a lone surrogate are refused with their paths in a well-formed error SVG", () => {
    const d = structuredClone(seedJson("004")) as SeedJson & {
      title: string;
      patient: { label: string };
    };
    d.title = "IMT\u0000";
    d.patient.label = "case \uFFFF \uD800";
    const svg = renderToSVG(d);
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain(
      "title: the text contains U+0000 at character 4, a control character; remove it",
    );
    expect(svg).toContain(
      "patient.label: the text contains U+FFFF at character 6, a noncharacter; remove it",
    );
  });

  it("an already parsed timeline with such characters (it skips validation) still gives valid XML", () => {
    const t = parseTimeline(seedJson("004"));
    if (!t.ok) throw new Error("seed 004 is valid");
    const hostile: Timeline = {
      ...t.value,
      events: t.value.events.map((e) => ({ ...e, label: "bad\u0000\u0007\uFFFE\uDC00label" })),
    };
    const svg = renderToSVG(hostile);
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain("bad\uFFFD\uFFFD\uFFFD\uFFFDlabel");
  });
});

describe("renderer options are checked like documents (defects 5 and 6)", () => {
  it.each([
    [{ width: Number.NaN }, "width: must be a number of px from 1 to 20,000, got NaN"],
    [{ width: Infinity }, "width: must be a number of px from 1 to 20,000, got Infinity"],
    [{ width: 1e6 }, "width: must be a number of px from 1 to 20,000, got 1000000"],
    [{ height: -1 }, "height: must be a number of px from 1 to 20,000, got -1"],
    [
      { theme: "neon" },
      "theme: must be a theme or one of screen, journal, slide, dark; got 'neon'",
    ],
  ])("renderToSVG(seed, %j) returns an error SVG naming the option, at once", (options, issue) => {
    const svg = renderToSVG(seedJson("003"), options as never);
    expect(svg).toContain("problem in the options");
    expect(svg).toContain(issue.replaceAll("'", "&#x27;"));
    expect(xmlError(svg)).toBeNull();
  });

  it("renderToSVG(seed, { axis: { locale: 'not a locale!!' } }) draws the figure with a note", () => {
    const svg = renderToSVG(seedJson("003"), { axis: { locale: "not a locale!!" } });
    expect(svg).toContain("Locale &#x27;not a locale!!&#x27; is not a language tag like en-GB");
    expect(xmlError(svg)).toBeNull();
  });

  it("<PatientTimeline width={NaN}> shows the option's problem instead of a broken figure", () => {
    render(<PatientTimeline timeline={asDocument(seedJson("003"))} width={Number.NaN} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("1 problem in the options");
    expect(alert.textContent).toContain("width: must be a number of px from 1 to 20,000, got NaN");
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("<PatientTimeline axis={{ locale: 'not a locale!!' }}> draws and does not throw", () => {
    render(
      <PatientTimeline
        timeline={asDocument(seedJson("003"))}
        axis={{ locale: "not a locale!!" }}
      />,
    );
    expect(screen.getAllByRole("img").length).toBeGreaterThan(0);
  });
});

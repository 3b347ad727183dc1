import { describe, expect, it } from "vitest";
import { renderToSVG } from "../src/server.js";
import { seedJson } from "../../../scripts/seeds.mjs";
import { markerDocument } from "../../../scripts/test-documents.mjs";

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

describe("renderToSVG", () => {
  it("is deterministic: the same input gives byte-identical SVG", () => {
    const a = renderToSVG(seedJson("003"));
    const b = renderToSVG(structuredClone(seedJson("003")));
    expect(a).toBe(b);
    expect(a).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("produces a standalone, accessible SVG document with title, description and legend", () => {
    const doc = parse(renderToSVG(seedJson("002")));
    const svg = doc.documentElement;
    expect(svg.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(svg.getAttribute("role")).toBe("img");
    const [titleId, descId] = svg.getAttribute("aria-labelledby")!.split(" ");
    expect(doc.getElementById(titleId!)!.textContent).toMatch(/EGFR|ALK/);
    expect(doc.getElementById(descId!)!.textContent).toMatch(
      /2 lines of systemic therapy: 1\) osimertinib.*2\) osimertinib \+ alectinib/,
    );
    expect(doc.querySelector(".oncoline-legend")!.textContent).toContain("Resistance detected");
    expect(svg.querySelector("[style]")).toBeNull(); // presentation attributes only: strict-CSP safe
  });

  it("draws lab tracks on the scale labScale asks for, and refuses an unknown one with its path", () => {
    const doc = markerDocument();
    expect(renderToSVG(doc)).toContain("(nadir 12 U/mL; 3 values, log scale)");
    expect(renderToSVG(doc, { labScale: "linear" })).toContain("(nadir 12 U/mL; 3 values)<");
    expect(renderToSVG(doc, { labScale: "bogus" as never })).toContain(
      "labScale: must be one of auto, linear, log, got &#x27;bogus&#x27;",
    );
  });

  it("labels radiotherapy with Gy and fractions, escalation included (seed 000)", () => {
    const svg = renderToSVG(seedJson("000"));
    expect(svg).toContain("15 Gy / 5 fx → 39 Gy / 13 fx");
  });

  it("draws the relative axis of seed 002 in months from the start of osimertinib", () => {
    expect(renderToSVG(seedJson("002"))).toContain(
      "Months from start of osimertinib (calendar dates not reported)",
    );
  });

  it("an undated timeline (seed 001) gets no time axis, only the told order", () => {
    const doc = parse(renderToSVG(seedJson("001")));
    expect(doc.querySelector(".oncoline-axis")!.textContent).toBe(
      "Order of events as told (no dates given)",
    );
  });

  it("escapes hostile text everywhere: no script, image or handler survives", () => {
    const evil = structuredClone(seedJson("004")) as {
      title: string;
      patient: { label: string };
      events: Array<Record<string, unknown>>;
    };
    const payloads = [
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "</text><script>alert(2)</script>",
      "javascript:alert(3)",
      "<svg onload=alert(4)>",
    ];
    evil.title = payloads[0]!;
    evil.patient.label = payloads[1]!;
    evil.events.forEach((e, i) => {
      e["label"] = payloads[i % payloads.length];
      e["note"] = payloads[(i + 1) % payloads.length];
    });
    const svg = renderToSVG(evil);
    const doc = parse(svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll("script, img, foreignObject")).toHaveLength(0);
    const handlers = [...doc.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)),
    );
    expect(handlers).toHaveLength(0);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows the issues instead of a blank figure for invalid input", () => {
    const bad = structuredClone(seedJson("004")) as { events: Array<Record<string, unknown>> };
    bad.events[1]!["end"] = "2018-01";
    const doc = parse(renderToSVG(bad));
    expect(doc.documentElement.textContent).toContain(
      "This timeline could not be drawn: 1 problem in the data",
    );
    expect(doc.documentElement.textContent).toContain(
      "events[1] (ice).end: 2018-01 is before start 2019-06",
    );
  });

  it("slides are exactly 1920×1080", () => {
    for (const p of ["000", "002", "003", "004"]) {
      const svg = parse(renderToSVG(seedJson(p), { theme: "slide" })).documentElement;
      expect([svg.getAttribute("width"), svg.getAttribute("height")]).toEqual(["1920", "1080"]);
    }
  });
});

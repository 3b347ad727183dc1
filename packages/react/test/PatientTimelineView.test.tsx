import { parseTimeline, type Timeline, type TimelineDocumentInput } from "@oncoline/core";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PatientTimeline, PatientTimelineView } from "../src/index.js";
import { seedJson } from "../../../scripts/seeds.mjs";
import { markerDocument } from "../../../scripts/test-documents.mjs";

afterEach(cleanup);

/** Seed 003 validated, then sent as JSON the way a server or `oncoline validate --normalize` does. */
function validatedOverTheWire(): Timeline {
  const parsed = parseTimeline(seedJson("003"));
  if (!parsed.ok) throw new Error("seed 003 does not validate");
  return JSON.parse(JSON.stringify(parsed.value)) as Timeline;
}

describe("PatientTimelineView", () => {
  it("draws a JSON-transported Timeline exactly as PatientTimeline draws the document", () => {
    const view = render(<PatientTimelineView timeline={validatedOverTheWire()} theme="journal" />);
    // Ids differ only by React's useId counter (two renders in one test).
    const html = (el: HTMLElement) => el.innerHTML.replace(/_r_\d+_/g, "_r_");
    const fromView = html(view.container);
    cleanup();
    const doc = seedJson("003") as TimelineDocumentInput;
    const full = render(<PatientTimeline timeline={doc} theme="journal" />);
    expect(fromView).toContain("DCTN1");
    expect(fromView).toBe(html(full.container));
  });

  it("shows an issue, not a crash, for a document that was not validated", () => {
    render(<PatientTimelineView timeline={seedJson("003") as unknown as Timeline} />);
    expect(screen.getByRole("alert").textContent).toContain(
      "is not a validated Timeline: pass the document to PatientTimeline (it validates)",
    );
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("shows the problems of its options like PatientTimeline", () => {
    render(<PatientTimelineView timeline={validatedOverTheWire()} width={Number.NaN} />);
    expect(screen.getByRole("alert").textContent).toContain(
      "width: must be a number of px from 1 to 20,000, got NaN",
    );
  });
});

describe("PatientTimeline's labScale prop", () => {
  const marker = markerDocument();

  it("draws a marker spanning two decades on a log scale unless asked for linear", () => {
    const auto = render(<PatientTimeline timeline={marker} />);
    expect(auto.container.textContent).toContain("(nadir 12 U/mL; 3 values, log scale)");
    cleanup();
    const linear = render(<PatientTimeline timeline={marker} labScale="linear" />);
    expect(linear.container.textContent).toContain("(nadir 12 U/mL; 3 values)");
    expect(linear.container.textContent).not.toContain("log scale");
  });

  it("shows an unknown labScale as a problem of its options", () => {
    render(<PatientTimeline timeline={marker} labScale={"bogus" as never} />);
    expect(screen.getByRole("alert").textContent).toContain(
      "labScale: must be one of auto, linear, log, got 'bogus'",
    );
  });
});

describe("PatientTimeline's timeline prop", () => {
  it("accepts a document or a Timeline and rejects a misspelt field at compile time", () => {
    const doc: TimelineDocumentInput = {
      schemaVersion: "1.1",
      id: "typed",
      source: { citation: "Typed example", kind: "synthetic" },
      patient: { label: "Patient" },
      events: [{ id: "osi", kind: "therapy", agents: [{ name: "osimertinib" }], start: "2023-01" }],
    };
    const ok = <PatientTimeline timeline={doc} />;
    const alsoOk = <PatientTimeline timeline={validatedOverTheWire()} />;
    const therapy = { id: "osi", kind: "therapy", agents: [{ name: "osimertinib" }] } as const;
    // @ts-expect-error `stat` is not a field of a therapy (typo of `start`)
    const typo = <PatientTimeline timeline={{ ...doc, events: [{ ...therapy, stat: "2023" }] }} />;
    // @ts-expect-error "chemo" is not an event kind
    const badKind = <PatientTimeline timeline={{ ...doc, events: [{ id: "x", kind: "chemo" }] }} />;
    // @ts-expect-error a number is neither a document nor a Timeline
    const notADoc = <PatientTimeline timeline={42} />;
    expect([ok, alsoOk, typo, badKind, notADoc].every((e) => e.type === PatientTimeline)).toBe(
      true,
    );
  });
});

import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PatientTimeline, RELAYOUT_DELAY_MS } from "../src/index.js";
import { seedJson } from "../../../scripts/seeds.mjs";
import type { TimelineDocumentInput } from "@oncoline/core";

/** Any JSON (some invalid on purpose) typed as a document: the component validates it. */
const asDocument = (json: unknown) => json as TimelineDocumentInput;

afterEach(cleanup);

const figure = (container: HTMLElement) => container.querySelector("svg.oncoline") as SVGSVGElement;
const tickLabels = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll(".oncoline-axis text")].map((t) => t.textContent);

describe("PatientTimeline", () => {
  it("renders an image with the case title and an accessible table of every event", () => {
    render(<PatientTimeline timeline={asDocument(seedJson("003"))} />);
    const img = screen.getByRole("img", { name: /DCTN1/ });
    expect(img.tagName.toLowerCase()).toBe("svg");
    const table = screen.getByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 1 + 27); // header, diagnosis, 27 events
    expect(within(table).getByText(/^Therapy: .*(XELOX|capecitabine)/)).toBeTruthy();
    // A progression names the therapy it happened on in words, not by its id.
    expect(within(table).getAllByText(/, on capecitabine \+ oxaliplatin/).length).toBeGreaterThan(
      0,
    );
  });

  it("shows a readable list of issues for invalid data, not a blank area", () => {
    const bad = structuredClone(seedJson("004")) as { events: Array<Record<string, unknown>> };
    bad.events[1]!["kind"] = "chemo";
    render(<PatientTimeline timeline={asDocument(bad)} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("events[1] (ice).kind: 'chemo' is not a known kind");
  });

  it("moves between events with the arrow keys, shows the tooltip, selects with Enter, closes with Escape", () => {
    const onSelect = vi.fn();
    const { container } = render(
      <PatientTimeline timeline={asDocument(seedJson("004"))} onSelectEvent={onSelect} />,
    );
    const svg = figure(container);
    expect(svg.getAttribute("tabindex")).toBe("0");
    act(() => svg.focus());
    fireEvent.keyDown(svg, { key: "ArrowRight" });
    const first = screen.getByRole("status").textContent;
    // The leftmost event of 2019: the diagnosis (May) or the decision against surgery.
    expect(first).toMatch(
      /^(Diagnosis: inflammatory myofibroblastic tumor|Decision: surgical resection not feasible)/,
    );
    expect(first!.length).toBeGreaterThan(20);
    expect(container.querySelector(".oncoline-focus-ring")).not.toBeNull();
    fireEvent.keyDown(svg, { key: "ArrowRight" });
    expect(screen.getByRole("status").textContent).not.toBe(first);
    fireEvent.keyDown(svg, { key: "End" });
    expect(screen.getByRole("status").textContent).toMatch(/^Last follow-up/);
    fireEvent.keyDown(svg, { key: "Home" });
    expect(screen.getByRole("status").textContent).toBe(first);
    fireEvent.keyDown(svg, { key: "Enter" });
    expect(onSelect).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(svg, { key: "Escape" });
    expect(screen.queryByRole("status")).toBeNull();
    expect(container.querySelector(".oncoline-focus-ring")).toBeNull();
  });

  it("shows details on hover", () => {
    const { container } = render(<PatientTimeline timeline={asDocument(seedJson("004"))} />);
    const alectinib = container.querySelector('[data-event-id="alectinib"]')!;
    fireEvent.mouseEnter(alectinib);
    expect(screen.getByRole("status").textContent).toContain("alectinib 600 mg twice daily");
    expect(screen.getByRole("status").textContent).toContain("resumed at 450 mg once daily");
    fireEvent.mouseLeave(alectinib);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("zooms with the buttons: marks move at once, then the axis and layout follow; reset restores it", async () => {
    const { container } = render(<PatientTimeline timeline={asDocument(seedJson("003"))} />);
    const svg = figure(container);
    const before = tickLabels(svg);
    const marksGroup = () => svg.querySelector(".oncoline-marks > g")!;
    act(() => screen.getByRole("button", { name: "Zoom in" }).click());
    // The same frame: the drawn marks are carried by a transform, no re-layout yet.
    expect(marksGroup().getAttribute("transform")).toMatch(/^matrix\(1\.5 0 0 1 /);
    // Marked as a preview, so the stylesheet can hide the labels the transform would stretch.
    expect(marksGroup().getAttribute("class")).toBe("oncoline-zooming");
    await act(() => new Promise((r) => setTimeout(r, RELAYOUT_DELAY_MS + 30)));
    // After the pause: a new layout for the visible domain, new ticks, no transform left.
    expect(marksGroup().getAttribute("transform")).toBeNull();
    expect(marksGroup().getAttribute("class")).toBeNull();
    const zoomed = tickLabels(svg);
    expect(zoomed).not.toEqual(before);
    act(() => screen.getByRole("button", { name: "Pan later" }).click());
    await act(() => new Promise((r) => setTimeout(r, RELAYOUT_DELAY_MS + 30)));
    expect(tickLabels(svg)).not.toEqual(zoomed);
    act(() => screen.getByRole("button", { name: "Reset zoom" }).click());
    expect(tickLabels(svg)).toEqual(before);
  });

  it("keeps several timelines on one page independent", async () => {
    const { container } = render(
      <>
        <PatientTimeline timeline={asDocument(seedJson("003"))} />
        <PatientTimeline timeline={asDocument(seedJson("003"))} />
      </>,
    );
    const [a, b] = [...container.querySelectorAll("svg.oncoline")] as SVGSVGElement[];
    const ids = [...container.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length); // no duplicate ids between the two figures
    const before = tickLabels(b!);
    const [zoomA] = screen.getAllByRole("button", { name: "Zoom in" });
    act(() => zoomA!.click());
    await act(() => new Promise((r) => setTimeout(r, RELAYOUT_DELAY_MS + 30)));
    expect(tickLabels(a!)).not.toEqual(before);
    expect(tickLabels(b!)).toEqual(before);
  });

  it("accepts custom layers for custom marks", () => {
    const { container } = render(
      <PatientTimeline
        timeline={asDocument(seedJson("003"))}
        layers={[
          "lanes",
          "marks",
          ({ layout }) => (
            <circle className="my-mark" cx={layout.plot.x} cy={layout.plot.y} r={3} />
          ),
        ]}
      />,
    );
    expect(container.querySelector(".my-mark")).not.toBeNull();
    expect(container.querySelector(".oncoline-legend")).toBeNull();
  });

  it("escapes hostile labels in the DOM", () => {
    const evil = structuredClone(seedJson("004")) as { events: Array<Record<string, unknown>> };
    evil.events.forEach((e) => (e["label"] = '<img src=x onerror="window.__pwned=1">'));
    const { container } = render(<PatientTimeline timeline={asDocument(evil)} />);
    expect(container.querySelector("img")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });
});

// `width="auto"`: PatientTimeline follows its parent's width (ResizeObserver), at least 320 px, and
// takes the narrow layout (lane titles above their lanes) below 480 px. jsdom has no layout, so
// the parent's width and the observer are stand-ins driven by the test.
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TimelineDocumentInput } from "@oncoline/core";
import { PatientTimeline } from "../src/index.js";
import { seedJson } from "../../../scripts/seeds.mjs";

let observers: Array<() => void> = [];
class FakeResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    observers.push(this.callback);
  }
  disconnect() {
    observers = observers.filter((c) => c !== this.callback);
  }
  unobserve() {}
}

let parentWidth = 0;
beforeEach(() => {
  observers = [];
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeResizeObserver;
  Object.defineProperty(HTMLElement.prototype, "clientWidth", {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset["parent"] ? parentWidth : 0;
    },
  });
});
afterEach(() => {
  cleanup();
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

const mount = (width: number | "auto") =>
  render(
    <div data-parent="yes">
      <PatientTimeline
        timeline={seedJson("003") as TimelineDocumentInput}
        width={width}
        table={false}
      />
    </div>,
  ).container.querySelector("svg.oncoline")!;

/** The lane titles' x and first baseline, and the top of the lane's band. */
function laneTitles(svg: Element) {
  return [...svg.querySelectorAll(".oncoline-lanes > g")].map((g) => ({
    x: Number(g.querySelector("text")!.getAttribute("x")),
    y: Number(g.querySelector("text")!.getAttribute("y")),
    top: Number(g.querySelector("rect")!.getAttribute("y")),
  }));
}

describe('PatientTimeline width="auto"', () => {
  it("lays out to the parent's width and again when it changes, never below 320 px", () => {
    parentWidth = 900;
    const svg = () => document.querySelector("svg.oncoline")!;
    mount("auto");
    expect(svg().getAttribute("width")).toBe("900");
    parentWidth = 640;
    act(() => observers.forEach((o) => o()));
    expect(svg().getAttribute("width")).toBe("640");
    parentWidth = 200;
    act(() => observers.forEach((o) => o()));
    expect(svg().getAttribute("width")).toBe("320");
  });

  it("draws the narrow layout below 480 px: lane titles above their lanes, none in a title column", () => {
    parentWidth = 400;
    const titles = laneTitles(mount("auto"));
    cleanup();
    const wide = laneTitles(mount(900));
    // Narrow: each title's baseline is in its band's first line; the marks start below it (core's
    // layout test checks every mark). Wide: the same titles, in the gutter beside the rows.
    expect(titles.length).toBe(wide.length);
    for (const t of titles) expect(t.y - t.top).toBeLessThan(30);
    expect(Number(document.querySelector("svg.oncoline")!.getAttribute("width"))).toBe(900);
  });

  it("a fixed width is not followed: width={700} stays 700 whatever the parent", () => {
    parentWidth = 400;
    const svg = mount(700);
    expect(svg.getAttribute("width")).toBe("700");
    expect(observers).toHaveLength(0);
  });
});

import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { parseTimeline, type Timeline } from "@oncoline/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SwimmerPlot } from "../src/index.js";
import { renderSwimmerPages } from "../src/server.js";
import { renderToSVG } from "../src/server.js";
import { bigTable, table1Json } from "./cohorts.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

afterEach(cleanup);

const scroller = (c: HTMLElement) => c.querySelector(".oncoline-swimmer-scroll") as HTMLDivElement;
const drawnRows = (c: HTMLElement) => c.querySelectorAll("svg.oncoline-swimmer [data-row]");
const seeds = (): Timeline[] =>
  patientSeeds().map(({ json }) => {
    const r = parseTimeline(json);
    if (!r.ok) throw new Error("seed invalid");
    return r.value;
  });

const footerTicks = (c: HTMLElement) =>
  [...c.querySelectorAll(".oncoline-swimmer-footer .oncoline-swimmer-axis > g text")].map(
    (t) => t.textContent,
  );

describe("SwimmerPlot zooms and pans in time", () => {
  const align = { kind: "class", drugClass: "ALK TKI" } as const;

  it("Zoom in narrows the time axis (new ticks, the same rows); Reset zoom restores it", async () => {
    const { container } = render(<SwimmerPlot cohort={seeds()} options={{ align }} />);
    const before = footerTicks(container);
    const rowsBefore = [...drawnRows(container)].map((r) => r.getAttribute("data-row"));
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Reset zoom" }).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    await vi.waitFor(() => expect(footerTicks(container)).not.toEqual(before), {
      timeout: 240_000,
    });
    expect([...drawnRows(container)].map((r) => r.getAttribute("data-row"))).toEqual(rowsBefore);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Reset zoom" }).disabled).toBe(
      false,
    );
    fireEvent.click(screen.getByRole("button", { name: "Reset zoom" }));
    await vi.waitFor(() => expect(footerTicks(container)).toEqual(before), { timeout: 240_000 });
  });

  it("+ on the rows zooms, Pan later moves the window, 0 resets", async () => {
    const { container } = render(<SwimmerPlot cohort={seeds()} options={{ align }} />);
    const el = scroller(container);
    const before = footerTicks(container);
    act(() => el.focus());
    fireEvent.keyDown(el, { key: "+" });
    fireEvent.keyDown(el, { key: "+" });
    await vi.waitFor(() => expect(footerTicks(container)).not.toEqual(before), {
      timeout: 240_000,
    });
    const zoomed = footerTicks(container);
    fireEvent.click(screen.getByRole("button", { name: "Pan later" }));
    await vi.waitFor(() => expect(footerTicks(container)).not.toEqual(zoomed), {
      timeout: 240_000,
    });
    fireEvent.keyDown(el, { key: "0" });
    await vi.waitFor(() => expect(footerTicks(container)).toEqual(before), { timeout: 240_000 });
  });

  it("zoom={false} leaves the controls out", () => {
    render(<SwimmerPlot cohort={seeds()} options={{ align }} zoom={false} />);
    expect(screen.queryByRole("button", { name: "Zoom in" })).toBeNull();
  });
});

describe("SwimmerPlot", () => {
  it("draws only the rows in view (virtualized) while the table lists every row", () => {
    const { container } = render(<SwimmerPlot cohort={bigTable(300)} viewportHeight={240} />);
    const drawn = drawnRows(container).length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(30);
    const table = screen.getByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 300);
  });

  it("moves between rows with ↑/↓ and events with →, announcing each in the status region", () => {
    const { container } = render(<SwimmerPlot cohort={table1Json()} />);
    const el = scroller(container);
    act(() => el.focus());
    fireEvent.keyDown(el, { key: "ArrowDown" });
    expect(screen.getByRole("status").textContent).toMatch(
      /^von Buttlar et al\. \(2021\) \[14\]\. /,
    );
    fireEvent.keyDown(el, { key: "ArrowDown" });
    expect(screen.getByRole("status").textContent).toMatch(/^Hou et al\. \(2021\)/);
    fireEvent.keyDown(el, { key: "ArrowRight" });
    expect(screen.getByRole("status").textContent).toMatch(
      /^Hou et al\. \(2021\): gefitinib → osimertinib: 32 months to ALK resistance$/,
    );
  });

  it("calls onRowSelect with Enter and opens that patient's PatientTimeline below; Escape closes it", () => {
    const onRowSelect = vi.fn();
    const { container } = render(
      <SwimmerPlot
        cohort={seeds()}
        options={{ align: { kind: "class", drugClass: "ALK TKI" } }}
        onRowSelect={onRowSelect}
      />,
    );
    const el = scroller(container);
    act(() => el.focus());
    fireEvent.keyDown(el, { key: "ArrowDown" });
    fireEvent.keyDown(el, { key: "Enter" });
    expect(onRowSelect).toHaveBeenCalledWith("004-imt-cars1-alk");
    const drill = screen.getByRole("region", { name: "Patient 004-imt-cars1-alk" });
    expect(within(drill).getByRole("img", { name: /CARS1/ })).toBeTruthy();
    fireEvent.keyDown(el, { key: "Escape" });
    expect(screen.queryByRole("region", { name: /Patient/ })).toBeNull();
  });

  it("opens a table row's cells when the row has no timeline", () => {
    const { container } = render(<SwimmerPlot cohort={table1Json()} />);
    const row = container.querySelector('[data-row="case-1"]')!;
    fireEvent.click(row);
    const drill = screen.getByRole("region", { name: "Patient case-1" });
    expect(drill.textContent).toContain("Interval to ALK resistance13");
  });

  it("shows the issues of an invalid cohort instead of a blank area", () => {
    render(<SwimmerPlot cohort={{ kind: "cohort", schemaVersion: "1.0" }} />);
    expect(screen.getByRole("alert").textContent).toMatch(/id/);
  });
});

describe("renderToSVG with a cohort", () => {
  it("renderToSVG(cohort) draws the swimmer plot with every row, title and description", () => {
    const svg = renderToSVG(table1Json());
    expect(svg.match(/data-row="/g)).toHaveLength(16);
    expect(svg).toContain("<desc");
    expect(svg).toContain("median 16 mo (range 6–34, 13 with a value)");
  });

  it("renderSwimmerPages(cohort, {theme: 'slide'}) paginates 1080-px pages that hold every row once", () => {
    const pages = renderSwimmerPages(bigTable(40), { theme: "slide" });
    expect(pages.length).toBeGreaterThan(2);
    const rows = pages.flatMap((p) => [...p.matchAll(/data-row="([^"]+)"/g)].map((m) => m[1]));
    expect(rows).toHaveLength(40);
    for (const p of pages) expect(p).toContain('height="1080"');
  });

  it("renderSwimmerPages of an invalid cohort is core's error figure titled for a cohort, not a timeline", () => {
    const [svg] = renderSwimmerPages({ schemaVersion: "1.0", kind: "cohort", table: 3 });
    expect(svg).toMatch(/This cohort(&#x27;|')s swimmer plot could not be drawn/);
    expect(svg).not.toContain("timeline");
  });
});

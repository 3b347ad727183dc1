import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { layoutSwimmer, parseCohort, parseTimeline, themes, type Cohort } from "@oncoline/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  defineSwimmerElement,
  OncolineSwimmerElement,
  swimmerAttributes,
  type DownloadDetail,
  type RowSelectDetail,
} from "../src/index.js";

// jsdom gives import.meta.url an http: scheme: find the repository from the working directory.
function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) dir = dirname(dir);
  return dir;
}
const seed = (name: string): unknown =>
  JSON.parse(readFileSync(join(repoRoot(), "seeds", `${name}.json`), "utf8"));
const table1 = seed("002-table1-alk-resistance-cohort");
const parsedTable1 = (): Cohort => {
  const p = parseCohort(table1);
  if (!p.ok) throw new Error("seed 002 must validate");
  return p.value;
};

beforeAll(() => defineSwimmerElement());

function mount(html = "<oncoline-swimmer></oncoline-swimmer>") {
  document.body.innerHTML = html;
  return document.body.querySelector("oncoline-swimmer") as OncolineSwimmerElement;
}
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
const rowIds = (el: Element) =>
  [...el.querySelectorAll("svg.oncoline-swimmer g.oncoline-swimmer-row")].map((g) =>
    g.getAttribute("data-row"),
  );

describe("<oncoline-swimmer>", () => {
  it("draws one row per row of the layout core computes for seed 002's Table 1, in its order", async () => {
    const el = mount();
    el.data = table1;
    await el.ready;
    const layout = layoutSwimmer(parsedTable1(), {
      width: themes.screen.width,
      fontSize: themes.screen.fontSize,
    });
    const ids = layout.items.flatMap((it) => (it.type === "row" ? [it.id] : []));
    expect(ids).toHaveLength(16);
    expect(rowIds(el)).toEqual(ids);
    const svg = el.querySelector("svg.oncoline-swimmer")!;
    expect(svg.getAttribute("width")).toBe(String(layout.width));
    expect(svg.querySelector("title")!.textContent).toBe(layout.description.title);
    expect(svg.getAttribute("tabindex")).toBe("0");
    expect(el.querySelector(".oncoline-swimmer-container")!.getAttribute("data-theme")).toBe(
      "screen",
    );
  });

  it("draws a parsed Cohort, and a list of validated timelines, at once with no validation step", () => {
    const el = mount();
    el.data = parsedTable1();
    // No await: parsed data needs no validator chunk, so it is drawn in the same task.
    expect(rowIds(el)).toHaveLength(16);
    const t = parseTimeline(seed("003-gastric-dctn1-alk"));
    if (!t.ok) throw new Error("seed 003 must validate");
    el.data = [t.value];
    expect(rowIds(el)).toEqual([t.value.document.id]);
  });

  it("maps its attributes to layout options as the CLI maps its flags (align via parseAnchor)", () => {
    const el = document.createElement("oncoline-swimmer");
    el.setAttribute("align", "class:ALK TKI");
    el.setAttribute("sort", "response");
    el.setAttribute("order", "asc");
    el.setAttribute("group", "sex");
    el.setAttribute("unit", "week");
    el.setAttribute("waterfall", "");
    expect(swimmerAttributes(el)).toEqual({
      options: {
        align: { kind: "class", drugClass: "ALK TKI" },
        sort: "response",
        order: "asc",
        group: "sex",
        unit: "week",
        waterfall: true,
      },
      issues: [],
    });
    el.setAttribute("align", "line:0");
    el.setAttribute("unit", "fortnight");
    expect(swimmerAttributes(el).issues.map((i) => i.path)).toEqual(["align", "unit"]);
  });

  it("re-lays out when an attribute changes: order reverses the rows, unit changes the axis title", async () => {
    const el = mount();
    el.data = table1;
    await el.ready;
    const desc = rowIds(el);
    el.setAttribute("order", "asc");
    const layout = layoutSwimmer(parsedTable1(), {
      width: themes.screen.width,
      fontSize: themes.screen.fontSize,
      order: "asc",
    });
    expect(rowIds(el)).toEqual(layout.items.flatMap((it) => (it.type === "row" ? [it.id] : [])));
    expect(rowIds(el)).not.toEqual(desc);
    el.setAttribute("unit", "week");
    expect(el.layout!.axis.title).toMatch(/^Weeks/);
    el.setAttribute("waterfall", "");
    expect(el.layout!.waterfall).not.toBeNull();
    el.options = { width: 700 };
    expect(el.querySelector("svg.oncoline-swimmer")!.getAttribute("width")).toBe("700");
  });

  it("draws core's error figure and fires oncoline-error for an invalid document", async () => {
    const el = mount();
    const seen: unknown[] = [];
    el.addEventListener("oncoline-error", (e) => seen.push((e as CustomEvent).detail));
    el.data = { schemaVersion: "1.0", kind: "cohort", id: "bad", table: { columns: 3 } };
    await el.ready;
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.querySelector("svg title")!.textContent).toMatch(
      /^This cohort's swimmer plot could not be drawn/,
    );
    expect(alert.textContent).not.toMatch(/timeline/);
    expect(alert.textContent).toMatch(/table/);
    expect(el.querySelector("svg.oncoline-swimmer")).toBeNull();
    expect(seen).toHaveLength(1);
    expect((seen[0] as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
  });

  it("reports an unusable attribute as an options error instead of drawing with a default", async () => {
    const el = mount('<oncoline-swimmer align="line:two"></oncoline-swimmer>');
    const seen: { issues: { path: string }[] }[] = [];
    el.addEventListener("oncoline-error", (e) => seen.push((e as CustomEvent).detail));
    el.data = table1;
    await el.ready;
    expect(el.querySelector('[role="alert"] svg title')!.textContent).toMatch(/options/);
    expect(seen[0]!.issues[0]!.path).toBe("align");
    el.setAttribute("align", "diagnosis");
    expect(rowIds(el)).toHaveLength(16);
  });

  it("moves between rows with ↑/↓, highlights the row through core's scene, announces it; Enter fires oncoline-row-select", async () => {
    const el = mount();
    el.data = table1;
    await el.ready;
    const layout = el.layout!;
    const rows = layout.items.flatMap((it) => (it.type === "row" ? [it] : []));
    const svg = el.querySelector("svg.oncoline-swimmer")!;
    const status = el.querySelector('[role="status"]')!;
    expect(status.textContent).toBe("");
    const picked: RowSelectDetail[] = [];
    el.addEventListener("oncoline-row-select", (e) =>
      picked.push((e as CustomEvent<RowSelectDetail>).detail),
    );
    const activeIds = () =>
      [...svg.querySelectorAll(".oncoline-swimmer-active")].map((g) => g.getAttribute("data-row"));
    const band = (id: string) =>
      [...svg.querySelectorAll("g.oncoline-swimmer-row")]
        .find((g) => g.getAttribute("data-row") === id)!
        .querySelector("rect")!
        .getAttribute("fill");
    key(svg, "ArrowDown");
    expect(status.textContent).toBe(rows[0]!.description);
    expect(activeIds()).toEqual([rows[0]!.id]);
    expect(band(rows[0]!.id)).toBe(themes.screen.grid);
    key(svg, "ArrowDown");
    expect(status.textContent).toBe(rows[1]!.description);
    expect(activeIds()).toEqual([rows[1]!.id]);
    expect(band(rows[0]!.id)).not.toBe(themes.screen.grid);
    key(svg, "ArrowUp");
    expect(activeIds()).toEqual([rows[0]!.id]);
    key(svg, "End");
    expect(status.textContent).toBe(rows[15]!.description);
    key(svg, "ArrowDown");
    expect(activeIds()).toEqual([rows[15]!.id]);
    key(svg, "Enter");
    expect(picked).toEqual([
      { rowId: rows[15]!.id, label: rows[15]!.label.full, description: rows[15]!.description },
    ]);
    key(svg, "Escape");
    expect(activeIds()).toEqual([]);
    expect(status.textContent).toBe("");
    // Every row is still drawn once, in order.
    expect(rowIds(el)).toEqual(rows.map((r) => r.id));
  });

  it("keeps the current row when it re-lays out (a theme change)", async () => {
    const el = mount();
    el.data = table1;
    await el.ready;
    const svg = () => el.querySelector("svg.oncoline-swimmer")!;
    key(svg(), "ArrowDown");
    key(svg(), "ArrowDown");
    const id = el.querySelector(".oncoline-swimmer-active")!.getAttribute("data-row");
    el.setAttribute("theme", "journal");
    expect(el.querySelector(".oncoline-swimmer-container")!.getAttribute("data-theme")).toBe(
      "journal",
    );
    expect(el.querySelector(".oncoline-swimmer-active")!.getAttribute("data-row")).toBe(id);
  });

  it("replaces a server-rendered figure with the live one when its inline JSON is read", async () => {
    const json = JSON.stringify(table1).replace(/</g, "\\u003c");
    const el = mount(
      `<oncoline-swimmer><script type="application/json">${json}</script><svg class="oncoline-swimmer server"></svg></oncoline-swimmer>`,
    );
    await el.ready;
    expect(el.querySelector("svg.server")).toBeNull();
    expect(el.querySelector("script")).toBeNull();
    expect(rowIds(el)).toHaveLength(16);
  });

  it("loads a cohort from its src (here a data: URL)", async () => {
    const el = mount();
    el.setAttribute("src", `data:application/json,${encodeURIComponent(JSON.stringify(table1))}`);
    await el.ready;
    expect(rowIds(el)).toHaveLength(16);
  });

  it("zooms in time with + and =, out with −, back to everything with 0 (a relayout for the domain)", async () => {
    const el = mount();
    el.data = table1;
    await el.ready;
    const full = el.layout!.axis.domain;
    const svg = () => el.querySelector("svg.oncoline-swimmer")!;
    const span = () => el.layout!.axis.domain[1] - el.layout!.axis.domain[0];
    expect(key(svg(), "+")).toBe(false); // handled: default prevented
    expect(span()).toBeCloseTo((full[1] - full[0]) / 1.5);
    const centre = (full[0] + full[1]) / 2;
    expect((el.layout!.axis.domain[0] + el.layout!.axis.domain[1]) / 2).toBeCloseTo(centre);
    key(svg(), "=");
    expect(span()).toBeCloseTo((full[1] - full[0]) / 2.25);
    key(svg(), "-");
    expect(span()).toBeCloseTo((full[1] - full[0]) / 1.5);
    expect(rowIds(el)).toHaveLength(16);
    key(svg(), "-");
    key(svg(), "-");
    expect(el.layout!.axis.domain).toEqual(full);
    for (let i = 0; i < 30; i++) key(svg(), "+");
    expect(span()).toBeCloseTo((full[1] - full[0]) / 400);
    key(svg(), "0");
    expect(el.layout!.axis.domain).toEqual(full);
    expect(el.querySelector(".oncoline-visually-hidden")!.textContent).toMatch(/0 resets/);
  });

  it("keeps the zoom across a theme change and drops it when the data or a layout attribute changes", async () => {
    const el = mount();
    el.data = table1;
    await el.ready;
    const full = el.layout!.axis.domain;
    const svg = () => el.querySelector("svg.oncoline-swimmer")!;
    key(svg(), "+");
    const zoomed = el.layout!.axis.domain;
    el.setAttribute("theme", "journal");
    expect(el.layout!.axis.domain).toEqual(zoomed);
    el.setAttribute("order", "desc");
    expect(el.layout!.axis.domain).not.toEqual(zoomed);
    key(svg(), "+");
    el.data = table1;
    await el.ready;
    expect(el.layout!.axis.domain).toEqual(full);
  });

  it("renders the download buttons its downloads attribute lists, and export('svg') is the plot as shown", async () => {
    const el = mount('<oncoline-swimmer downloads="pdf svg gif"></oncoline-swimmer>');
    el.data = parsedTable1();
    await el.ready;
    const buttons = [...el.querySelectorAll(".oncoline-downloads button")] as HTMLButtonElement[];
    expect(buttons.map((b) => b.dataset.format)).toEqual(["svg", "pdf"]);
    expect(el.querySelector("[style]")).toBeNull();
    key(el.querySelector("svg.oncoline-swimmer")!, "+");
    const text = await (await el.export("svg")).text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain(`>${el.layout!.description.title}</title>`);
    expect(text).toContain(`width="${el.layout!.width}"`);
    el.removeAttribute("downloads");
    expect(el.querySelector(".oncoline-downloads")).toBeNull();
  });

  it("a download button fires a cancelable oncoline-download with the file; export() rejects without a figure", async () => {
    const el = mount('<oncoline-swimmer downloads="svg"></oncoline-swimmer>');
    await expect(el.export("svg")).rejects.toThrow("no figure to export");
    el.data = parsedTable1();
    await el.ready;
    const got = new Promise<DownloadDetail>((resolve) =>
      el.addEventListener("oncoline-download", (e) => {
        e.preventDefault();
        resolve((e as CustomEvent<DownloadDetail>).detail);
      }),
    );
    el.querySelector<HTMLButtonElement>("button[data-format=svg]")!.click();
    const detail = await got;
    expect(detail.filename).toBe("cohort.svg");
    expect(await detail.blob.text()).toContain("oncoline-swimmer");
    await expect
      .poll(() => el.querySelector(".oncoline-download-status")!.textContent)
      .toBe("cohort.svg ready");
    expect(document.querySelector("a[download]")).toBeNull();
  });
});

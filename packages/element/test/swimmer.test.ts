import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { layoutSwimmer, parseCohort, parseTimeline, themes, type Cohort } from "@oncoline/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  defineSwimmerElement,
  OncolineSwimmerElement,
  OVERSCAN,
  swimmerAttributes,
  VIRTUALIZE_FROM,
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

describe("<oncoline-swimmer> with 1,000 patients: only the rows in view are in the DOM", () => {
  const base = () => {
    const t = parseTimeline(seed("003-gastric-dctn1-alk"));
    if (!t.ok) throw new Error("seed 003 must validate");
    return t.value;
  };
  const cohort = (n = 1000) => {
    const t = base();
    return Array.from({ length: n }, (_, i) => ({
      ...t,
      document: { ...t.document, id: `p${i}` },
    }));
  };
  const patientRows = (el: OncolineSwimmerElement) =>
    el.layout!.items.flatMap((it) => (it.type === "row" ? [it] : []));
  /** The rows overlapping [top, top + the window's height), OVERSCAN more on each side. */
  const expectedIds = (el: OncolineSwimmerElement, top: number) => {
    const rows = patientRows(el);
    const seen = rows.flatMap((r, i) =>
      r.y + r.height > top && r.y < top + window.innerHeight ? [i] : [],
    );
    const lo = Math.max(0, seen[0]! - OVERSCAN);
    const hi = Math.min(rows.length, seen[seen.length - 1]! + 1 + OVERSCAN);
    return rows.slice(lo, hi).map((r) => r.id);
  };
  /** Pretend the page scrolled the figure `top` px up, and fire a scroll on the document. */
  const scrollTo = (el: OncolineSwimmerElement, top: number) => {
    const svg = el.querySelector("svg.oncoline-swimmer")!;
    const height = el.layout!.height;
    svg.getBoundingClientRect = () =>
      ({ top: -top, bottom: height - top, left: 0, right: 0, height, width: 0 }) as DOMRect;
    document.dispatchEvent(new Event("scroll"));
  };

  it("mounts the rows in the window's view and OVERSCAN more, not the other 950-odd", () => {
    const el = mount();
    el.data = cohort();
    expect(el.layout!.items.length).toBeGreaterThanOrEqual(VIRTUALIZE_FROM);
    const ids = rowIds(el);
    expect(ids).toEqual(expectedIds(el, 0));
    expect(ids[0]).toBe("p0");
    expect(ids.length).toBeLessThan(100);
    // The figure keeps its full height: the page scrolls it; no style attribute sets a size.
    const svg = el.querySelector("svg.oncoline-swimmer")!;
    expect(svg.getAttribute("height")).toBe(String(el.layout!.height));
    expect(el.querySelector("[style]")).toBeNull();
    // The axis and legend are there, after the rows, as in the full figure.
    expect(svg.lastElementChild!.getAttribute("class")).toMatch(/legend/);
    expect(el.querySelector(".oncoline-visually-hidden")!.textContent).toMatch(/^1000 rows/);
  });

  it("mounts the right rows when the page scrolls, and drops those scrolled away", () => {
    const el = mount();
    el.data = cohort();
    const rows = patientRows(el);
    const top = rows[500]!.y;
    scrollTo(el, top);
    const ids = rowIds(el);
    expect(ids).toEqual(expectedIds(el, top));
    expect(ids).toContain("p500");
    expect(ids).not.toContain("p0");
    expect(ids[0]).toBe(`p${500 - OVERSCAN}`);
    scrollTo(el, rows[999]!.y);
    expect(rowIds(el)).toContain("p999");
    expect(rowIds(el)).toEqual(expectedIds(el, rows[999]!.y));
  });

  it("moves the keyboard onto rows that were not mounted, keeping the current row mounted", () => {
    const el = mount();
    el.data = cohort();
    const rows = patientRows(el);
    const svg = el.querySelector("svg.oncoline-swimmer")!;
    const status = el.querySelector('[role="status"]')!;
    const active = () =>
      [...svg.querySelectorAll(".oncoline-swimmer-active")].map((g) => g.getAttribute("data-row"));
    expect(rowIds(el)).not.toContain("p999");
    key(svg, "End");
    expect(active()).toEqual(["p999"]);
    expect(status.textContent).toBe(rows[999]!.description);
    expect(rowIds(el)).toEqual([...expectedIds(el, 0), "p999"]);
    key(svg, "ArrowUp");
    expect(active()).toEqual(["p998"]);
    // The view has not moved (jsdom does not scroll): the row left is unmounted again.
    expect(rowIds(el)).toEqual([...expectedIds(el, 0), "p998"]);
    key(svg, "Home");
    for (let i = 0; i < 8; i++) key(svg, "PageDown");
    expect(active()).toEqual(["p80"]);
    expect(rowIds(el)).toEqual([...expectedIds(el, 0), "p80"]);
    const picked: string[] = [];
    el.addEventListener("oncoline-row-select", (e) =>
      picked.push((e as CustomEvent<RowSelectDetail>).detail.rowId),
    );
    key(svg, "Enter");
    expect(picked).toEqual(["p80"]);
    // Scrolling keeps the current row mounted wherever it is.
    scrollTo(el, rows[600]!.y);
    expect(rowIds(el)).toEqual(["p80", ...expectedIds(el, rows[600]!.y)]);
    expect(active()).toEqual(["p80"]);
    key(svg, "ArrowDown");
    expect(active()).toEqual(["p81"]);
  });

  it("a click on a mounted row selects it", () => {
    const el = mount();
    el.data = cohort();
    const rows = patientRows(el);
    scrollTo(el, rows[300]!.y);
    const picked: string[] = [];
    el.addEventListener("oncoline-row-select", (e) =>
      picked.push((e as CustomEvent<RowSelectDetail>).detail.rowId),
    );
    const g = [...el.querySelectorAll("g.oncoline-swimmer-row")].find(
      (n) => n.getAttribute("data-row") === "p302",
    )!;
    g.querySelector("rect")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(picked).toEqual(["p302"]);
    expect(el.querySelector(".oncoline-swimmer-active")!.getAttribute("data-row")).toBe("p302");
  });

  it("exports every row, mounted or not", async () => {
    const el = mount();
    el.data = cohort();
    expect(rowIds(el).length).toBeLessThan(100);
    const text = await (await el.export("svg")).text();
    const exported = [...text.matchAll(/<g [^>]*data-row="([^"]+)"/g)].map((m) => m[1]);
    expect(exported).toEqual(patientRows(el).map((r) => r.id));
  });

  it("mounts every row before printing, and only those in view after", () => {
    const el = mount();
    el.data = cohort(VIRTUALIZE_FROM);
    window.dispatchEvent(new Event("beforeprint"));
    expect(rowIds(el)).toEqual(patientRows(el).map((r) => r.id));
    window.dispatchEvent(new Event("afterprint"));
    expect(rowIds(el)).toEqual(expectedIds(el, 0));
  });
});

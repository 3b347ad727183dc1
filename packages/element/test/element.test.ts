import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { layoutFigure, parseTimeline, themes } from "@oncoline/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CLUSTER_FROM_EVENTS,
  defineOncolineElements,
  OncolineTimelineElement,
} from "../src/index.js";
import { markerDocument } from "../../../scripts/test-documents.mjs";

// jsdom gives import.meta.url an http: scheme: find the repository from the working directory.
function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) dir = dirname(dir);
  return dir;
}
const seed = (name: string): unknown =>
  JSON.parse(readFileSync(join(repoRoot(), "seeds", `${name}.json`), "utf8"));
const gastric = seed("003-gastric-dctn1-alk");

beforeAll(() => defineOncolineElements());

function mount(html = "<oncoline-timeline></oncoline-timeline>") {
  document.body.innerHTML = html;
  return document.body.querySelector("oncoline-timeline") as OncolineTimelineElement;
}
/** Open the event table as a reader would and wait for its toggle event (its rows come then). */
async function openTable(el: Element): Promise<HTMLDetailsElement> {
  const details = el.querySelector<HTMLDetailsElement>(".oncoline-table")!;
  const toggled = new Promise((resolve) =>
    details.addEventListener("toggle", resolve, { once: true }),
  );
  details.open = true;
  await toggled;
  return details;
}
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));

describe("<oncoline-timeline>", () => {
  it("draws every mark of the layout core computes for the same width and theme, with its table", async () => {
    const el = mount('<oncoline-timeline theme="journal" width="900"></oncoline-timeline>');
    el.data = gastric;
    await el.ready;
    const parsed = parseTimeline(gastric);
    if (!parsed.ok) throw new Error("seed 003 must validate");
    const { layout } = layoutFigure(parsed.value, themes.journal, {
      width: 900,
      footnotes: false,
      height: null,
    });
    const svg = el.querySelector("svg.oncoline")!;
    expect(svg.getAttribute("class")).toContain("oncoline-theme-journal");
    expect(svg.getAttribute("width")).toBe("900");
    const drawn = [...svg.querySelectorAll("[data-mark-id]")].map((g) =>
      g.getAttribute("data-mark-id"),
    );
    expect(drawn).toEqual(layout.marks.map((m) => m.id));
    expect(svg.querySelector("title")!.textContent).toBe(layout.title);
    await openTable(el);
    expect(el.querySelectorAll(".oncoline-table tbody tr").length).toBe(
      parsed.value.events.length + parsed.value.diagnoses.length,
    );
  });

  it("moves between events with the keyboard, draws core's focus ring and announces the event; Enter selects, Escape clears", async () => {
    const el = mount();
    el.data = gastric;
    await el.ready;
    const svg = el.querySelector("svg.oncoline")!;
    expect(svg.getAttribute("tabindex")).toBe("0");
    const selected: string[] = [];
    el.addEventListener("oncoline-select", (e) =>
      selected.push((e as CustomEvent<{ eventId: string }>).detail.eventId),
    );
    key(svg, "ArrowRight");
    const status = el.querySelector('[role="status"]')!;
    const first = status.textContent!;
    expect(first.length).toBeGreaterThan(10);
    expect(svg.querySelectorAll(".oncoline-focus-ring")).toHaveLength(1);
    key(svg, "ArrowRight");
    expect(status.textContent).not.toBe(first);
    key(svg, "Enter");
    expect(selected).toHaveLength(1);
    key(svg, "Escape");
    expect(el.querySelector('[role="status"]')).toBeNull();
    expect(svg.querySelector(".oncoline-focus-ring")).toBeNull();
  });

  it("shows the issues, path first, and fires oncoline-error for an invalid document", async () => {
    const el = mount();
    const seen: unknown[] = [];
    el.addEventListener("oncoline-error", (e) => seen.push((e as CustomEvent).detail));
    el.data = {
      schemaVersion: "1.0",
      patient: { label: "x" },
      events: [{ id: "a", kind: "therapy" }],
    };
    await el.ready;
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/events\[0\]/);
    expect(el.querySelector("svg")).toBeNull();
    expect(seen).toHaveLength(1);
  });

  it("replaces a server-rendered figure with the live one when its inline JSON is read", async () => {
    const json = JSON.stringify(gastric).replace(/</g, "\\u003c");
    const el = mount(
      `<oncoline-timeline><script type="application/json">${json}</script><svg class="oncoline server"></svg></oncoline-timeline>`,
    );
    await el.ready;
    expect(el.querySelector("svg.server")).toBeNull();
    expect(el.querySelectorAll("svg.oncoline [data-mark-id]").length).toBeGreaterThan(20);
    expect(el.querySelector("script")).toBeNull();
  });

  it("keeps user text as text: a label with markup becomes no element", async () => {
    const doc = {
      schemaVersion: "1.0",
      id: "xss",
      source: { citation: "test", kind: "case-report" },
      patient: { label: '<img src=x onerror="alert(1)">' },
      events: [
        {
          id: "t",
          kind: "therapy",
          start: "2024-01-02",
          agents: [{ name: '<script>alert("x")</script>' }],
        },
      ],
    };
    const el = mount();
    el.data = doc;
    await el.ready;
    expect(el.querySelector("img, script")).toBeNull();
    expect(el.textContent).toContain('<script>alert("x")</script>');
  });

  it("loads a document from its src (here a data: URL) and re-draws when the theme attribute changes", async () => {
    const el = mount();
    el.setAttribute("src", `data:application/json,${encodeURIComponent(JSON.stringify(gastric))}`);
    await el.ready;
    expect(el.querySelector("svg.oncoline-theme-screen")).not.toBeNull();
    el.setAttribute("theme", "dark");
    expect(el.querySelector("svg.oncoline-theme-dark")).not.toBeNull();
  });

  it("draws a validated Timeline at once, also after a JSON round trip (what `oncoline validate --normalize` prints), with no validation step", () => {
    const parsed = parseTimeline(gastric);
    if (!parsed.ok) throw new Error("seed 003 must validate");
    const el = mount();
    el.data = JSON.parse(JSON.stringify(parsed.value)) as unknown;
    // No await: a Timeline needs no validator chunk, so it is drawn in the same task.
    expect(el.querySelectorAll("svg.oncoline [data-mark-id]").length).toBeGreaterThan(20);
  });

  it("draws lab tracks on the scale its lab-scale attribute or options ask for (auto: log over two decades)", () => {
    const parsed = parseTimeline(markerDocument());
    if (!parsed.ok) throw new Error("the marker document must validate");
    const el = mount();
    el.data = parsed.value;
    const label = () => el.querySelector("svg.oncoline")!.textContent!;
    expect(label()).toContain("(nadir 12 U/mL; 3 values, log scale)");
    el.setAttribute("lab-scale", "linear");
    expect(label()).toContain("(nadir 12 U/mL; 3 values)");
    expect(label()).not.toContain("log scale");
    el.removeAttribute("lab-scale");
    el.options = { labScale: "linear" };
    expect(label()).not.toContain("log scale");
  });

  it("settles ready for the latest data: the last document set is the one drawn", async () => {
    const el = mount();
    el.data = {
      schemaVersion: "1.0",
      patient: { label: "x" },
      events: [{ id: "a", kind: "therapy" }],
    };
    el.data = gastric;
    await el.ready;
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(el.querySelector("svg.oncoline title")!.textContent).toContain("DCTN1");
  });
});

describe("<oncoline-timeline> colours", () => {
  it("draws a built-in theme without culori, and a theme with colours of its own once culori's chunk has loaded (ready waits for it)", async () => {
    const el = mount();
    el.options = {
      theme: { ...themes.screen, colors: { ...themes.screen.colors, "class:ALK TKI": "#B07800" } },
    };
    el.data = gastric;
    await el.ready;
    const svg = el.querySelector("svg.oncoline")!;
    expect(svg).not.toBeNull();
    const fills = [...svg.querySelectorAll("[fill]")].map((n) => n.getAttribute("fill"));
    expect(fills).toContain("#B07800");
  });
});

describe("<oncoline-timeline> with many events", () => {
  /** `n` clinical events on 2 days: one lane would need n / 2 rows. */
  const dense = (n: number) => ({
    schemaVersion: "1.0",
    id: "dense",
    source: { citation: "test", kind: "synthetic" },
    patient: { label: "dense" },
    events: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      kind: "clinical",
      category: "other",
      term: `event ${i}`,
      start: `2024-03-${String(1 + (i % 2)).padStart(2, "0")}`,
    })),
  });
  const markIds = (el: Element) =>
    [...el.querySelectorAll("svg.oncoline [data-mark-id]")].map((g) =>
      g.getAttribute("data-mark-id")!,
    );

  it(`merges dense stretches into clusters from ${CLUSTER_FROM_EVENTS} events on, as PatientTimeline does, with every event in the table`, async () => {
    const big = dense(CLUSTER_FROM_EVENTS + 100);
    const el = mount('<oncoline-timeline width="900"></oncoline-timeline>');
    el.data = big;
    await el.ready;
    const ids = markIds(el);
    expect(ids.some((id) => id.startsWith("cluster:"))).toBe(true);
    expect(ids.length).toBeLessThan(big.events.length);
    const details = await openTable(el);
    const rows = [...details.querySelectorAll("tbody tr")].map((tr) =>
      tr.getAttribute("data-event-id"),
    );
    expect(rows).toHaveLength(big.events.length);
    expect(new Set(rows)).toEqual(new Set(big.events.map((e) => e.id)));
  });

  it("keeps every event of a smaller figure, dense or not, as the static layout does", async () => {
    for (const [doc, width] of [
      [dense(30), 900],
      [seed("004-imt-cars1-alk"), 1200],
    ] as const) {
      const el = mount(`<oncoline-timeline width="${width}"></oncoline-timeline>`);
      el.data = doc;
      await el.ready;
      const parsed = parseTimeline(doc);
      if (!parsed.ok) throw new Error("the document must validate");
      const { layout } = layoutFigure(parsed.value, themes.screen, {
        width,
        footnotes: false,
        height: null,
      });
      const ids = markIds(el);
      expect(ids).toEqual(layout.marks.map((m) => m.id));
      expect(ids.some((id) => id.startsWith("cluster:"))).toBe(false);
    }
  });

  it("zooms in time with + and =, out with −, back to everything with 0, keeping the zoom across a theme change", async () => {
    const el = mount('<oncoline-timeline width="900"></oncoline-timeline>');
    el.data = gastric;
    await el.ready;
    const full = el.layout!.axis.domain;
    const svg = () => el.querySelector("svg.oncoline")!;
    const span = () => el.layout!.axis.domain[1] - el.layout!.axis.domain[0];
    expect(key(svg(), "+")).toBe(false); // handled: default prevented
    expect(span()).toBeCloseTo((full[1] - full[0]) / 1.5);
    expect((el.layout!.axis.domain[0] + el.layout!.axis.domain[1]) / 2).toBeCloseTo(
      (full[0] + full[1]) / 2,
    );
    // The ticks are laid out again for the narrower domain, within it.
    for (const t of el.layout!.ticks) {
      expect(t.x).toBeGreaterThanOrEqual(el.layout!.axis.range[0] - 1e-6);
      expect(t.x).toBeLessThanOrEqual(el.layout!.axis.range[1] + 1e-6);
    }
    key(svg(), "=");
    expect(span()).toBeCloseTo((full[1] - full[0]) / 2.25);
    key(svg(), "-");
    expect(span()).toBeCloseTo((full[1] - full[0]) / 1.5);
    const zoomed = el.layout!.axis.domain;
    el.setAttribute("theme", "journal");
    expect(el.layout!.axis.domain).toEqual(zoomed);
    expect(el.ownerDocument.activeElement).toBe(svg());
    key(svg(), "0");
    expect(el.layout!.axis.domain).toEqual(full);
    // A key the figure does not use is left to the page.
    expect(key(svg(), "x")).toBe(true);
  });

  it("drops the zoom when the data or the axis changes; a sequence axis does not zoom", async () => {
    const el = mount('<oncoline-timeline width="900"></oncoline-timeline>');
    el.data = gastric;
    await el.ready;
    const full = el.layout!.axis.domain;
    key(el.querySelector("svg.oncoline")!, "+");
    el.data = gastric;
    await el.ready;
    expect(el.layout!.axis.domain).toEqual(full);
    key(el.querySelector("svg.oncoline")!, "+");
    el.setAttribute("axis", "relative");
    const relative = el.layout!.axis;
    expect(relative.mode).toBe("relative");
    key(el.querySelector("svg.oncoline")!, "0");
    expect(el.layout!.axis.domain).toEqual(relative.domain);
    const undated = {
      schemaVersion: "1.0",
      id: "undated",
      source: { citation: "Synthetic test case", kind: "synthetic" },
      patient: { label: "Test patient" },
      events: [
        { kind: "clinical", id: "b", category: "other", term: "b" },
        { kind: "clinical", id: "a", category: "other", term: "a" },
      ],
    };
    el.data = undated;
    await el.ready;
    expect(el.layout!.axis.mode).toBe("sequence");
    const before = el.layout;
    expect(key(el.querySelector("svg.oncoline")!, "+")).toBe(true);
    expect(el.layout).toBe(before);
  });

  it("makes the table's rows only when it is opened, with its count and caption from the start", async () => {
    const el = mount();
    el.data = dense(30);
    await el.ready;
    const details = el.querySelector<HTMLDetailsElement>("details.oncoline-table")!;
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")!.textContent).toBe("Events as a table (30)");
    expect(details.querySelector("caption")!.textContent).toMatch(
      /: every event with its date as the source states it$/,
    );
    expect(details.querySelectorAll("th[scope=col]")).toHaveLength(3);
    expect(details.querySelectorAll("tbody tr")).toHaveLength(0);
    await openTable(el);
    expect(details.querySelectorAll("tbody tr")).toHaveLength(30);
    expect(details.querySelector("tbody tr")!.querySelectorAll("td")).toHaveLength(3);
    // Closing and opening again keeps the rows, once each.
    details.open = false;
    await new Promise((resolve) => details.addEventListener("toggle", resolve, { once: true }));
    await openTable(el);
    expect(details.querySelectorAll("tbody tr")).toHaveLength(30);
  });

  it("counts diagnoses in the summary as the rows do", async () => {
    const el = mount();
    el.data = gastric;
    await el.ready;
    const summary = el.querySelector(".oncoline-table summary")!.textContent!;
    const details = await openTable(el);
    expect(summary).toBe(`Events as a table (${details.querySelectorAll("tbody tr").length})`);
  });

  it("keeps an opened table open, with its rows, when the figure is drawn again", async () => {
    const el = mount('<oncoline-timeline width="900"></oncoline-timeline>');
    el.data = gastric;
    await el.ready;
    const before = await openTable(el);
    const count = before.querySelectorAll("tbody tr").length;
    el.setAttribute("width", "700");
    const after = el.querySelector<HTMLDetailsElement>("details.oncoline-table")!;
    expect(after).not.toBe(before);
    expect(after.open).toBe(true);
    expect(after.querySelectorAll("tbody tr")).toHaveLength(count);
  });

  it("draws no table with options.table false", async () => {
    const el = mount();
    el.options = { table: false };
    el.data = dense(30);
    await el.ready;
    expect(el.querySelector(".oncoline-table")).toBeNull();
  });
});

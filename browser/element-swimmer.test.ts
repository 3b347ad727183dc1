// <oncoline-swimmer> in Chromium, on the element page (examples/element-page) under
// Content-Security-Policy: default-src 'self'. Seed 002's Table 1 draws its 16 rows from `src` and
// from a server-rendered figure with inline JSON; axe finds nothing; ↓ announces a row and Enter
// fires oncoline-row-select; + and 0 zoom in time and back; a download is the plot as shown; without
// JavaScript the server-rendered figure shows.
/* global document, window */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, repoRoot, serve, STRICT_CSP } from "./harness.js";

const root = repoRoot();
const dist = join(root, "examples", "element-page", "dist");
const ROWS = "svg.oncoline-swimmer g.oncoline-swimmer-row";
let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  browser = await launch();
  server = await serve(dist, STRICT_CSP);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(javaScriptEnabled = true) {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const csp: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.goto(server.url);
  return { page, errors, csp, close: () => context.close() };
}

/** Both swimmers drawn live (the enhanced one's server figure replaced: its container is there). */
const bothDrawn = () =>
  [...document.querySelectorAll("oncoline-swimmer")].every((el) =>
    el.querySelector(".oncoline-swimmer-container svg.oncoline-swimmer g.oncoline-swimmer-row"),
  );

describe("<oncoline-swimmer> on the element page", () => {
  it("draws seed 002's Table 1 with its 16 rows, from src and from inline JSON, under a strict CSP", async () => {
    const { page, errors, csp, close } = await open();
    await page.waitForFunction(bothDrawn);
    expect(await page.locator(`#cohort ${ROWS}`).count()).toBe(16);
    expect(await page.locator(`#cohort-enhanced ${ROWS}`).count()).toBe(16);
    // group="sex": the rows come under one header per sex.
    expect(await page.locator("#cohort .oncoline-swimmer-group").count()).toBeGreaterThan(1);
    expect(await page.locator("oncoline-swimmer [role=alert]").count()).toBe(0);
    // Laid out to the element's width, not the default 960 px.
    const [box, svg] = await page.$eval("#cohort", (el) => [
      el.clientWidth,
      Number(el.querySelector("svg")!.getAttribute("width")),
    ]);
    expect(svg).toBe(box);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
    mkdirSync(join(root, "out"), { recursive: true });
    await page.locator("#cohort").screenshot({ path: join(root, "out", "element-swimmer.png") });
    await close();
  });

  it("has no axe violations once the swimmers (and the timelines) are drawn", async () => {
    const { page, close } = await open();
    await page.waitForFunction(bothDrawn);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("oncoline-timeline")].every((el) =>
        el.querySelector(".oncoline-container"),
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("is keyboard navigable: tab to the figure, ↓ announces a row, Enter fires oncoline-row-select", async () => {
    const { page, close } = await open();
    await page.waitForFunction(bothDrawn);
    await page.evaluate(() => {
      (window as unknown as { rows: string[] }).rows = [];
      document.addEventListener("oncoline-row-select", (e) =>
        (window as unknown as { rows: string[] }).rows.push(
          (e as CustomEvent<{ rowId: string }>).detail.rowId,
        ),
      );
    });
    await page.focus("#cohort svg.oncoline-swimmer");
    // Tab order: shift-tab away and back reaches the figure from the keyboard too.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.activeElement?.matches("#cohort svg.oncoline-swimmer")),
    ).toBe(true);
    const status = page.locator("#cohort [role=status]");
    expect(await status.textContent()).toBe("");
    await page.keyboard.press("ArrowDown");
    const first = await page.$eval(`#cohort ${ROWS}`, (g) => g.getAttribute("aria-label"));
    expect(await status.textContent()).toBe(first);
    expect(first!.length).toBeGreaterThan(10);
    await page.keyboard.press("ArrowDown");
    const second = await status.textContent();
    expect(second).not.toBe(first);
    const active = page.locator("#cohort .oncoline-swimmer-active");
    expect(await active.getAttribute("aria-label")).toBe(second);
    await page
      .locator("#cohort")
      .screenshot({ path: join(root, "out", "element-swimmer-active.png") });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as { rows: string[] }).rows)).toEqual([
      await active.getAttribute("data-row"),
    ]);
    await close();
  });

  it("zooms in time with + and 0, and downloads the plot as shown through @oncoline/export/scene", async () => {
    const { page, errors, csp, close } = await open();
    const chunks: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/chunks/")) chunks.push(r.url().split("/").pop()!);
    });
    await page.waitForFunction(bothDrawn);
    const ticks = () =>
      page.$$eval("#cohort .oncoline-swimmer-axis text", (ts) => ts.map((t) => t.textContent));
    const before = await ticks();
    await page.focus("#cohort svg.oncoline-swimmer");
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    const zoomed = await ticks();
    expect(zoomed).not.toEqual(before);
    expect(await page.locator(`#cohort ${ROWS}`).count()).toBe(16);
    // The zoomed figure keeps the keyboard focus.
    expect(
      await page.evaluate(() => document.activeElement?.matches("#cohort svg.oncoline-swimmer")),
    ).toBe(true);
    await page.$eval("#cohort", (el) => el.setAttribute("downloads", "svg pdf"));
    const [filename, head, svgText] = await page.evaluate(async () => {
      const el = document.querySelector("#cohort") as HTMLElement & {
        export(f: string): Promise<Blob>;
      };
      const got = new Promise<[string, Blob]>((resolve) =>
        el.addEventListener("oncoline-download", (e) => {
          e.preventDefault();
          const d = (e as CustomEvent<{ filename: string; blob: Blob }>).detail;
          resolve([d.filename, d.blob]);
        }),
      );
      el.querySelector<HTMLButtonElement>(".oncoline-downloads button[data-format=pdf]")!.click();
      const [name, blob] = await got;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return [
        name,
        String.fromCharCode(...bytes.subarray(0, 5)),
        await (await el.export("svg")).text(),
      ];
    });
    expect(filename).toBe("cohort.pdf");
    expect(head).toBe("%PDF-");
    // The file is the zoomed plot: its axis has the zoomed ticks.
    for (const t of zoomed.filter(Boolean)) expect(svgText).toContain(`>${t}</text>`);
    expect(chunks.some((c) => c.startsWith("scene-"))).toBe(true);
    expect(chunks.some((c) => c.startsWith("browser-"))).toBe(false);
    await page.focus("#cohort svg.oncoline-swimmer");
    await page.keyboard.press("0");
    expect(await ticks()).toEqual(before);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });

  it("lays the figure out again when the element's width changes (ResizeObserver)", async () => {
    const { page, close } = await open();
    await page.waitForFunction(bothDrawn);
    const before = await page.$eval("#cohort svg", (svg) => Number(svg.getAttribute("width")));
    await page.setViewportSize({ width: 720, height: 900 });
    await page.waitForFunction(
      (w) => Number(document.querySelector("#cohort svg")?.getAttribute("width")) < w,
      before,
    );
    const [box, svg] = await page.$eval("#cohort", (el) => [
      el.clientWidth,
      Number(el.querySelector("svg")!.getAttribute("width")),
    ]);
    expect(svg).toBe(box);
    expect(await page.locator(`#cohort ${ROWS}`).count()).toBe(16);
    await close();
  });

  it("shows the server-rendered swimmer with JavaScript disabled", async () => {
    const { page, close } = await open(false);
    expect(await page.locator(`#cohort-enhanced ${ROWS}`).count()).toBe(16);
    await close();
  });
});

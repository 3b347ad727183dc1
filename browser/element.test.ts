// The custom element in Chromium: a plain HTML page whose only script is the element's module,
// under Content-Security-Policy: default-src 'self'. Every patient seed renders, axe finds nothing,
// the keyboard works, and the server-rendered figure is there without JavaScript.
/* global document, window */
import { join } from "node:path";
import { readdirSync } from "node:fs";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, repoRoot, serve, STRICT_CSP } from "./harness.js";

const root = repoRoot();
const dist = join(root, "examples", "element-page", "dist");
const patientSeeds = readdirSync(join(root, "seeds")).filter(
  (f) => f.endsWith(".json") && !f.includes("cohort"),
);
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

async function open(javaScriptEnabled = true, path = "") {
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
  await page.goto(server.url + path);
  return { page, errors, csp, close: () => context.close() };
}

describe("<oncoline-timeline> on a plain HTML page", () => {
  it("renders every patient seed from its src under a strict CSP, with no error or violation", async () => {
    const { page, errors, csp, close } = await open();
    const elements = page.locator("oncoline-timeline");
    expect(await elements.count()).toBe(patientSeeds.length + 1);
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll("oncoline-timeline")].filter((el) =>
          el.querySelector(".oncoline-container svg.oncoline [data-mark-id]"),
        ).length === n,
      patientSeeds.length + 1,
    );
    expect(await page.locator("oncoline-timeline [role=alert]").count()).toBe(0);
    // Every figure fits its element: laid out to the element's width, not the theme's 960 px.
    const widths = await page.$$eval("oncoline-timeline", (els) =>
      els.map((el) => [el.clientWidth, Number(el.querySelector("svg")!.getAttribute("width"))]),
    );
    for (const [box, svg] of widths) expect(svg).toBeLessThanOrEqual(box!);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });

  it("has no axe violations once every figure is drawn", async () => {
    const { page, close } = await open();
    await page.waitForFunction(
      (n) => document.querySelectorAll("oncoline-timeline svg.oncoline [data-mark-id]").length > n,
      100,
    );
    await page.waitForFunction(() =>
      [...document.querySelectorAll("oncoline-timeline")].every((el) =>
        el.querySelector(".oncoline-container"),
      ),
    );
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await close();
  });

  it("is keyboard navigable: tab to a figure, arrows announce events, Enter fires oncoline-select", async () => {
    const { page, close } = await open();
    await page.locator("#enhanced .oncoline-container svg").waitFor();
    await page.evaluate(() => {
      (window as unknown as { picked: string[] }).picked = [];
      document.addEventListener("oncoline-select", (e) =>
        (window as unknown as { picked: string[] }).picked.push(
          (e as CustomEvent<{ eventId: string }>).detail.eventId,
        ),
      );
    });
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (
        await page.evaluate(
          () => document.activeElement?.matches("#enhanced svg.oncoline") ?? false,
        )
      )
        break;
    }
    expect(
      await page.evaluate(() => document.activeElement?.matches("#enhanced svg.oncoline")),
    ).toBe(true);
    await page.keyboard.press("ArrowRight");
    const status = page.locator("#enhanced [role=status]");
    const first = await status.textContent();
    expect(first!.length).toBeGreaterThan(10);
    expect(await page.locator("#enhanced .oncoline-focus-ring").count()).toBe(1);
    await page.keyboard.press("ArrowRight");
    expect(await status.textContent()).not.toBe(first);
    await page.keyboard.press("Enter");
    expect(
      await page.evaluate(() => (window as unknown as { picked: string[] }).picked.length),
    ).toBe(1);
    await page.keyboard.press("Escape");
    expect(await page.locator("#enhanced [role=status]").count()).toBe(0);
    await close();
  });

  it("fills the event table when a reader opens it from the keyboard, with the count its summary gave; axe stays clean", async () => {
    const { page, close } = await open();
    const details = page.locator("#enhanced details.oncoline-table");
    await details.waitFor();
    // Collapsed, the table has its caption and head but no rows yet.
    expect(await details.locator("tbody tr").count()).toBe(0);
    const summary = (await details.locator("summary").textContent())!;
    const count = Number(/\((\d+)\)$/.exec(summary)![1]);
    expect(count).toBeGreaterThan(10);
    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => document.querySelectorAll("#enhanced details.oncoline-table tbody tr").length > 0,
    );
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator("tbody tr").count()).toBe(count);
    expect(await details.locator("caption").textContent()).toMatch(/every event with its date/);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await close();
  });

  it("shows the server-rendered figure with JavaScript disabled", async () => {
    const { page, close } = await open(false);
    const svg = page.locator("#enhanced svg.oncoline");
    expect(await svg.count()).toBe(1);
    expect(await page.locator("#enhanced svg.oncoline .oncoline-mark").count()).toBeGreaterThan(10);
    await close();
  });

  it("the README's element snippet (examples/snippets/element.html) draws its document under the strict CSP", async () => {
    const { page, errors, csp, close } = await open(true, "snippet.html");
    await page.waitForSelector("oncoline-timeline svg.oncoline [data-mark-id]");
    expect(
      await page.locator("oncoline-timeline svg.oncoline-theme-journal title").textContent(),
    ).toBe("EGFR-mutant lung adenocarcinoma on osimertinib");
    expect(await page.locator("oncoline-timeline [role=alert]").count()).toBe(0);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
    await close();
  });
});

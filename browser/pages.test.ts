// Real-browser checks of the example pages: no JavaScript, strict CSP, keyboard, zoom and pan, XSS.
/* global document, window, getComputedStyle, HTMLElement */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type TimelineDocumentInput } from "@oncoline/core";
import { PatientTimeline } from "@oncoline/react";
import { renderToSVG } from "@oncoline/react/server";
import { seed } from "../scripts/seeds.mjs";
import { axeViolations, launch, repoRoot, serve, STRICT_CSP } from "./harness.js";

const root = repoRoot();
const dist = (ex: string) => join(root, "examples", ex, "dist");
let browser: Browser;
/** Waiting on the page: poll until the condition holds, bounded only for a failing test. */
const POLL = { timeout: 240_000, interval: 100 };

const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function site(dir: string, csp?: string) {
  const s = await serve(dir, csp);
  servers.push(s);
  return s.url;
}

/** Open a page that records CSP violations, dialogs, off-site requests and page errors. */
async function open(url: string, opts: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...opts });
  const page = await context.newPage();
  const seen = {
    csp: [] as string[],
    dialogs: [] as string[],
    offsite: [] as string[],
    errors: [] as string[],
  };
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.csp.push(m.text());
  });
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  const origin = new URL(url).origin;
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:"))
      return route.continue();
    seen.offsite.push(u);
    return route.abort();
  });
  await page.goto(url);
  const violations = async () => [
    ...seen.csp,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
  return { page, seen, violations, close: () => context.close() };
}

const tickLabels = (page: Page) =>
  page.locator("svg.oncoline .oncoline-axis text").allTextContents();

describe("the journal example", () => {
  it("shows the complete figure and its event table with JavaScript disabled", async () => {
    const url = await site(dist("journal-embed"), STRICT_CSP);
    const { page, close } = await open(url, { javaScriptEnabled: false });
    const figure = page.locator("svg.oncoline");
    await expect(figure.count()).resolves.toBe(1);
    expect(await figure.getAttribute("role")).toBe("img");
    expect(await page.locator("svg.oncoline .oncoline-mark").count()).toBeGreaterThan(20);
    expect(await page.locator("svg.oncoline title").first().textContent()).toMatch(/DCTN1/);
    // Every event is a table row (27 events + 1 diagnosis), present without any script.
    expect(await page.locator(".oncoline-table tbody tr").count()).toBe(28);
    await close();
  });

  it("renders and hydrates under Content-Security-Policy: default-src 'self' with no violation", async () => {
    const url = await site(dist("journal-embed"), STRICT_CSP);
    const { page, seen, violations, close } = await open(url);
    await page.locator(".oncoline-controls").waitFor(); // controls appear once the client hydrated
    await page.locator("svg.oncoline [data-event-id='alectinib']").first().hover();
    await page.getByRole("status").waitFor();
    await page.getByRole("button", { name: "Zoom in" }).click();
    // Zooming re-lays the figure out (new ticks, new styles): wait for it, not for a fixed time.
    await expect
      .poll(() => page.getByRole("button", { name: "Reset zoom" }).isEnabled(), POLL)
      .toBe(true);
    expect(await violations()).toEqual([]);
    expect(seen.errors).toEqual([]);
    await close();
  });

  it("is reachable by keyboard: tab in, arrows move between events, Escape closes, focus is visible", async () => {
    const url = await site(dist("journal-embed"), STRICT_CSP);
    const { page, close } = await open(url);
    await page.locator(".oncoline-controls").waitFor();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.matches("svg.oncoline") ?? false))
        break;
    }
    expect(await page.evaluate(() => document.activeElement?.matches("svg.oncoline"))).toBe(true);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as HTMLElement).outlineStyle,
    );
    expect(outline).not.toBe("none");
    await page.keyboard.press("ArrowRight");
    const first = await page.getByRole("status").textContent();
    expect(first!.length).toBeGreaterThan(20);
    await expect(page.locator(".oncoline-focus-ring").count()).resolves.toBe(1);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("status").textContent(), POLL).not.toBe(first);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("status").count(), POLL).toBe(0);
    await close();
  });

  it("zooms with the wheel and pans with a drag: the visible range and ticks change; reset restores them", async () => {
    const url = await site(dist("journal-embed"), STRICT_CSP);
    const { page, close } = await open(url);
    await page.locator(".oncoline-controls").waitFor();
    const before = await tickLabels(page);
    const plot = (await page.locator("svg.oncoline .oncoline-lanes rect").first().boundingBox())!;
    await page.mouse.move(plot.x + plot.width * 0.6, plot.y + 20);
    await page.mouse.wheel(0, -600);
    // The figure is laid out again once input pauses: poll rather than sleep a fixed time.
    await expect.poll(() => tickLabels(page), POLL).not.toEqual(before);
    const zoomed = await tickLabels(page);
    await page.mouse.move(plot.x + plot.width * 0.6, plot.y + 20);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.3, plot.y + 20, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => tickLabels(page), POLL).not.toEqual(zoomed);
    await page.getByRole("button", { name: "Reset zoom" }).click();
    await expect.poll(() => tickLabels(page), POLL).toEqual(before);
    await close();
  });
});

describe("the app example", () => {
  it("loads, switches seeds and themes under a strict CSP with no violation", async () => {
    const url = await site(dist("app"), STRICT_CSP);
    const { page, seen, violations, close } = await open(url);
    const buttons = page.getByRole("group", { name: "Load a reference case" }).getByRole("button");
    const n = await buttons.count();
    expect(n).toBeGreaterThanOrEqual(6); // five seeds and an invalid example
    for (let i = 0; i < n; i++) {
      const label = (await buttons.nth(i).textContent()) ?? "";
      await buttons.nth(i).click();
      // The invalid example shows its issues; every seed shows its figure.
      if (/invalid/i.test(label)) await page.getByRole("alert").waitFor();
      else await page.locator("svg.oncoline").waitFor();
    }
    await buttons.first().click();
    await page.getByLabel("Theme").selectOption("dark");
    await page.locator("svg.oncoline-theme-dark").waitFor();
    expect(await violations()).toEqual([]);
    expect(seen.errors).toEqual([]);
    await close();
  });
});

/** Classic payloads, dropped into every text field a document has. */
export const PAYLOADS = [
  "<script>alert('xss-1')</script>",
  '"><img src=x onerror=alert("xss-2")>',
  "<svg/onload=alert('xss-3')>",
  "javascript:alert('xss-4')",
  "</title><script>alert('xss-5')</script>",
  "<iframe src=\"javascript:alert('xss-6')\"></iframe>",
  "{{constructor.constructor('alert(7)')()}}",
  "${alert('xss-8')}",
  "]]><script>alert('xss-9')</script>",
  "<!--<script>alert('xss-10')</script>-->",
  "<style>@import 'http://127.0.0.2/xss.css';</style>",
  '<img src="http://127.0.0.2/track.png">',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-13')>",
  '<base href="http://127.0.0.2/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(\'xss-15\')">',
  "<a href=\"javascript:alert('xss-16')\">click</a>",
  "<object data=\"javascript:alert('xss-17')\"></object>",
  "<svg><animate onbegin=alert('xss-18') attributeName=x dur=1s>",
  "'';!--\"<XSS>=&{()}",
  "<details open ontoggle=alert('xss-20')>",
];

/** Seed 004 with a payload in every label, agent name, term, note and source text. */
function hostile(): unknown {
  // Parsed untyped: the test writes payloads anywhere in it.
  const doc = JSON.parse(readFileSync(seed("004").path, "utf8"));
  let k = 0;
  const next = () => PAYLOADS[k++ % PAYLOADS.length]!;
  doc.title = next();
  doc.patient.label = next();
  doc.source.citation = next();
  for (const e of doc.events) {
    e.label = next();
    e.note = next();
    if (e.term) e.term = next();
    // Rename agents, keeping the holds and dose changes that name them consistent.
    for (const a of e.agents ?? []) {
      const name = next();
      for (const m of e.modifications ?? []) if (m.agent === a.name) m.agent = name;
      a.name = name;
    }
  }
  return doc;
}

describe("labels are never executed", () => {
  it("uses a hostile document that is valid, so the figure itself carries the payloads", () => {
    const r = parseTimeline(hostile());
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  const injected = (page: Page) =>
    page.evaluate(
      () =>
        document.querySelectorAll(
          "svg.oncoline script, svg.oncoline foreignObject, .oncoline-container img, .oncoline-container iframe, .oncoline-container object, main img, main iframe",
        ).length,
    );

  it(`renders ${PAYLOADS.length} classic payloads in every field of a timeline with none executed (browser, app)`, async () => {
    const url = await site(dist("app"), STRICT_CSP);
    const { page, seen, close } = await open(url);
    await page.getByLabel(/Paste JSON here/).fill(JSON.stringify(hostile()));
    await page.locator("svg.oncoline").waitFor();
    await page.locator("svg.oncoline [data-event-id='alectinib']").first().hover();
    await page.locator(".oncoline-tooltip").waitFor(); // the tooltip, with hostile text in it, is drawn
    expect(seen.dialogs).toEqual([]);
    expect(seen.offsite).toEqual([]);
    expect(await injected(page)).toBe(0);
    expect(await page.locator("svg.oncoline").textContent()).toContain(
      "<script>alert('xss-1')</script>",
    );
    await close();
  });

  it("keeps them inert in server output: renderToSVG and a server-rendered PatientTimeline page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oncoline-xss-"));
    writeFileSync(join(dir, "figure.svg"), renderToSVG(hostile()));
    const body = renderToString(
      createElement(PatientTimeline, { timeline: hostile() as TimelineDocumentInput }),
    );
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>xss</title></head><body><main>${body}</main></body></html>`,
    );
    const url = await site(dir); // no CSP here: the markup itself must be inert
    for (const path of ["figure.svg", "index.html"]) {
      const { page, seen, close } = await open(url + path);
      // Every image, handler and script a payload could carry has run by the load event.
      await page.waitForLoadState("load");
      expect(seen.dialogs).toEqual([]);
      expect(seen.offsite).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(
        await page.evaluate(
          () =>
            document.querySelectorAll(
              "script, iframe, object, img, foreignObject, base, meta[http-equiv]",
            ).length,
        ),
      ).toBe(0);
      await close();
    }
  });
});

describe("example pages are accessible", () => {
  for (const [ex, path] of [
    ["journal-embed", ""],
    ["tumor-board", ""],
    ["app", ""],
  ] as const) {
    it(`${ex} has no axe violations`, async () => {
      const url = await site(dist(ex), STRICT_CSP);
      const { page, close } = await open(url + path);
      if (ex === "app") {
        await page
          .getByRole("group", { name: "Load a reference case" })
          .getByRole("button")
          .first()
          .click();
        await page.locator("svg.oncoline").waitFor();
      }
      const result = await axeViolations(page);
      expect(result).toEqual([]);
      await close();
    });
  }
});

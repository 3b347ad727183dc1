// Real-browser checks of the built Storybook (out/storybook): every story renders a figure or an
// alert and passes axe; the seeds in every theme match committed screenshots; the figures' font is
// served with Storybook (DejaVu Sans), not taken from the machine.
/* global document, window */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AxeResults } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { THEME_NAMES } from "@oncoline/core";
import { AXE_SOURCE, launch, repoRoot, serve } from "./harness.js";
import { largeScenario } from "../stories/scenarios/dense.js";
import { MAX_DIFF_RATIO, matchBaseline, PIXEL_THRESHOLD } from "./visual.js";

const ROOT = repoRoot();
const STORYBOOK = join(ROOT, "out/storybook");
const BASELINES = join(ROOT, "browser/baselines");
const THEMES = THEME_NAMES;
/** Wide enough for the slide theme's 1920 px figure (plus Storybook's padding) at its own size. */
const VIEWPORT = { width: 1980, height: 1200 };
/** The figure counts as settled once its DOM has not changed for this long (relayout waits 120 ms). */
const QUIET_MS = 250;

if (!existsSync(join(STORYBOOK, "index.json"))) {
  throw new Error(
    `Storybook is not built: ${STORYBOOK}/index.json is missing. Run \`pnpm build-storybook\` first.`,
  );
}

interface IndexEntry {
  id: string;
  type: string;
  title: string;
  name: string;
}
const index = JSON.parse(readFileSync(join(STORYBOOK, "index.json"), "utf8")) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((e) => e.type === "story");
/** The seed stories ("Seed 000: …" to "Seed 004: …"), keyed by seed number. */
const seeds = stories
  .map((s) => ({ seed: /--seed-(\d{3})-/.exec(s.id)?.[1], id: s.id }))
  .filter((s): s is { seed: string; id: string } => s.seed !== undefined)
  .sort((a, b) => a.seed.localeCompare(b.seed));

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: { url: string; close(): Promise<void> };
const pageErrors: string[] = [];
const axeChecked = new Set<string>();
let axeViolations = 0;

beforeAll(async () => {
  server = await serve(STORYBOOK);
  browser = await launch();
  context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
    colorScheme: "light",
    locale: "en-US",
    timezoneId: "UTC",
  });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  console.log(
    `storybook: axe checked ${axeChecked.size} of ${stories.length} stories, ` +
      `${axeViolations} violation(s)`,
  );
  await context?.close();
  await browser?.close();
  await server?.close();
});

type Rendered = "figure" | "alert" | "blank";

/**
 * Open a story alone (`args` as in Storybook's URL, e.g. "theme:dark"), wait until Storybook has
 * finished it (render, play function, its own after-each checks) and the figure has settled.
 */
async function openStory(id: string, args?: string): Promise<Rendered> {
  pageErrors.length = 0;
  // a11y.manual: the a11y addon does not run its own axe pass; these tests run axe themselves.
  const query =
    `id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true` +
    (args ? `&args=${args}` : "");
  await page.goto(`${server.url}iframe.html?${query}`);
  const phase = () =>
    (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
      .__STORYBOOK_PREVIEW__?.currentRender?.phase;
  try {
    await page.waitForFunction(
      () => {
        const p = (
          window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }
        ).__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return p === "finished" || p === "aborted";
      },
      null,
      { timeout: 240_000 },
    );
  } catch (e) {
    const last = await page.evaluate(phase).catch(() => "unknown");
    throw new Error(
      `story ${id} did not finish rendering within 240 s (Storybook phase: ${last}; page errors: ` +
        `${pageErrors.join(" | ") || "none"})`,
      { cause: e },
    );
  }
  return page.evaluate(async (quietMs) => {
    const root = document.querySelector("#storybook-root");
    if (!root) return "blank" as const;
    // Wait out any relayout (the zoom re-lays the figure out once input pauses).
    await new Promise<void>((resolve) => {
      let timer = setTimeout(done, quietMs);
      const cap = setTimeout(done, 5_000);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, quietMs);
      });
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      function done() {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(cap);
        resolve();
      }
    });
    if (root.querySelector("svg.oncoline, svg.oncoline-swimmer")) return "figure" as const;
    if (root.querySelector("[role=alert]")) return "alert" as const;
    return "blank" as const;
  }, QUIET_MS);
}

/** Load every DejaVu Sans face declared by .storybook/fonts.css; their family, style, weight, status. */
function loadFonts() {
  return page.evaluate(async () => {
    const faces = [...document.fonts].filter(
      (f) => f.family.replace(/["']/g, "") === "DejaVu Sans",
    );
    await Promise.all(faces.map((f) => f.load()));
    await document.fonts.ready;
    return {
      faces: faces.map((f) => `${f.style} ${f.weight} ${f.status}`).sort(),
      check: document.fonts.check("12px 'DejaVu Sans'"),
    };
  });
}

function describeViolations(violations: AxeResults["violations"]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? "no impact"}): ${v.help}`,
        ...v.nodes.map(
          (n) =>
            `  at ${JSON.stringify(n.target)}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`,
        ),
      ].join("\n"),
    )
    .join("\n");
}

test("index.json lists the stories, among them the five seeds", () => {
  expect(stories.length).toBeGreaterThan(0);
  expect(seeds.map((s) => s.seed)).toEqual(["000", "001", "002", "003", "004"]);
});

describe("every story renders and passes axe", () => {
  test.each(stories.map((s) => s.id))("story %s has no axe violations", async (id) => {
    const rendered = await openStory(id);
    expect(rendered, `story ${id} rendered neither svg.oncoline nor [role=alert]`).not.toBe(
      "blank",
    );
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run(document.querySelector("#storybook-root") as Element, {
        resultTypes: ["violations"],
      });
      return results.violations;
    });
    axeChecked.add(id);
    axeViolations += violations.length;
    if (violations.length > 0) console.error(`story ${id}:\n${describeViolations(violations)}`);
    expect(violations.length, `axe violations in ${id}:\n${describeViolations(violations)}`).toBe(
      0,
    );
  });

  test("axe checked every story", () => {
    expect(axeChecked.size).toBe(stories.length);
  });
});

// The stories the jsdom suite leaves to the browser (stories/stories.test.tsx, BROWSER_ONLY): each
// shows its figure and a table row per event, and its play function finished (a failing play
// function never reaches the "finished" phase, so openStory would fail).
describe("heavy stories show what their scenario promises", () => {
  const heavy = [{ story: "large-synthetic", scenario: largeScenario }];
  test.each(heavy)("story $story shows its figure and a table of every event", async (h) => {
    const id = stories.find((s) => s.id.endsWith(`--${h.story}`))?.id;
    expect(id, `a story ending in --${h.story}`).toBeDefined();
    expect(await openStory(id!)).toBe("figure");
    const e = h.scenario.expect;
    if (e.kind !== "figure") throw new Error(`${h.story} should draw a figure`);
    const shown = await page.evaluate(() => ({
      title: document.querySelector("#storybook-root svg.oncoline > title")?.textContent ?? "",
      rows: document.querySelectorAll("#storybook-root table tbody tr").length,
      phase: (
        window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }
      ).__STORYBOOK_PREVIEW__?.currentRender?.phase,
    }));
    expect(shown.title.startsWith(e.title), `title '${shown.title}'`).toBe(true);
    expect(shown.rows).toBe(e.tableRows);
    expect(shown.phase).toBe("finished");
  });
});

describe("the swimmer plot in Chromium", () => {
  const swimmerStory = (name: string) => {
    const s = stories.find((e) => e.title === "SwimmerPlot" && e.name === name);
    if (!s) throw new Error(`no SwimmerPlot story '${name}'`);
    return s.id;
  };

  test("Tab reaches the rows; Home and → announce the first row and its event; Enter opens the patient's timeline; Escape closes it", async () => {
    expect(await openStory(swimmerStory("Five Seeds On First Alk Tki"))).toBe("figure");
    const rows = page.getByRole("group", { name: /rows\. Arrow keys/ });
    // The story's play function has already used the keyboard: start again from the page.
    // Focusing the body moves Chromium's sequential-focus starting point to the top of the page.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute("tabindex");
    });
    await page.keyboard.press("Tab");
    await expect.poll(() => rows.evaluate((el) => el === document.activeElement)).toBe(true);
    const focusRing = await rows.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(focusRing).not.toBe("none");
    await page.keyboard.press("Home");
    const status = page.locator(".oncoline-swimmer-status");
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Case report patient \(004-imt-cars1-alk\)\. /);
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Case report patient \(004-imt-cars1-alk\): /);
    await page.keyboard.press("Enter");
    const drill = page.getByRole("region", { name: "Patient 004-imt-cars1-alk" });
    await expect.poll(() => drill.locator("svg.oncoline").count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => drill.count()).toBe(0);
  });

  test("the wheel over the time axis zooms in time, a drag pans, the wheel over the rows scrolls them", async () => {
    expect(await openStory(swimmerStory("Synthetic 200 Grouped"))).toBe("figure");
    const ticks = () =>
      page.locator(".oncoline-swimmer-footer .oncoline-swimmer-axis > g text").allTextContents();
    const before = await ticks();
    const axis = (await page.locator(".oncoline-swimmer-footer").boundingBox())!;
    await page.mouse.move(axis.x + axis.width * 0.5, axis.y + 10);
    await page.mouse.wheel(0, -600);
    await expect.poll(ticks, { timeout: 240_000 }).not.toEqual(before);
    const zoomed = await ticks();
    await page.mouse.move(axis.x + axis.width * 0.6, axis.y + 10);
    await page.mouse.down();
    await page.mouse.move(axis.x + axis.width * 0.3, axis.y + 10, { steps: 8 });
    await page.mouse.up();
    await expect.poll(ticks, { timeout: 240_000 }).not.toEqual(zoomed);
    // Over the rows the wheel scrolls, and the time axis stays as it is.
    const panned = await ticks();
    const scroller = page.locator(".oncoline-swimmer-scroll");
    const box = (await scroller.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.wheel(0, 800);
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await ticks()).toEqual(panned);
    await page.getByRole("button", { name: "Reset zoom" }).click();
    await expect.poll(ticks, { timeout: 240_000 }).toEqual(before);
  });

  test("200 patients: only the rows in view are in the DOM, and scrolling brings others in", async () => {
    expect(await openStory(swimmerStory("Synthetic 200 Grouped"))).toBe("figure");
    const drawn = () => page.locator("svg.oncoline-swimmer [data-row]").count();
    const before = await drawn();
    expect(before).toBeGreaterThan(5);
    expect(before).toBeLessThan(40);
    const first = await page
      .locator("svg.oncoline-swimmer [data-row]")
      .first()
      .getAttribute("data-row");
    await page.locator(".oncoline-swimmer-scroll").evaluate((el) => el.scrollTo(0, 4000));
    await expect
      .poll(() => page.locator("svg.oncoline-swimmer [data-row]").first().getAttribute("data-row"))
      .not.toBe(first);
    expect(await drawn()).toBeLessThan(40);
  });
});

describe("fonts come with Storybook", () => {
  test("the DejaVu Sans TTFs are bundled into out/storybook/assets", () => {
    const ttfs = readdirSync(join(STORYBOOK, "assets")).filter((f) => f.endsWith(".ttf"));
    for (const face of ["DejaVuSans-", "DejaVuSans-Bold-", "DejaVuSans-Oblique-"]) {
      expect(
        ttfs.some((f) => f.startsWith(face)),
        `${face}*.ttf in assets (${ttfs.join(", ")})`,
      ).toBe(true);
    }
  });

  test("a story loads DejaVu Sans regular, bold and oblique from Storybook", async () => {
    const served: string[] = [];
    const onResponse = (r: { url(): string; status(): number }) => {
      if (r.url().endsWith(".ttf") && r.status() === 200) served.push(new URL(r.url()).pathname);
    };
    page.on("response", onResponse);
    try {
      expect(await openStory(seeds[0]!.id)).toBe("figure");
      const fonts = await loadFonts();
      expect(fonts.faces).toEqual(["normal 400 loaded", "normal 700 loaded", "oblique 400 loaded"]);
      expect(fonts.check).toBe(true);
      expect(served.filter((p) => /\/assets\/DejaVuSans.*\.ttf$/.test(p))).toHaveLength(3);
    } finally {
      page.off("response", onResponse);
    }
  });
});

describe(`seed screenshots match the baselines (pixelmatch threshold ${PIXEL_THRESHOLD}, at most ${MAX_DIFF_RATIO * 100} % of pixels differ)`, () => {
  for (const { seed, id } of seeds)
    for (const theme of THEMES)
      test(`seed ${seed} in the ${theme} theme matches baselines/${seed}-${theme}.png`, async () => {
        expect(await openStory(id, `theme:${theme}`)).toBe("figure");
        const figure = page.locator("#storybook-root svg.oncoline");
        // The URL arg really switched the theme.
        expect(await figure.getAttribute("class")).toContain(`oncoline-theme-${theme}`);
        const fonts = await loadFonts();
        expect(fonts.faces.every((f) => f.endsWith("loaded"))).toBe(true);
        const png = await figure.screenshot({
          animations: "disabled",
          caret: "hide",
          scale: "css",
        });
        const result = matchBaseline(png, BASELINES, `${seed}-${theme}`);
        if (result.status === "written") console.log(`wrote baseline ${result.baseline}`);
        else if (result.diffPixels > 0)
          console.log(`${seed}-${theme}: ${result.diffPixels} pixels differ (within tolerance)`);
      });
});

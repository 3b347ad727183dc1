import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { composeStories, setProjectAnnotations } from "@storybook/react";
import { within } from "storybook/test";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import preview from "../.storybook/preview.js";
import * as datesInOrder from "./DatesInOrder.stories.js";
import * as edgeCases from "./EdgeCases.stories.js";
import * as eventKinds from "./EventKinds.stories.js";
import * as patientTimeline from "./PatientTimeline.stories.js";
import * as swimmer from "./SwimmerPlot.stories.js";
import { allScenarios, largeScenario, scenarioByKey, type Scenario } from "./scenarios.js";

/**
 * Scenarios too big for jsdom: the 2,000-event patient with its table, play function and axe took
 * 20 s here idle and over a minute on a busy machine. browser/storybook.test.ts renders its stories
 * in Chromium and checks the same things (figure, table rows, play function, axe).
 */
const BROWSER_ONLY = new Set([largeScenario.key]);

// jsdom has no layout, colours or canvas: contrast and the label-in-name rule (it measures glyphs on
// a canvas) are left to a real browser, i.e. Storybook's accessibility panel.
const jsdomA11y = {
  parameters: {
    a11y: {
      config: {
        rules: ["color-contrast", "label-content-name-mismatch"].map((id) => ({
          id,
          enabled: false,
        })),
      },
    },
  },
};
const project = setProjectAnnotations([a11yAnnotations, preview, jsdomA11y]);
beforeAll(project.beforeAll);

const files = {
  Overview: composeStories(patientTimeline),
  "Event kinds": composeStories(eventKinds),
  "Edge cases": composeStories(edgeCases),
  "Dates told by order": composeStories(datesInOrder),
};
// Every file has the same meta (component and args), so one story stands for the type of all.
type ComposedStory = (typeof files)["Edge cases"]["Dense"];

let canvasElement: HTMLElement;
afterEach(() => canvasElement?.remove());

/** Render the story in a fresh canvas and run its whole life: loaders, play function, axe. */
async function run(story: ComposedStory): Promise<HTMLElement> {
  canvasElement = document.createElement("div");
  document.body.append(canvasElement);
  await story.run({ canvasElement });
  return canvasElement;
}

const shows = (s: Scenario) =>
  s.expect.kind === "figure"
    ? `the figure '${s.expect.title}' with a table of ${s.expect.tableRows} rows`
    : `the issues ${s.expect.issues.map((i) => i.split(":")[0]).join(", ")}`;

describe("the stories", () => {
  it("keep their number in each file, so a lost story is noticed", () => {
    const counts = Object.fromEntries(
      Object.entries(files).map(([file, stories]) => [file, Object.keys(stories).length]),
    );
    expect(counts).toEqual({
      Overview: 19,
      "Event kinds": 12,
      "Edge cases": 7,
      "Dates told by order": 5,
    });
  });

  it("draw every scenario of the shared set at least once", () => {
    const drawn = new Set(
      Object.values(files).flatMap((stories) =>
        Object.values(stories).map((s) => s.parameters["scenario"] as string),
      ),
    );
    expect(allScenarios.map((s) => s.key).filter((k) => !drawn.has(k))).toEqual([]);
  });

  it("leave only the heavy stories to the real browser, which checks them in full", () => {
    expect([...BROWSER_ONLY]).toEqual([largeScenario.key]);
  });

  for (const [file, stories] of Object.entries(files)) {
    for (const [name, story] of Object.entries(stories) as Array<[string, ComposedStory]>) {
      const scenario = scenarioByKey(story.parameters["scenario"] as string);
      if (BROWSER_ONLY.has(scenario.key)) continue;
      const play = story.play ? ", passes its play function" : "";
      it(`${file} › ${name} shows ${shows(scenario)}${play} and has no axe violations`, async () => {
        const canvas = within(await run(story));
        const e = scenario.expect;
        if (e.kind === "figure") {
          const figure = canvas.getByRole("img", { name: (n) => n.startsWith(e.title) });
          expect(figure.tagName.toLowerCase()).toBe("svg");
          if (story.args.table === false) expect(canvas.queryByRole("table")).toBeNull();
          else {
            const table = canvas.getByRole("table", { name: (n) => n.startsWith(e.title) });
            expect(within(table).getAllByRole("row")).toHaveLength(1 + e.tableRows);
          }
          if (story.args.zoom === false)
            expect(canvas.queryByRole("group", { name: "Zoom" })).toBeNull();
        } else {
          expect(canvas.queryByRole("img")).toBeNull();
          const alert = canvas.getByRole("alert");
          const items = within(alert).getAllByRole("listitem");
          expect(items.map((li) => li.textContent).sort()).toEqual([...e.issues].sort());
        }
        const a11y = story.reporting.reports.find((r) => r.type === "a11y");
        expect(a11y, "the accessibility check ran").toBeDefined();
        const result = a11y?.result as { violations?: Array<{ id: string; help: string }> };
        expect(result.violations?.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
    }
  }
});

describe("the swimmer stories", () => {
  const stories = composeStories(swimmer);
  it("keep their number", () => expect(Object.keys(stories)).toHaveLength(11));

  for (const [name, story] of Object.entries(stories)) {
    const rows = story.parameters["rows"] as number;
    it(`SwimmerPlot › ${name} shows a swimmer with a table of ${rows} rows${story.play ? ", passes its play function" : ""} and has no axe violations`, async () => {
      canvasElement = document.createElement("div");
      document.body.append(canvasElement);
      await story.run({ canvasElement });
      const canvas = within(canvasElement);
      expect(canvas.getByRole("img", { name: /patients aligned on/ }).tagName.toLowerCase()).toBe(
        "svg",
      );
      const table = canvas.getByRole("table");
      expect(within(table).getAllByRole("row")).toHaveLength(1 + rows);
      const a11y = story.reporting.reports.find((r) => r.type === "a11y");
      expect(a11y, "the accessibility check ran").toBeDefined();
      const result = a11y?.result as { violations?: Array<{ id: string; help: string }> };
      expect(result.violations?.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }, 30_000);
  }
});

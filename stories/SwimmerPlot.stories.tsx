import { THEME_NAMES } from "@oncoline/core";
import { SwimmerPlot } from "@oncoline/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import {
  allCensoredScenario,
  cbioportalLggScenario,
  fiveSeedsScenario,
  noAnchorScenario,
  onePatientScenario,
  syntheticScenario,
  table1Scenario,
  uncertainStartsScenario,
  waterfallScenario,
  type CohortScenario,
} from "./scenarios/cohorts.js";

const meta = {
  title: "SwimmerPlot",
  component: SwimmerPlot,
  argTypes: {
    theme: { control: "select", options: THEME_NAMES },
    viewportHeight: { control: { type: "number", min: 120, max: 1200, step: 40 } },
  },
  args: { theme: "screen", viewportHeight: 480 },
} satisfies Meta<typeof SwimmerPlot>;

export default meta;
type Story = StoryObj<typeof meta>;

function cohortStory(s: CohortScenario, options: Story["args"]["options"] = {}) {
  return {
    args: { cohort: s.cohort, options },
    parameters: { cohort: s.key, rows: s.rows, docs: { description: { story: s.about } } },
  };
}

/** Arrow down to the first row, right to its first event; the status region names both. */
const keyboard: Story["play"] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const rows = canvas.getByRole("group", { name: /rows\. Arrow keys/ });
  rows.focus();
  await userEvent.keyboard("{ArrowDown}");
  await expect(canvas.getByRole("status").textContent).not.toBe("");
  await userEvent.keyboard("{ArrowRight}");
  await expect(canvas.getByRole("status").textContent).toContain(":");
};

export const Table1: Story = { ...cohortStory(table1Scenario), play: keyboard };
export const Table1Journal: Story = {
  ...cohortStory(table1Scenario),
  args: { ...cohortStory(table1Scenario).args, theme: "journal" },
};
export const Table1Dark: Story = {
  ...cohortStory(table1Scenario),
  args: { ...cohortStory(table1Scenario).args, theme: "dark" },
};
export const FiveSeedsOnFirstAlkTki: Story = {
  ...cohortStory(fiveSeedsScenario, { align: { kind: "class", drugClass: "ALK TKI" } }),
  play: keyboard,
};
export const Synthetic200Grouped: Story = cohortStory(syntheticScenario, {
  align: { kind: "class", drugClass: "ALK TKI" },
  group: "driver",
});
export const NoAnchor: Story = cohortStory(noAnchorScenario, { align: { kind: "line", line: 2 } });
export const AllCensored: Story = cohortStory(allCensoredScenario, {
  align: { kind: "class", drugClass: "ALK TKI" },
});
export const OnePatient: Story = cohortStory(onePatientScenario, {
  align: { kind: "class", drugClass: "ALK TKI" },
});
export const UncertainStarts: Story = cohortStory(uncertainStartsScenario);
export const CbioportalLgg: Story = cohortStory(cbioportalLggScenario);
export const WaterfallBesideSwimmer: Story = cohortStory(waterfallScenario, {
  align: { kind: "class", drugClass: "ALK TKI" },
  waterfall: true,
  sort: "bestChange",
  order: "asc",
});

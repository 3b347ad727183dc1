import { PatientTimeline } from "@oncoline/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { keyboardNavigation, zoomButtons } from "./plays.js";
import { scenarioStory, scenarioStoryWithHover } from "./scenarioStory.js";
import {
  denseScenario,
  emptyScenario,
  fuzzyDatesScenario,
  invalidChronologyScenario,
  invalidShapeScenario,
  largeScenario,
  noDateScenario,
} from "./scenarios.js";
import { timelineArgs, timelineArgTypes } from "./timelineArgTypes.js";

const meta = {
  title: "PatientTimeline/Edge cases",
  component: PatientTimeline,
  argTypes: timelineArgTypes,
  args: timelineArgs,
} satisfies Meta<typeof PatientTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FuzzyAndRelativeDates: Story = scenarioStoryWithHover(fuzzyDatesScenario);
export const Dense: Story = scenarioStoryWithHover(denseScenario);
export const LargeSynthetic: Story = { ...scenarioStory(largeScenario), play: zoomButtons };
export const Empty: Story = scenarioStory(emptyScenario);
/** Drawn in the told order without a time axis: nothing to zoom, but the keyboard still works. */
export const NoDates: Story = {
  ...scenarioStory(noDateScenario),
  play: async (context) => {
    await expect(within(context.canvasElement).queryByRole("group", { name: "Zoom" })).toBeNull();
    await keyboardNavigation(context);
  },
};
export const InvalidChronology: Story = scenarioStory(invalidChronologyScenario);
export const InvalidShape: Story = scenarioStory(invalidShapeScenario);

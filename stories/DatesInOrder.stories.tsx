import { PatientTimeline } from "@oncoline/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { scenarioStory } from "./scenarioStory.js";
import { orderedDateScenarios } from "./scenarios.js";
import { timelineArgs, timelineArgTypes } from "./timelineArgTypes.js";

const meta = {
  title: "PatientTimeline/Dates told by order",
  component: PatientTimeline,
  argTypes: timelineArgTypes,
  args: timelineArgs,
} satisfies Meta<typeof PatientTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const [orderOnly, between, duration, ongoing, wideWindow] = orderedDateScenarios;

/** Three lines told only as "then … then …" after a 2014 diagnosis: spread in their order. */
export const OrderOnlyHistory: Story = scenarioStory(orderOnly);
/** A biopsy after the relapse and before the second line sits between them. */
export const BetweenTwoEvents: Story = scenarioStory(between);
/** "For 14 months, until progression in March 2020": 14 months long, ending at the progression. */
export const DurationUntilProgression: Story = scenarioStory(duration);
/** Ongoing with an undated last follow-up: runs to the publication date with its arrow. */
export const OngoingUndatedFollowUp: Story = scenarioStory(ongoing);
/** A test known only within two years, among exact dates: a bracketed window, hollow glyph. */
export const WideWindow: Story = scenarioStory(wideWindow);

import { PatientTimeline } from "@oncoline/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { scenarioStoryWithHover } from "./scenarioStory.js";
import { eventKindScenarios } from "./scenarios.js";
import { timelineArgs, timelineArgTypes } from "./timelineArgTypes.js";

const meta = {
  title: "PatientTimeline/Event kinds",
  component: PatientTimeline,
  argTypes: timelineArgTypes,
  args: timelineArgs,
} satisfies Meta<typeof PatientTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

// Each kind drawn alone; the play function hovers its mark, whose tooltip shows the full description.
const kindStory = scenarioStoryWithHover;
const kinds = eventKindScenarios;

export const Therapy: Story = kindStory(kinds.therapy);
export const Radiotherapy: Story = kindStory(kinds.radiotherapy);
export const Procedure: Story = kindStory(kinds.procedure);
export const Imaging: Story = kindStory(kinds.imaging);
export const Response: Story = kindStory(kinds.response);
export const Molecular: Story = kindStory(kinds.molecular);
export const Resistance: Story = kindStory(kinds.resistance);
export const Progression: Story = kindStory(kinds.progression);
export const Lab: Story = kindStory(kinds.lab);
export const AdverseEvent: Story = kindStory(kinds["adverse-event"]);
export const Clinical: Story = kindStory(kinds.clinical);
export const Outcome: Story = kindStory(kinds.outcome);

import { PatientTimeline } from "@oncoline/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  axisTitled,
  hoverShows,
  keyboardNavigation,
  selectWithEnter,
  zoomButtons,
} from "./plays.js";
import { scenarioStory } from "./scenarioStory.js";
import { seedScenarios } from "./scenarios.js";
import { timelineArgs, timelineArgTypes } from "./timelineArgTypes.js";

const meta = {
  title: "PatientTimeline/Overview",
  component: PatientTimeline,
  argTypes: timelineArgTypes,
  args: timelineArgs,
} satisfies Meta<typeof PatientTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const {
  "000": seed000,
  "001": seed001,
  "002": seed002,
  "003": seed003,
  "004": seed004,
} = seedScenarios;

// Every seed.

export const Seed000AxillaryBleed: Story = {
  ...scenarioStory(seed000),
  name: "Seed 000: ALK+ NSCLC, axillary bleed",
};
export const Seed001TeachingScenario: Story = {
  ...scenarioStory(seed001),
  name: "Seed 001: teaching scenario without dates",
};
export const Seed002RelativeToOsimertinib: Story = {
  ...scenarioStory(seed002),
  name: "Seed 002: dated relative to osimertinib",
};
export const Seed003GastricDctn1Alk: Story = {
  ...scenarioStory(seed003),
  name: "Seed 003: gastric DCTN1–ALK",
};
export const Seed004ImtCars1Alk: Story = {
  ...scenarioStory(seed004),
  name: "Seed 004: IMT CARS1-ALK",
};

// Every theme, on seed 003.

export const ThemeScreen: Story = scenarioStory(seed003, { theme: "screen" });
export const ThemeJournal: Story = scenarioStory(seed003, { theme: "journal" });
export const ThemeJournalSingleColumn: Story = scenarioStory(seed003, {
  theme: "journal",
  width: 320,
});
export const ThemeSlide: Story = scenarioStory(seed003, { theme: "slide" });
export const ThemeDark: Story = scenarioStory(seed003, { theme: "dark" });

// Axes: calendar, and relative to different anchors.

export const CalendarAxisUsLocale: Story = {
  ...scenarioStory(seed003, { axis: { mode: "calendar", locale: "en-US" } }),
  play: axisTitled("Date"),
};
export const RelativeToDiagnosis: Story = {
  ...scenarioStory(seed003, { axis: { mode: "relative", anchor: "dx-gastric", unit: "month" } }),
  play: axisTitled("Months from diagnosis"),
};
export const RelativeToTherapyStart: Story = {
  ...scenarioStory(seed003, { axis: { mode: "relative", anchor: "alectinib", unit: "month" } }),
  play: axisTitled("Months from start of alectinib"),
};
export const RelativeToEndOfChemotherapy: Story = {
  ...scenarioStory(seed004, {
    axis: { mode: "relative", anchor: "ice", anchorEdge: "end", unit: "year" },
  }),
  play: axisTitled("Years from end of ifosfamide + carboplatin + etoposide"),
};

// Interaction.

export const HoverShowsDetails: Story = {
  ...scenarioStory(seed004),
  play: hoverShows({ eventId: "alectinib", shows: "alectinib 600 mg twice daily" }),
};
export const KeyboardNavigation: Story = { ...scenarioStory(seed004), play: keyboardNavigation };
export const ZoomButtons: Story = { ...scenarioStory(seed003), play: zoomButtons };
export const SelectWithEnter: Story = { ...scenarioStory(seed003), play: selectWithEnter("cea") };
export const StaticWithoutZoomOrTable: Story = scenarioStory(seed004, {
  zoom: false,
  table: false,
});

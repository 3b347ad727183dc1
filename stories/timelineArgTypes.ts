import { LANE_ORDER, THEME_NAMES } from "@oncoline/core";
import type { PatientTimeline } from "@oncoline/react";
import type { Meta } from "@storybook/react-vite";
import { fn } from "storybook/test";

/** Controls shared by every PatientTimeline story. */
export const timelineArgTypes = {
  timeline: { control: false },
  theme: { control: "inline-radio", options: THEME_NAMES },
  width: { control: { type: "range", min: 320, max: 1920, step: 20 } },
  axis: {
    control: "object",
    description:
      'e.g. `{ "mode": "relative", "anchor": "alectinib", "anchorEdge": "end", "unit": "month" }`',
  },
  lanes: { control: "check", options: LANE_ORDER },
  zoom: { control: "boolean" },
  table: { control: "boolean" },
  onSelectEvent: { control: false },
  renderTooltip: { control: false },
  layers: { control: false },
} satisfies Meta<typeof PatientTimeline>["argTypes"];

/** Args every story starts from: a spy on selection, so the actions panel and tests see it. */
export const timelineArgs = { onSelectEvent: fn() };

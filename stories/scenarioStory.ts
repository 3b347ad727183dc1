import type { PatientTimelineProps } from "@oncoline/react";
import { hoverShows } from "./plays.js";
import type { Scenario } from "./scenarios.js";

/**
 * The args and parameters of a story drawing `scenario` (with any further props): its document,
 * its key (the stories' test looks up by it what the story must show) and its description.
 */
export function scenarioStory(
  scenario: Scenario,
  props: Omit<Partial<PatientTimelineProps>, "timeline" | "onSelectEvent"> = {},
) {
  return {
    // A scenario holds any JSON value (some are invalid on purpose): the component validates it.
    args: { timeline: scenario.timeline as PatientTimelineProps["timeline"], ...props },
    parameters: { scenario: scenario.key, docs: { description: { story: scenario.about } } },
  };
}

/** A story of `scenario` whose play function hovers the scenario's chosen mark, if it has one. */
export function scenarioStoryWithHover(scenario: Scenario) {
  const hover = scenario.expect.kind === "figure" ? scenario.expect.hover : undefined;
  return { ...scenarioStory(scenario), ...(hover ? { play: hoverShows(hover) } : {}) };
}

import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";

describe("@oncoline/core public API", () => {
  it("exports exactly these names (update README when this changes)", () => {
    expect(Object.keys(core).sort()).toEqual([
      "CohortDocument",
      "DAYS_PER_MONTH",
      "DateInput",
      "Diagnosis",
      "EVENT_KINDS",
      "Patient",
      "SCHEMA_VERSION",
      "Source",
      "TimelineDocument",
      "TimelineEvent",
      "addUnits",
      "bestResponse",
      "cohortJsonSchema",
      "daysBetween",
      "describeDate",
      "formatDay",
      "formatInterval",
      "formatIssue",
      "formatSummary",
      "intervalBetween",
      "intervalContainsMonths",
      "isExactDay",
      "linesOfTherapy",
      "midpoint",
      "overallSurvival",
      "parseCohort",
      "parseDay",
      "parseEdtf",
      "parseTimeline",
      "summarizeTimeline",
      "therapyMetrics",
      "timelineJsonSchema",
    ]);
  });
});

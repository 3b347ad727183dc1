import { readFileSync } from "node:fs";
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
      "INPUT_LIMITS",
      "KNOWN_AGENT_CLASSES",
      "LANE_LABELS",
      "LANE_ORDER",
      "LAYOUT_LIMITS",
      "MAX_ROWS_PER_LANE",
      "MAX_YEAR",
      "MIN_YEAR",
      "Patient",
      "RESPONSE_CRITERIA",
      "SCHEMA_VERSION",
      "SCHEMA_VERSIONS",
      "Source",
      "THEME_NAMES",
      "TimelineDocument",
      "TimelineEvent",
      "addUnits",
      "agentClass",
      "alignCohort",
      "bestResponse",
      "caseCaption",
      "checkJsonText",
      "checkLayoutOptions",
      "cohortJsonSchema",
      "daysBetween",
      "describeAnchor",
      "describeDate",
      "describeEvent",
      "eventRows",
      "filterRows",
      "formatDay",
      "formatFindings",
      "formatGroupSummary",
      "formatInterval",
      "formatIssue",
      "formatSummary",
      "formatWhen",
      "groupRows",
      "intervalBetween",
      "intervalContainsMonths",
      "isExactDay",
      "layoutSwimmer",
      "layoutTimeline",
      "layoutToFit",
      "lineNumber",
      "linesOfTherapy",
      "measureText",
      "midpoint",
      "offsetBetween",
      "overallSurvival",
      "parseAnchor",
      "parseCohort",
      "parseDay",
      "parseEdtf",
      "parseTimeline",
      "shortLabel",
      "sortRows",
      "summarizeCohort",
      "summarizeTimeline",
      "swimmerPageCount",
      "therapyMetrics",
      "timelineJsonSchema",
      "truncateText",
    ]);
  });

  it("package.json exports exactly these entries", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      exports: Record<string, unknown>;
    };
    expect(Object.keys(pkg.exports)).toEqual([
      ".",
      "./schema/timeline.schema.json",
      "./schema/cohort.schema.json",
      "./package.json",
    ]);
  });
});

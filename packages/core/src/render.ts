// @oncoline/core/render: everything that works on already validated data (a `Timeline` from
// `parseTimeline`, from a server, or from `oncoline validate --normalize`): dates, metrics, the
// timeline and swimmer layouts. No zod at run time, so a browser that draws a pre-validated figure
// does not download the validator; parsing lives in `@oncoline/core/validate`. Named exports only.
// A test checks that this entry imports no zod and that `@oncoline/core` = render + validate.
export type { ReceptorStatus } from "./model/timeline.js";
export type { TimelineDocument as TimelineDocumentInput } from "./model/timeline.js";
export type { EventKind, EventOf } from "./model/event.js";
export type { EventEdge, BoundEdge, DateBound, Offset, Duration } from "./model/dateInput.js";
export type { TherapyEvent, Agent, Modification, StopReason } from "./model/events/therapy.js";
export type { RadiotherapyEvent, DoseChange } from "./model/events/radiotherapy.js";
export type { ProcedureEvent, PathologyResult } from "./model/events/procedure.js";
export type { ImagingEvent, ResponseAssessment } from "./model/events/imaging.js";
export type { MolecularTestEvent, Finding, Score } from "./model/events/molecular.js";
export type { ResistanceEvent, FindingRef } from "./model/events/resistance.js";
export type { ProgressionEvent } from "./model/events/progression.js";
export type { LabSeriesEvent, LabValue } from "./model/events/lab.js";
export type { AdverseEventEvent } from "./model/events/adverseEvent.js";
export type { ClinicalEvent } from "./model/events/clinical.js";
export type { OutcomeEvent } from "./model/events/outcome.js";
export type { ResponseCode } from "./model/common.js";
export type { CohortColumn, CohortTable, Cell } from "./model/cohort.js";
export type { Timeline, NormalizedEvent, NormalizedDiagnosis, Span } from "./model/normalized.js";

export type { Day } from "./dates/calendarDay.js";
export { formatDay, parseDay, addUnits, daysBetween, DAYS_PER_MONTH } from "./dates/calendarDay.js";
export type { ResolvedDate, DatePrecision } from "./dates/resolvedDate.js";
export { describeDate, isExactDay, midpoint } from "./dates/resolvedDate.js";
export { parseEdtf } from "./dates/parseEdtf.js";

export type { ValidationIssue } from "./validate/issue.js";
export { formatIssue } from "./validate/issue.js";
export type { ParseResult } from "./validate/parseTimeline.js";
export { MIN_YEAR, MAX_YEAR } from "./dates/supportedYears.js";
export type { Cohort, CohortRow, CohortValue } from "./validate/parseCohort.js";
export type { FuzzyInterval } from "./metrics/interval.js";
export { intervalBetween, formatInterval, intervalContainsMonths } from "./metrics/interval.js";
export { offsetBetween } from "./dates/offsetBetween.js";
export type { Constraint, ConstraintKind, TemporalNetwork } from "./dates/network.js";
export type { TherapyLine } from "./metrics/linesOfTherapy.js";
export { linesOfTherapy } from "./metrics/linesOfTherapy.js";
export { isSupportive } from "./metrics/supportive.js";
export type { BestResponse } from "./metrics/bestResponse.js";
export { bestResponse } from "./metrics/bestResponse.js";
export type { TherapyMetrics } from "./metrics/therapyMetrics.js";
export { therapyMetrics } from "./metrics/therapyMetrics.js";
export type { Survival } from "./metrics/survival.js";
export { overallSurvival } from "./metrics/survival.js";
export type { TimelineSummary, LineSummary } from "./metrics/summarize.js";
export {
  summarizeTimeline,
  formatSummary,
  lineNumber,
  deathText,
  responseCell,
  progressionCell,
} from "./metrics/summarize.js";
export type {
  TimelineLayout,
  Lane,
  LaneBand,
  LaneKind,
  Mark,
  BarMark,
  BarTick,
  PointMark,
  SeriesMark,
  LabScale,
  Link,
  Point,
  Cubic,
  Tick,
  Label,
  Glyph,
  XRange,
  AxisDescriptor,
  AxisBreak,
  AxisFallback,
  LegendEntry,
  Unplaced,
  TextLine,
} from "./layout/types.js";
export { LANE_ORDER } from "./layout/types.js";
export type { LabScaleOption, LayoutOptions } from "./layout/layoutOptions.js";
export { checkLayoutOptions, LAYOUT_LIMITS } from "./layout/checkLayoutOptions.js";
export { MAX_ROWS_PER_LANE } from "./layout/capRows.js";
export type { AxisOptions, AxisUnit } from "./layout/timeAxis.js";
export { layoutTimeline, layoutToFit } from "./layout/layoutTimeline.js";
export { LANE_LABELS } from "./layout/lanes.js";
export { measureText, truncateText } from "./layout/measureText.js";
export { describeEvent, shortLabel } from "./layout/describeEvent.js";
export { formatFindings, formatWhen } from "./layout/format.js";
export { caseCaption } from "./layout/caseCaption.js";
export type { LabelBox, LabelCrossing } from "./layout/labelCrossings.js";
export { labelBox, labelCrossings } from "./layout/labelCrossings.js";
export type { LineKind } from "./layout/markLines.js";
export type { EventRow } from "./layout/eventRows.js";
export { eventRows } from "./layout/eventRows.js";

export {
  layoutSwimmer,
  swimmerLayouter,
  swimmerPageCount,
  type SwimmerRelayout,
} from "./swimmer/layoutSwimmer.js";
export type { SwimmerInput } from "./swimmer/alignCohort.js";
export { alignCohort, filterRows } from "./swimmer/alignCohort.js";
export { sortRows } from "./swimmer/sortRows.js";
export type { RowGroup } from "./swimmer/groupRows.js";
export { groupRows } from "./swimmer/groupRows.js";
export type { CohortSummary, GroupSummary, FuzzyMedian } from "./swimmer/summarizeCohort.js";
export { summarizeCohort, formatGroupSummary } from "./swimmer/summarizeCohort.js";
export { parseAnchor, describeAnchor } from "./swimmer/anchor.js";
export { agentClass, KNOWN_AGENT_CLASSES } from "./swimmer/agentClass.js";
export type {
  SwimmerOptions,
  SwimmerUnit,
  SwimmerSortKey,
  SwimmerFilterClause,
  SwimmerTableColumns,
} from "./swimmer/options.js";
export type {
  SwimmerAnchor,
  SwimmerLayout,
  SwimmerItem,
  SwimmerRowLayout,
  SwimmerGroupLayout,
  SwimmerLegendEntry,
  SwimSegment,
  SwimBand,
  SwimGlyph,
  SwimEnd,
  Landmark,
  EndKind,
  DayRange,
  AlignedRow,
  AlignedSegment,
  AlignedBand,
  AlignedEvent,
  AlignedEnd,
} from "./swimmer/types.js";

// Themes (plain data) and the scene: the figure as SVG nodes, every pixel decided here.
export type { Theme } from "./theme/theme.js";
export { themes, screenTheme, journalTheme, slideTheme, darkTheme } from "./theme/themes.js";
export type { ThemeName } from "./theme/themes.js";
export { colorFor, patternIndex } from "./theme/colorFor.js";
export type { ClassFill, ColorClash } from "./theme/classPaint.js";
export {
  MIN_CVD_DELTA_E,
  builtinClash,
  classFills,
  lightness,
  needsColorScience,
} from "./theme/classPaint.js";
export * from "./scene/index.js";
export { HEADING_SCALE, SWATCH_SCALE, LANE_TITLE, RIGHT_MARGIN } from "./layout/geometry.js";
// The built-in theme names, without the themes.
export { THEME_NAMES } from "./themeNames.js";
export type { ColorKey } from "./layout/colorKey.js";
export { colorKeyId } from "./layout/colorKey.js";
export { anchorFallback, axisValueAt, domainAxis } from "./layout/timeAxis.js";
export type { DomainAxis, DomainAxisOptions } from "./layout/timeAxis.js";

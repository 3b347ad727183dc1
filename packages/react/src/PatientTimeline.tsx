import type { ParseResult, Timeline, TimelineDocumentInput } from "@oncoline/core/render";
import { parseTimeline } from "@oncoline/core/validate";
import { useMemo } from "react";
import { checkRenderOptions } from "./checkRenderOptions.js";
import { ErrorView } from "./ErrorView.js";
import { isTimeline } from "./isTimeline.js";
import {
  PatientTimelineView,
  withoutAutoWidth,
  type PatientTimelineViewProps,
} from "./PatientTimelineView.js";
import { resolveTheme } from "./resolveTheme.js";

export interface PatientTimelineProps extends Omit<PatientTimelineViewProps, "timeline"> {
  /**
   * A timeline document (validated here; JSON read at run time may be passed as such) or an already
   * parsed `Timeline`. A field that the model does not have fails to compile.
   */
  timeline: TimelineDocumentInput | Timeline;
}

/**
 * A patient's treatment timeline as an accessible, interactive SVG figure: hover or focus an event
 * for details, arrow keys to move between events, wheel/drag/buttons to zoom and pan. Invalid data
 * shows a readable list of issues instead. Validates with zod; for an already validated `Timeline`
 * without the validator, use `PatientTimelineView` (`@oncoline/react/view`).
 */
export function PatientTimeline(props: PatientTimelineProps) {
  const parsed: ParseResult<Timeline> = useMemo(
    () =>
      isTimeline(props.timeline)
        ? { ok: true, value: props.timeline, warnings: [] }
        : parseTimeline(props.timeline),
    [props.timeline],
  );
  // Options are checked like data, and first: a NaN width shows its problem, whatever the data.
  const optionIssues = checkRenderOptions(withoutAutoWidth(props), resolveTheme(props.theme));
  if (optionIssues.length > 0) return <ErrorView issues={optionIssues} subject="options" />;
  if (!parsed.ok) return <ErrorView issues={parsed.issues} />;
  return <PatientTimelineView {...props} timeline={parsed.value} />;
}

import {
  eventRows,
  type AxisOptions,
  type LabScaleOption,
  type LaneKind,
  type Mark,
  type Timeline,
} from "@oncoline/core/render";
import { useId, useMemo, useRef, type ReactNode } from "react";
import { checkRenderOptions } from "./checkRenderOptions.js";
import { colorClashFor } from "./colorClash.js";
import { ErrorView } from "./ErrorView.js";
import { isTimeline } from "./isTimeline.js";
import { EventTable } from "./EventTable.js";
import { makePaint } from "./marks/paint.js";
import { idPrefix, resolveTheme } from "./resolveTheme.js";
import type { Theme } from "./theme/theme.js";
import type { ThemeName } from "./theme/themes.js";
import { TimelineSvg, type Layer } from "./TimelineSvg.js";
import { Tooltip } from "./Tooltip.js";
import { useContainerWidth } from "./useContainerWidth.js";
import { ZoomControls } from "./ZoomControls.js";
import { useMarkFocus, useZoomedTimeline } from "./useTimelineFigure.js";

export interface PatientTimelineViewProps {
  /** An already validated `Timeline` (from `parseTimeline`, a server, or `oncoline validate --normalize`). */
  timeline: Timeline;
  /**
   * Width in px; default the theme's. `"auto"`: the width of the parent element, followed as it
   * changes (ResizeObserver), at least 320 px; below 480 px the narrow layout puts lane titles above
   * their lanes. The type keeps the theme's size at every width.
   */
  width?: number | "auto";
  /** Theme name or data; default `screen`. */
  theme?: Theme | ThemeName;
  /** Calendar or relative axis, anchor event, unit, locale. */
  axis?: Omit<AxisOptions, "domain">;
  /** Lanes to show. */
  lanes?: readonly LaneKind[];
  /** Lab tracks' scale: `"auto"` (default: log when values span two orders of magnitude), `"linear"`, `"log"`. */
  labScale?: LabScaleOption;
  /** Called when an event is clicked or chosen with Enter. */
  onSelectEvent?: (eventId: string, mark: Mark) => void;
  /** Custom tooltip content; default the event's description. */
  renderTooltip?: (mark: Mark) => ReactNode;
  /** Layers to draw, built-in names or render functions (custom marks). */
  layers?: readonly Layer[];
  /** Wheel, drag and button zoom; default true. */
  zoom?: boolean;
  /** Show the accessible event table (collapsed `<details>`); default true. */
  table?: boolean;
}

/**
 * `PatientTimeline` for an already validated `Timeline`: the same figure, without the validator
 * (this module and `@oncoline/react/view` import no zod). A value that is not a parsed `Timeline`
 * shows an issue instead of the figure; bad options show their problems.
 */
export function PatientTimelineView(props: PatientTimelineViewProps) {
  const theme = resolveTheme(props.theme);
  const width = typeof props.width === "number" ? props.width : theme.width;
  // Options are checked like data: a NaN width shows its problem instead of a broken figure.
  const optionIssues = checkRenderOptions(withoutAutoWidth(props), theme);
  if (optionIssues.length > 0) return <ErrorView issues={optionIssues} subject="options" />;
  if (!isTimeline(props.timeline)) return <ErrorView issues={[NOT_A_TIMELINE]} />;
  return (
    <TimelineFigure
      {...props}
      timeline={props.timeline}
      theme={theme}
      width={width}
      autoWidth={props.width === "auto"}
    />
  );
}

/** `width: "auto"` is checked as the theme's width (what is drawn before the parent is measured). */
export function withoutAutoWidth<P extends { width?: unknown }>(props: P): P {
  return props.width === "auto" ? { ...props, width: undefined } : props;
}

const NOT_A_TIMELINE = {
  path: "",
  message:
    "is not a validated Timeline: pass the document to PatientTimeline (it validates), or parse it first with parseTimeline from @oncoline/core/validate",
  severity: "error",
} as const;

function TimelineFigure(
  props: Omit<PatientTimelineViewProps, "width"> & {
    timeline: Timeline;
    theme: Theme;
    width: number;
    autoWidth: boolean;
  },
) {
  const { timeline, theme } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const measured = useContainerWidth(containerRef, props.autoWidth);
  const width = measured ?? props.width;
  const reactId = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const prefix = `${idPrefix(timeline.document.id)}-${reactId}`;
  const svgRef = useRef<SVGSVGElement>(null);
  const { layout, zoom, zoomable } = useZoomedTimeline(timeline, theme, width, props, svgRef);
  const paint = useMemo(
    () => makePaint(layout, theme, prefix, colorClashFor(theme)),
    [layout, theme, prefix],
  );
  const focus = useMarkFocus(layout, zoom, props.onSelectEvent);
  const { shown, focusedId, onMarkEnter, onMarkLeave, onMarkClick, onKeyDown } = focus;
  // The table's rows only when the table is drawn: formatting every event's dates and details
  // costs about as much as drawing a thousand-event figure's marks.
  const table = props.table !== false;
  const rows = useMemo(() => (table ? eventRows(timeline) : null), [timeline, table]);
  const tooltipId = `${prefix}-tooltip`;
  return (
    <div className="oncoline-container" data-theme={theme.name} ref={containerRef}>
      <TimelineSvg
        layout={layout}
        paint={paint}
        svgRef={svgRef}
        interactive
        focusedMarkId={focusedId}
        {...(props.layers ? { layers: props.layers } : {})}
        preview={zoom.preview}
        onMarkEnter={onMarkEnter}
        onMarkLeave={onMarkLeave}
        onMarkClick={onMarkClick}
        onKeyDown={onKeyDown}
      />
      {shown ? (
        <Tooltip mark={shown} svgRef={svgRef} layoutWidth={layout.width} id={tooltipId}>
          {props.renderTooltip ? props.renderTooltip(shown) : shown.description}
        </Tooltip>
      ) : null}
      {zoomable ? <ZoomControls zoom={zoom} label="Zoom" /> : null}
      {rows ? (
        <EventTable
          rows={rows}
          caption={`${layout.title}: every event with its date as the source states it`}
        />
      ) : null}
    </div>
  );
}

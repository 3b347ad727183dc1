import {
  axisValueAt,
  eventRows,
  markKeyAction,
  readingOrder,
  layoutTimeline,
  type AxisOptions,
  type LaneKind,
  type Mark,
  type Timeline,
} from "@oncoline/core/render";
import {
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
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
import { useValueByKey } from "./useValueByKey.js";
import { ZoomControls } from "./ZoomControls.js";
import { useZoom } from "./useZoom.js";

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
  // Memoize on the options' values, not on objects a parent may rebuild every render.
  const axis = useValueByKey(props.axis, JSON.stringify(props.axis ?? {}));
  const lanes = useValueByKey(props.lanes, (props.lanes ?? []).join(","));
  const base = useMemo(
    () =>
      layoutTimeline(timeline, {
        width,
        fontSize: theme.fontSize,
        aggregate: true,
        ...(axis ? { axis } : {}),
        ...(lanes ? { lanes } : {}),
      }),
    [timeline, width, theme.fontSize, axis, lanes],
  );
  const zoomable = props.zoom !== false && base.axis.mode !== "sequence";
  const invert = useCallback((px: number) => axisValueAt(base.axis, px), [base]);
  const zoom = useZoom(
    svgRef,
    base.plot,
    zoomable ? base.axis.domain : null,
    zoomable,
    base.axis.breaks.length ? invert : undefined,
  );
  const layout = useMemo(
    () =>
      zoom.domain
        ? layoutTimeline(timeline, {
            width,
            fontSize: theme.fontSize,
            aggregate: true,
            axis: { ...axis, domain: zoom.domain },
            ...(lanes ? { lanes } : {}),
          })
        : base,
    [zoom.domain, base, timeline, width, theme.fontSize, axis, lanes],
  );
  const paint = useMemo(
    () => makePaint(layout, theme, prefix, colorClashFor(theme)),
    [layout, theme, prefix],
  );
  const order = useMemo(() => readingOrder(layout), [layout]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const shownId = hoverId ?? focusedId;
  const shown = shownId ? layout.marks.find((m) => m.id === shownId) : undefined;
  const rows = useMemo(() => eventRows(timeline), [timeline]);
  const onSelectEvent = props.onSelectEvent;
  const select = useCallback((m: Mark) => onSelectEvent?.(m.eventId, m), [onSelectEvent]);
  // Stable handlers keep the memoized marks from re-rendering on hover and focus.
  const onMarkEnter = useCallback((m: Mark) => setHoverId(m.id), []);
  const onMarkLeave = useCallback(() => setHoverId(null), []);
  const onMarkClick = useCallback(
    (m: Mark) => {
      setFocusedId(m.id);
      select(m);
    },
    [select],
  );

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const action = markKeyAction(order, focusedId, e.key);
    if (action) {
      if (action.type === "focus") setFocusedId(action.mark.id);
      else if (action.type === "select") select(action.mark);
      else if (action.type === "clear") {
        setFocusedId(null);
        setHoverId(null);
      }
      e.preventDefault();
      return;
    }
    switch (e.key) {
      case "+":
      case "=":
        zoom.zoomBy(1.5);
        break;
      case "-":
        zoom.zoomBy(1 / 1.5);
        break;
      case "0":
        zoom.reset();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

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
      {props.table !== false ? (
        <EventTable
          rows={rows}
          caption={`${layout.title}: every event with its date as the source states it`}
        />
      ) : null}
    </div>
  );
}

import { swimmerLayouter, type SwimmerLayout, type SwimmerOptions } from "@oncoline/core/render";
import { useId, useMemo } from "react";
import { ErrorView } from "../ErrorView.js";
import { resolveTheme } from "../resolveTheme.js";
import type { Theme } from "../theme/theme.js";
import type { ThemeName } from "../theme/themes.js";
import { SwimmerTable } from "./SwimmerTable.js";
import { swimmerPaint } from "./swimmerPaint.js";
import { toSwimmerInput } from "./toSwimmerInput.js";
import {
  SwimmerDrill,
  SwimmerFooter,
  SwimmerHeader,
  SwimmerRows,
  rowsLabel,
  useSwimmerFrame,
  useSwimmerViewport,
  useSwimmerZoom,
} from "./swimmerFigureParts.js";
import { useSwimmerFocus } from "./useSwimmerFocus.js";
import { ZoomControls } from "../ZoomControls.js";

/** Props of `SwimmerPlot`. */
export interface SwimmerPlotProps {
  /** A cohort document (any JSON value: validated), a parsed `Cohort`, or a list of parsed timelines. */
  cohort: unknown;
  /** Align, sort, group, filter, unit, landmarks… (see `layoutSwimmer`). */
  options?: Omit<SwimmerOptions, "width" | "fontSize" | "height" | "page">;
  /** Theme name or data; default `screen`. */
  theme?: Theme | ThemeName;
  /** Width in px; default the theme's. */
  width?: number;
  /** Height of the scrolling row area in px; default 480. Only rows in view are in the DOM. */
  viewportHeight?: number;
  /** Called when a row is clicked or chosen with Enter. */
  onRowSelect?: (rowId: string) => void;
  /** Open the chosen patient's `PatientTimeline` (or table row) below the plot; default true. */
  drillDown?: boolean;
  /** Show the accessible table (collapsed `<details>`); default true. */
  table?: boolean;
  /**
   * Zoom and pan in time: buttons, +/−/0 on the rows, the wheel and a drag on the time axis (the
   * wheel over the rows keeps scrolling them); default true.
   */
  zoom?: boolean;
}

/**
 * A cohort as an interactive swimmer plot: one row per patient aligned on an anchor. Rows are
 * virtualized (only those in view are drawn), ↑/↓ move between rows, ←/→ between a row's events,
 * Enter opens the patient's own timeline, Escape closes it.
 */
export function SwimmerPlot(props: SwimmerPlotProps) {
  const theme = resolveTheme(props.theme);
  const width = props.width ?? theme.width;
  const parsed = useMemo(() => toSwimmerInput(props.cohort), [props.cohort]);
  const optionsKey = JSON.stringify(props.options ?? {});
  const filter = props.options?.filter;
  // One function lays the cohort out for any visible domain (null: the options' own). The rows are
  // aligned, sorted, grouped and described once; a zoom or pan only places them again.
  const relayout = useMemo(() => {
    if (!parsed.ok) return null;
    const layout = swimmerLayouter(parsed.value, {
      ...(parsed.title !== null ? { name: parsed.title } : {}),
      ...(JSON.parse(optionsKey) as SwimmerOptions),
      ...(filter ? { filter } : {}),
      width,
      fontSize: theme.fontSize,
    });
    return (domain: [number, number] | null) => layout(domain ? { domain } : {});
  }, [parsed, optionsKey, filter, width, theme.fontSize]);
  const base = useMemo(() => relayout?.(null) ?? null, [relayout]);
  if (!parsed.ok || !base || !relayout)
    return <ErrorView issues={parsed.ok ? [] : parsed.issues} />;
  return (
    <SwimmerFigure {...props} base={base} relayout={relayout} input={parsed.value} theme={theme} />
  );
}

function SwimmerFigure(
  props: SwimmerPlotProps & {
    base: SwimmerLayout;
    relayout: (domain: [number, number] | null) => SwimmerLayout;
    input: unknown;
    theme: Theme;
  },
) {
  const { base, relayout, theme, input } = props;
  const zoomable = props.zoom !== false;
  const { axisRef, zoom, layout } = useSwimmerZoom(base, relayout, zoomable);
  const reactId = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const prefix = `onc-swimmer-${reactId}`;
  const paint = useMemo(() => swimmerPaint(layout, theme, prefix), [layout, theme, prefix]);
  const frame = useSwimmerFrame(layout, paint);
  const { setScrollElement, virtualizer } = useSwimmerViewport(layout, props.viewportHeight);
  const zoomOrNull = zoomable ? zoom : null;
  const focus = useSwimmerFocus(layout, virtualizer, zoomOrNull, props);
  const label = rowsLabel(layout, focus.rows.length, zoomable);
  // The same element while the layout stays: a scroll step does not render the table again.
  const table = useMemo(() => <SwimmerTable layout={layout} />, [layout]);
  return (
    <div className="oncoline-container oncoline-swimmer-container" data-theme={theme.name}>
      <SwimmerHeader layout={layout} theme={theme} frame={frame} />
      <SwimmerRows
        {...focus}
        layout={layout}
        theme={theme}
        paint={paint}
        frame={frame}
        virtualizer={virtualizer}
        setScrollElement={setScrollElement}
        label={label}
      />
      <SwimmerFooter layout={layout} theme={theme} frame={frame} axisRef={axisRef} />
      {zoomable ? <ZoomControls zoom={zoom} label="Zoom in time" /> : null}
      <div className="oncoline-swimmer-status" role="status" aria-live="polite">
        {focus.status}
      </div>
      {focus.selected ? (
        <SwimmerDrill
          input={input}
          selected={focus.selected}
          theme={theme}
          width={layout.width}
          onClose={focus.close}
        />
      ) : null}
      {props.table !== false ? table : null}
    </div>
  );
}

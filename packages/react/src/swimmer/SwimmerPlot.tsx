import {
  drawDefs,
  drawSwimmerAxis,
  drawSwimmerClip,
  drawSwimmerGuides,
  drawSwimmerItem,
  drawSwimmerLegend,
  drawSwimmerText,
  layoutSwimmer,
  type Cohort,
  type SwimmerLayout,
  type SwimmerOptions,
  type SwimmerRowLayout,
  type Timeline,
} from "@oncoline/core/render";
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { ErrorView } from "../ErrorView.js";
import { PatientTimeline } from "../PatientTimeline.js";
import { resolveTheme } from "../resolveTheme.js";
import type { Theme } from "../theme/theme.js";
import type { ThemeName } from "../theme/themes.js";
import { renderNode } from "../scene/SceneNode.js";
import { SwimmerTable } from "./SwimmerTable.js";
import { swimmerPaint } from "./swimmerPaint.js";
import { toSwimmerInput } from "./toSwimmerInput.js";
import { useRowVirtualizer } from "./useRowVirtualizer.js";
import { ZoomControls } from "../ZoomControls.js";
import { useZoom } from "../useZoom.js";

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
  // One function lays the cohort out for any visible domain (null: everything).
  const relayout = useMemo(
    () =>
      parsed.ok
        ? (domain: [number, number] | null) =>
            layoutSwimmer(parsed.value, {
              ...(parsed.title !== null ? { name: parsed.title } : {}),
              ...(JSON.parse(optionsKey) as SwimmerOptions),
              ...(filter ? { filter } : {}),
              ...(domain ? { domain } : {}),
              width,
              fontSize: theme.fontSize,
            })
        : null,
    [parsed, optionsKey, filter, width, theme.fontSize],
  );
  const base = useMemo(() => relayout?.(null) ?? null, [relayout]);
  if (!parsed.ok || !base || !relayout)
    return <ErrorView issues={parsed.ok ? [] : parsed.issues} />;
  return (
    <SwimmerFigure {...props} base={base} relayout={relayout} input={parsed.value} theme={theme} />
  );
}

function timelineOf(input: unknown, id: string): Timeline | null {
  const patients = Array.isArray(input)
    ? (input as Timeline[])
    : ((input as Partial<Cohort>).patients ?? []);
  return patients.find((t) => t.document.id === id) ?? null;
}

function tableRowOf(input: unknown, id: string) {
  const c = input as Partial<Cohort>;
  const row = c.rows?.find((r) => r.id === id);
  return row
    ? (c.columns ?? []).map((col) => ({ label: col.label, value: row.values[col.key] ?? null }))
    : null;
}

const show = (v: unknown) =>
  v === null ? "not reported" : Array.isArray(v) ? JSON.stringify(v) : String(v);

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
  // The time axis takes the wheel and the drag; the rows keep the wheel for scrolling.
  const axisRef = useRef<SVGSVGElement>(null);
  const [r0, r1] = base.axis.range;
  const plot = useMemo(() => ({ x: r0, width: r1 - r0 }), [r0, r1]);
  const zoom = useZoom(axisRef, plot, zoomable ? base.axis.domain : null, zoomable);
  const layout = useMemo(
    () => (zoom.domain ? relayout(zoom.domain) : base),
    [zoom.domain, relayout, base],
  );
  const reactId = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const prefix = `onc-swimmer-${reactId}`;
  const paint = useMemo(() => swimmerPaint(layout, theme, prefix), [layout, theme, prefix]);
  // The parts that never scroll or change with focus, drawn by core's scene once per paint.
  const frame = useMemo(
    () => ({
      text: renderNode(drawSwimmerText(layout, paint)),
      guides: renderNode(drawSwimmerGuides(layout, paint)),
      defs: renderNode(drawDefs(paint)),
      clip: renderNode(drawSwimmerClip(layout, paint)),
      axis: renderNode(drawSwimmerAxis(layout, paint)),
      legend: renderNode(drawSwimmerLegend(layout, paint)),
      notes: renderNode(drawSwimmerText(layout, paint, { title: false })),
    }),
    [layout, paint],
  );
  // The scroll viewport, kept in state (a callback ref) so the virtualizer gets it without
  // reading a ref during render.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const viewportHeight = Math.min(props.viewportHeight ?? 480, layout.rows.height);
  const heights = useMemo(() => layout.items.map((it) => it.height), [layout]);
  const virtualizer = useRowVirtualizer(scrollElement, heights, {
    width: layout.width,
    height: viewportHeight,
  });
  const rows = useMemo(
    () => layout.items.filter((it): it is SwimmerRowLayout => it.type === "row"),
    [layout],
  );
  const [active, setActive] = useState<{ row: number; mark: number } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  // The viewport's height goes through the CSSOM (no style attribute: strict CSP).
  useEffect(() => {
    scrollElement?.style.setProperty("height", `${viewportHeight}px`);
  }, [scrollElement, viewportHeight]);

  const marksOf = (r: SwimmerRowLayout) =>
    [
      ...r.segments.map((s) => ({ id: s.id, x: s.x, text: s.description })),
      ...r.glyphs.map((g) => ({ id: g.id, x: g.x, text: g.description })),
      ...(r.end ? [{ id: `${r.id}#end`, x: r.end.x, text: r.end.description }] : []),
    ].sort((a, b) => a.x - b.x);

  const moveTo = useCallback(
    (row: number, mark = -1) => {
      const r = rows[row];
      if (!r) return;
      setActive({ row, mark });
      virtualizer.scrollToIndex(layout.items.indexOf(r), { align: "auto" });
    },
    [rows, layout, virtualizer],
  );
  const select = (id: string) => {
    props.onRowSelect?.(id);
    if (props.drillDown !== false) setSelected(id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = active?.row ?? -1;
    const marks = row >= 0 ? marksOf(rows[row]!) : [];
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(Math.min(rows.length - 1, row + 1)),
      ArrowUp: () => moveTo(Math.max(0, row - 1)),
      PageDown: () => moveTo(Math.min(rows.length - 1, row + 10)),
      PageUp: () => moveTo(Math.max(0, row - 10)),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      ArrowRight: () =>
        row >= 0 && setActive({ row, mark: Math.min(marks.length - 1, (active?.mark ?? -1) + 1) }),
      ArrowLeft: () => row >= 0 && setActive({ row, mark: Math.max(-1, (active?.mark ?? 0) - 1) }),
      Enter: () => row >= 0 && select(rows[row]!.id),
      Escape: () => (selected ? setSelected(null) : setActive(null)),
    };
    if (zoomable) {
      keys["+"] = keys["="] = () => zoom.zoomBy(1.5);
      keys["-"] = () => zoom.zoomBy(1 / 1.5);
      keys["0"] = zoom.reset;
    }
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };

  const rowAt = (e: MouseEvent) => {
    const el = (e.target as Element).closest("[data-row]");
    const id = el?.getAttribute("data-row");
    return id ? rows.findIndex((r) => r.id === id) : -1;
  };

  const current = active ? rows[active.row] : undefined;
  const currentMark =
    current && active && active.mark >= 0 ? marksOf(current)[active.mark] : undefined;
  const status = current
    ? currentMark
      ? `${current.label.full}: ${currentMark.text}`
      : current.description
    : "";
  const drill = selected ? timelineOf(input, selected) : null;
  const tableRow = selected && !drill ? tableRowOf(input, selected) : null;
  const { rows: region } = layout;
  const footerTop = region.y + region.height;

  return (
    <div className="oncoline-container oncoline-swimmer-container" data-theme={theme.name}>
      <svg
        width={layout.width}
        height={region.y}
        viewBox={`0 0 ${layout.width} ${region.y}`}
        fontFamily={theme.fontFamily}
        aria-hidden="true"
        className="oncoline-swimmer-header"
      >
        {frame.text}
        {frame.guides}
      </svg>
      <div
        ref={setScrollElement}
        className="oncoline-swimmer-scroll"
        tabIndex={0}
        role="group"
        aria-label={`${layout.description.title}: ${rows.length} rows. Arrow keys move between rows and events, Enter opens a patient${zoomable ? "; + and − zoom in time, 0 resets" : ""}.`}
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const i = rowAt(e);
          if (i >= 0) {
            setActive({ row: i, mark: -1 });
            select(rows[i]!.id);
          }
        }}
        onMouseOver={(e) => {
          const i = rowAt(e);
          if (i >= 0 && i !== active?.row) setActive({ row: i, mark: -1 });
        }}
      >
        <svg
          width={layout.width}
          height={region.height}
          viewBox={`0 ${region.y} ${layout.width} ${region.height}`}
          fontFamily={theme.fontFamily}
          role="img"
          aria-label={layout.description.summary}
          className="oncoline-swimmer"
        >
          {frame.defs}
          {frame.clip}
          {virtualizer.getVirtualItems().map((v) => {
            const it = layout.items[v.index]!;
            const node = drawSwimmerItem(layout, v.index, paint, {
              active: current?.id === it.id,
              focusedMark: current?.id === it.id ? (currentMark?.id ?? null) : null,
            });
            return node ? renderNode(node, it.id) : null;
          })}
          {frame.guides}
        </svg>
      </div>
      <svg
        width={layout.width}
        height={layout.height - footerTop}
        viewBox={`0 ${footerTop} ${layout.width} ${layout.height - footerTop}`}
        fontFamily={theme.fontFamily}
        ref={axisRef}
        className="oncoline-swimmer-footer"
        role="img"
        aria-label={`${layout.axis.title}; legend`}
      >
        {frame.axis}
        {frame.legend}
        {frame.notes}
      </svg>
      {zoomable ? <ZoomControls zoom={zoom} label="Zoom in time" /> : null}
      <div className="oncoline-swimmer-status" role="status" aria-live="polite">
        {status}
      </div>
      {selected ? (
        <section className="oncoline-swimmer-drill" aria-label={`Patient ${selected}`}>
          <button type="button" onClick={() => setSelected(null)}>
            Close {selected}
          </button>
          {drill ? (
            <PatientTimeline timeline={drill} theme={theme} width={layout.width} table={false} />
          ) : null}
          {tableRow ? (
            <dl>
              {tableRow.map((c) => (
                <div key={c.label}>
                  <dt>{c.label}</dt>
                  <dd>{show(c.value)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </section>
      ) : null}
      {props.table !== false ? <SwimmerTable layout={layout} /> : null}
    </div>
  );
}

import {
  drawDefs,
  drawSwimmerAxis,
  drawSwimmerClip,
  drawSwimmerGuides,
  drawSwimmerItem,
  drawSwimmerLegend,
  drawSwimmerText,
  type Cohort,
  type makeSwimmerPaint,
  type SwimmerLayout,
  type SwimmerRowLayout,
  type Timeline,
} from "@oncoline/core/render";
import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { PatientTimeline } from "../PatientTimeline.js";
import type { Theme } from "../theme/theme.js";
import { renderNode } from "../scene/SceneNode.js";
import { useZoom } from "../useZoom.js";
import { useVirtualRows, type VirtualRows } from "./useVirtualRows.js";

type SwimmerPaint = ReturnType<typeof makeSwimmerPaint>;
/** The parts of the swimmer that never scroll or change with focus, rendered once per paint. */
export type SwimmerFrame = Record<
  "text" | "guides" | "defs" | "clip" | "axis" | "legend" | "notes",
  ReactNode
>;

/**
 * Zoom in time: the time axis takes the wheel and the drag (the rows keep the wheel for scrolling),
 * and the cohort is laid out again for the zoomed domain.
 */
export function useSwimmerZoom(
  base: SwimmerLayout,
  relayout: (domain: [number, number] | null) => SwimmerLayout,
  zoomable: boolean,
) {
  const axisRef = useRef<SVGSVGElement>(null);
  const [r0, r1] = base.axis.range;
  const plot = useMemo(() => ({ x: r0, width: r1 - r0 }), [r0, r1]);
  const zoom = useZoom(axisRef, plot, zoomable ? base.axis.domain : null, zoomable);
  const layout = useMemo(
    () => (zoom.domain ? relayout(zoom.domain) : base),
    [zoom.domain, relayout, base],
  );
  return { axisRef, zoom, layout };
}

/** The parts that never scroll or change with focus, drawn by core's scene once per paint. */
export function useSwimmerFrame(layout: SwimmerLayout, paint: SwimmerPaint): SwimmerFrame {
  return useMemo(
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
}

/** The items' heights and their tops from the first item's (stacked), for the virtual rows. */
function stackedItems(layout: SwimmerLayout) {
  const heights = layout.items.map((it) => it.height);
  const tops = new Array<number>(heights.length);
  let y = 0;
  for (let i = 0; i < heights.length; i++) [tops[i], y] = [y, y + heights[i]!];
  return { tops, heights };
}

/**
 * The scroll viewport and its virtual rows. The viewport is kept in state (a callback ref) so the
 * rows' store gets it without reading a ref during render.
 */
export function useSwimmerViewport(layout: SwimmerLayout, height: number | undefined) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const viewportHeight = Math.min(height ?? 480, layout.rows.height);
  const { tops, heights } = useMemo(() => stackedItems(layout), [layout]);
  const virtualizer = useVirtualRows(scrollElement, tops, heights, viewportHeight);
  // The viewport's height goes through the CSSOM (no style attribute: strict CSP).
  useEffect(() => {
    scrollElement?.style.setProperty("height", `${viewportHeight}px`);
  }, [scrollElement, viewportHeight]);
  return { setScrollElement, virtualizer };
}

/** The title and column guides above the rows (never scrolls). */
export function SwimmerHeader(p: { layout: SwimmerLayout; theme: Theme; frame: SwimmerFrame }) {
  const { layout, frame } = p;
  return (
    <svg
      width={layout.width}
      height={layout.rows.y}
      viewBox={`0 0 ${layout.width} ${layout.rows.y}`}
      fontFamily={p.theme.fontFamily}
      aria-hidden="true"
      className="oncoline-swimmer-header"
    >
      {frame.text}
      {frame.guides}
    </svg>
  );
}

/** The accessible name of the scrolling rows, with their keys. */
export const rowsLabel = (layout: SwimmerLayout, count: number, zoomable: boolean) =>
  `${layout.description.title}: ${count} rows. Arrow keys move between rows and events, Enter opens a patient${zoomable ? "; + and − zoom in time, 0 resets" : ""}.`;

/** The scrolling rows: only those in view are drawn; the focused row and event are highlighted. */
export function SwimmerRows(p: {
  layout: SwimmerLayout;
  theme: Theme;
  paint: SwimmerPaint;
  frame: SwimmerFrame;
  virtualizer: VirtualRows;
  setScrollElement: (el: HTMLDivElement | null) => void;
  label: string;
  current: SwimmerRowLayout | undefined;
  currentMark: { id: string } | undefined;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onClick: (e: MouseEvent) => void;
  onMouseOver: (e: MouseEvent) => void;
}) {
  const { layout, theme, paint, frame, virtualizer, current, currentMark } = p;
  const { setScrollElement, label, onKeyDown, onClick, onMouseOver } = p;
  const region = layout.rows;
  return (
    <div
      ref={setScrollElement}
      className="oncoline-swimmer-scroll"
      tabIndex={0}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onMouseOver={onMouseOver}
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
        {layout.items.slice(virtualizer.start, virtualizer.end).map((it, k) => (
          <SwimmerRow
            key={it.id}
            layout={layout}
            index={virtualizer.start + k}
            paint={paint}
            active={current?.id === it.id}
            focusedMark={current?.id === it.id ? (currentMark?.id ?? null) : null}
          />
        ))}
        {frame.guides}
      </svg>
    </div>
  );
}

/**
 * One row (or group header) of the scrolling rows, drawn by core's scene. Memoized: a scroll step
 * re-renders only the rows entering the view, a focus move only the rows it leaves and enters.
 */
const SwimmerRow = memo(function SwimmerRow(p: {
  layout: SwimmerLayout;
  index: number;
  paint: SwimmerPaint;
  active: boolean;
  focusedMark: string | null;
}) {
  const node = drawSwimmerItem(p.layout, p.index, p.paint, {
    active: p.active,
    focusedMark: p.focusedMark,
  });
  return node ? renderNode(node) : null;
});

/** The time axis (which takes the wheel and the drag when zoomable), the legend and the notes. */
export function SwimmerFooter(p: {
  layout: SwimmerLayout;
  theme: Theme;
  frame: SwimmerFrame;
  axisRef: RefObject<SVGSVGElement | null>;
}) {
  const { layout, theme, frame, axisRef } = p;
  const footerTop = layout.rows.y + layout.rows.height;
  return (
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

/** The opened patient below the plot: their own timeline, or their row of the cohort's table. */
export function SwimmerDrill(p: {
  input: unknown;
  selected: string;
  theme: Theme;
  width: number;
  onClose: () => void;
}) {
  const { selected } = p;
  const drill = timelineOf(p.input, selected);
  const tableRow = !drill ? tableRowOf(p.input, selected) : null;
  return (
    <section className="oncoline-swimmer-drill" aria-label={`Patient ${selected}`}>
      <button type="button" onClick={p.onClose}>
        Close {selected}
      </button>
      {drill ? (
        <PatientTimeline timeline={drill} theme={p.theme} width={p.width} table={false} />
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
  );
}

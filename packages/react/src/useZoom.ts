import { scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/** How long input must pause before the figure is laid out again for the new domain. */
export const RELAYOUT_DELAY_MS = 120;

/** Zoom and pan state of one figure: the laid-out domain, the live preview, and commands. */
export interface ZoomState {
  /** Domain the current layout was made for (null = everything). */
  domain: [number, number] | null;
  /**
   * While input is under way: the x-transform (`x' = a·x + b`) that carries the laid-out marks to
   * where the new domain puts them. Cheap to apply every frame; null once the layout has caught up.
   */
  preview: { a: number; b: number } | null;
  /** Zoom in (> 1) or out (< 1) about the centre. */
  zoomBy(factor: number): void;
  /** Pan by a fraction of the plot width (positive: later). */
  panBy(fraction: number): void;
  /** Show everything again. */
  reset(): void;
}

/**
 * d3's zoom behaviour over the plot's x range [r0, r1]: at most ×400, never panned past the plot;
 * a shifted wheel and the secondary buttons and double clicks are left to the page.
 */
function zoomBehavior(r0: number, r1: number) {
  return zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 400])
    .extent([
      [r0, 0],
      [r1, 1],
    ])
    .translateExtent([
      [r0, -Infinity],
      [r1, Infinity],
    ])
    .filter((ev: Event) =>
      ev.type === "wheel"
        ? !(ev as WheelEvent).shiftKey
        : !(ev as MouseEvent).button && ev.type !== "dblclick",
    );
}

/**
 * Map the laid-out figure's x onto the new domain [n0, n1]'s x: x' = a·x + b. From the unzoomed
 * figure (`committed` null) that is d3's own transform (exact even on a broken axis); a zoomed
 * figure is linear in its domain.
 */
function previewOf(
  t: ZoomTransform,
  committed: [number, number] | null,
  [n0, n1]: [number, number],
  r0: number,
  r1: number,
) {
  if (committed === null) return { a: t.k, b: t.x };
  const [c0, c1] = committed;
  const a = (c1 - c0) / (n1 - n0);
  return { a, b: r0 + (c0 - n0) * ((r1 - r0) / (n1 - n0)) - a * r0 };
}

type Domain = [number, number];

/** Cancel the relayout a gesture left pending, if any. */
function clearPending(timer: { current: ReturnType<typeof setTimeout> | null }) {
  if (timer.current) clearTimeout(timer.current);
}
/** Where a zoom gesture's state lives: the laid-out domain, the pending relayout, the setters. */
interface ZoomSink {
  committed: { current: Domain | null };
  timer: { current: ReturnType<typeof setTimeout> | null };
  setDomain: (d: Domain | null) => void;
  setPreview: (p: { a: number; b: number } | null) => void;
}

/**
 * On each zoom event: preview the transform at once, and lay out for the new domain once input
 * pauses for RELAYOUT_DELAY_MS. `invert` maps the unzoomed figure's px to axis values (default:
 * linear over [d0, d1]).
 */
function listen(
  z: ZoomBehavior<SVGSVGElement, unknown>,
  r0: number,
  r1: number,
  [d0, d1]: Domain,
  invert: ((px: number) => number) | undefined,
  sink: ZoomSink,
) {
  const base = scaleLinear().domain([d0, d1]).range([r0, r1]);
  const toValue = invert ?? ((px: number) => base.invert(px));
  const domainOf = (t: ZoomTransform): Domain | null =>
    t.k === 1 && t.x === 0 ? null : [toValue(t.invertX(r0)), toValue(t.invertX(r1))];
  const commit = (next: Domain | null) => {
    sink.committed.current = next;
    sink.setDomain(next);
    sink.setPreview(null);
  };
  z.on("zoom", (ev: { transform: ZoomTransform }) => {
    const next = domainOf(ev.transform);
    sink.setPreview(previewOf(ev.transform, sink.committed.current, next ?? [d0, d1], r0, r1));
    if (sink.timer.current) clearTimeout(sink.timer.current);
    sink.timer.current = setTimeout(() => commit(next), RELAYOUT_DELAY_MS);
  });
}

/** The buttons' and keys' commands, sent through d3's behaviour so gestures and commands agree. */
function useZoomCommands(
  svgRef: RefObject<SVGSVGElement | null>,
  behavior: RefObject<ZoomBehavior<SVGSVGElement, unknown> | null>,
  width: number,
  clear: () => void,
) {
  const zoomBy = useCallback(
    (k: number) => {
      if (svgRef.current && behavior.current)
        select(svgRef.current).call(behavior.current.scaleBy, k);
    },
    [svgRef, behavior],
  );
  const panBy = useCallback(
    (fraction: number) => {
      if (svgRef.current && behavior.current)
        select(svgRef.current).call(behavior.current.translateBy, -fraction * width, 0);
    },
    [svgRef, behavior, width],
  );
  const reset = useCallback(() => {
    if (svgRef.current && behavior.current)
      select(svgRef.current).call(behavior.current.transform, zoomIdentity);
    clear();
  }, [svgRef, behavior, clear]);
  return { zoomBy, panBy, reset };
}

/**
 * Attach d3-zoom's behaviour (wheel, drag, pinch, and the buttons' commands) to an SVG. d3 only
 * listens for gestures and reports a transform; React renders everything. Each input frame moves
 * the drawn marks with a transform; after a short pause the figure is laid out for the new domain
 * (culled, clustered, crisp text), so the axis and labels always end up exact.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  plot: { x: number; width: number },
  fullDomain: [number, number] | null,
  enabled: boolean,
  /**
   * The unzoomed figure's px → axis value, when it is not linear (a broken axis); default the
   * linear map of `fullDomain` onto the plot.
   */
  invert?: (px: number) => number,
): ZoomState {
  const [domain, setDomain] = useState<[number, number] | null>(null);
  const [preview, setPreview] = useState<{ a: number; b: number } | null>(null);
  const behavior = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const committed = useRef<[number, number] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const invertRef = useRef(invert);
  useEffect(() => {
    invertRef.current = invert;
  });
  const [d0, d1] = fullDomain ?? [0, 1];
  const hasDomain = fullDomain !== null;
  // New data or a new axis: whatever was zoomed belongs to the old figure. Reset while rendering
  // (React's "adjust state when a prop changes"), not in the effect, which would render twice.
  const figureKey = `${enabled} ${hasDomain} ${d0} ${d1} ${plot.x} ${plot.width}`;
  const [zoomedFor, setZoomedFor] = useState(figureKey);
  if (zoomedFor !== figureKey) {
    setZoomedFor(figureKey);
    setDomain(null);
    setPreview(null);
  }
  useEffect(() => {
    const svg = svgRef.current;
    committed.current = null;
    if (svg) select(svg).property("__zoom", zoomIdentity);
    if (!enabled || !svg || !hasDomain) return;
    const sel = select(svg);
    const r1 = plot.x + plot.width;
    const z = zoomBehavior(plot.x, r1);
    listen(z, plot.x, r1, [d0, d1], invertRef.current, { committed, timer, setDomain, setPreview });
    sel.call(z);
    behavior.current = z;
    return () => {
      sel.on(".zoom", null);
      behavior.current = null;
      clearPending(timer);
    };
  }, [svgRef, enabled, d0, d1, plot.x, plot.width, hasDomain]);

  const clear = useCallback(() => {
    clearPending(timer);
    committed.current = null;
    setDomain(null);
    setPreview(null);
  }, []);
  const commands = useZoomCommands(svgRef, behavior, plot.width, clear);
  return { domain, preview, ...commands };
}

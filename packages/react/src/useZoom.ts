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
    const r0 = plot.x;
    const r1 = plot.x + plot.width;
    const base = scaleLinear().domain([d0, d1]).range([r0, r1]);
    const toValue = invertRef.current ?? ((px: number) => base.invert(px));
    const domainOf = (t: ZoomTransform): [number, number] | null =>
      t.k === 1 && t.x === 0 ? null : [toValue(t.invertX(r0)), toValue(t.invertX(r1))];
    const commit = (next: [number, number] | null) => {
      committed.current = next;
      setDomain(next);
      setPreview(null);
    };
    const z = zoom<SVGSVGElement, unknown>()
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
      )
      .on("zoom", (ev: { transform: ZoomTransform }) => {
        const next = domainOf(ev.transform);
        // Map the laid-out figure's x onto the new domain's x: x' = a·x + b. From the unzoomed
        // figure that is d3's own transform (exact even on a broken axis); a zoomed figure is
        // linear in its domain.
        const [n0, n1] = next ?? [d0, d1];
        if (committed.current === null) setPreview({ a: ev.transform.k, b: ev.transform.x });
        else {
          const [c0, c1] = committed.current;
          const a = (c1 - c0) / (n1 - n0);
          setPreview({ a, b: r0 + (c0 - n0) * ((r1 - r0) / (n1 - n0)) - a * r0 });
        }
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(next), RELAYOUT_DELAY_MS);
      });
    const sel = select(svg);
    sel.call(z);
    behavior.current = z;
    return () => {
      sel.on(".zoom", null);
      behavior.current = null;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [svgRef, enabled, d0, d1, plot.x, plot.width, hasDomain]);

  const zoomBy = useCallback(
    (k: number) => {
      if (svgRef.current && behavior.current)
        select(svgRef.current).call(behavior.current.scaleBy, k);
    },
    [svgRef],
  );
  const panBy = useCallback(
    (fraction: number) => {
      if (svgRef.current && behavior.current)
        select(svgRef.current).call(behavior.current.translateBy, -fraction * plot.width, 0);
    },
    [svgRef, plot.width],
  );
  const reset = useCallback(() => {
    if (svgRef.current && behavior.current)
      select(svgRef.current).call(behavior.current.transform, zoomIdentity);
    if (timer.current) clearTimeout(timer.current);
    committed.current = null;
    setDomain(null);
    setPreview(null);
  }, [svgRef]);
  return { domain, preview, zoomBy, panBy, reset };
}

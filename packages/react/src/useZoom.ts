import { scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior } from "d3-zoom";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/** Zoom and pan state of one figure: the visible domain, and commands for buttons and keys. */
export interface ZoomState {
  /** Visible domain in axis values, or null when showing everything. */
  domain: [number, number] | null;
  zoomBy(factor: number): void;
  panBy(fraction: number): void;
  reset(): void;
}

/**
 * Attach d3-zoom's behaviour (wheel, drag, pinch) to an SVG: d3 only listens for gestures and
 * reports a transform; React keeps rendering every element from a new layout of the visible domain.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  plot: { x: number; width: number },
  fullDomain: [number, number] | null,
  enabled: boolean,
): ZoomState {
  const [domain, setDomain] = useState<[number, number] | null>(null);
  const behavior = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [d0, d1] = fullDomain ?? [0, 1];
  useEffect(() => {
    const svg = svgRef.current;
    if (!enabled || !svg || !fullDomain) return;
    const base = scaleLinear()
      .domain([d0, d1])
      .range([plot.x, plot.x + plot.width]);
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 400])
      .extent([
        [plot.x, 0],
        [plot.x + plot.width, 1],
      ])
      .translateExtent([
        [plot.x, -Infinity],
        [plot.x + plot.width, Infinity],
      ])
      .filter((ev: Event) =>
        ev.type === "wheel"
          ? (ev as WheelEvent).ctrlKey || !(ev as WheelEvent).shiftKey
          : !(ev as MouseEvent).button && ev.type !== "dblclick",
      )
      .on("zoom", (ev: { transform: typeof zoomIdentity }) => {
        const t = ev.transform;
        if (t.k === 1 && t.x === 0) setDomain(null);
        else {
          const [a, b] = t.rescaleX(base).domain() as [number, number];
          setDomain([a, b]);
        }
      });
    const sel = select(svg);
    sel.call(z);
    behavior.current = z;
    return () => {
      sel.on(".zoom", null);
      behavior.current = null;
    };
  }, [svgRef, enabled, d0, d1, plot.x, plot.width, fullDomain]);

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
    setDomain(null);
  }, [svgRef]);
  return { domain, zoomBy, panBy, reset };
}

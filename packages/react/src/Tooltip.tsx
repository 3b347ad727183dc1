import { tooltipPosition, type Mark } from "@oncoline/core/render";
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";

/** Props of `Tooltip`. */
export interface TooltipProps {
  mark: Mark;
  /** The figure, to measure how large it is drawn. */
  svgRef: RefObject<SVGSVGElement | null>;
  /** The layout's width in px. */
  layoutWidth: number;
  children: ReactNode;
  id: string;
}

/**
 * A tooltip beside a mark. It is placed through the CSSOM after render (never a `style`
 * attribute), so pages with a strict Content-Security-Policy accept it. It doubles as a polite
 * live region, so keyboard users hear the focused event.
 */
export function Tooltip({ mark, svgRef, layoutWidth, children, id }: TooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The figure may be drawn smaller than its layout (max-width: 100%): measure, after render.
    const drawn = svgRef.current?.getBoundingClientRect().width ?? 0;
    const scale = drawn > 0 ? drawn / layoutWidth : 1;
    const { left, top } = tooltipPosition(mark.bounds, scale);
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
  }, [mark, svgRef, layoutWidth]);
  return (
    <div ref={ref} id={id} className="oncoline-tooltip" role="status" aria-live="polite">
      {children}
    </div>
  );
}

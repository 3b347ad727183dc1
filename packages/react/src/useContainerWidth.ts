import { useEffect, useLayoutEffect, useState, type RefObject } from "react";

/** Narrowest layout in px: below it the figure scrolls sideways instead of shrinking its type. */
export const MIN_WIDTH = 320;

// A layout effect measures before the first paint; on a server neither runs (no warning either).
const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * The width available to a figure: the content width of `ref`'s parent, followed with a
 * ResizeObserver, never below `MIN_WIDTH`. `null` until measured, when `enabled` is false, and
 * where nothing can be measured (a server, a layout-less DOM such as jsdom): use the theme's width.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, enabled: boolean) {
  const [width, setWidth] = useState<number | null>(null);
  useIsomorphicLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!enabled || !parent || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const style = getComputedStyle(parent);
      const inner =
        parent.clientWidth -
        (parseFloat(style.paddingLeft) || 0) -
        (parseFloat(style.paddingRight) || 0);
      setWidth(inner > 0 ? Math.max(MIN_WIDTH, Math.floor(inner)) : null);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return enabled ? width : null;
}

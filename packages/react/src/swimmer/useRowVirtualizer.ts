import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
} from "@tanstack/virtual-core";
import { useEffect, useLayoutEffect, useReducer, useState } from "react";

/**
 * A @tanstack/virtual-core virtualizer over items of known heights (the layout's), scrolling in
 * `scrollElement` (null until mounted: pass it from a callback ref kept in state). Re-renders on
 * scroll; only the items in view (plus `overscan`) are returned.
 */
export function useRowVirtualizer(
  scrollElement: HTMLDivElement | null,
  heights: readonly number[],
  viewport: { width: number; height: number },
  overscan = 6,
): Virtualizer<HTMLDivElement, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count: heights.length,
    getScrollElement: () => scrollElement,
    estimateSize: (i: number) => heights[i] ?? 0,
    scrollToFn: elementScroll,
    // Before layout (or without one, as in jsdom) the viewport measures 0: use the known size.
    observeElementRect: (
      instance: Virtualizer<HTMLDivElement, Element>,
      cb: (rect: { width: number; height: number }) => void,
    ) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : viewport)),
    observeElementOffset,
    initialRect: viewport,
    overscan,
    onChange: () => rerender(),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLDivElement, Element>(options));
  virtualizer.setOptions({ ...virtualizer.options, ...options });
  useEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}

import { useCallback, useMemo, useSyncExternalStore } from "react";

/** The rows drawn: indices `start` to `end` (exclusive), and a way to bring one into view. */
export interface VirtualRows {
  start: number;
  end: number;
  /** Scroll the least that shows item `index` whole (nothing when it already is). */
  scrollToIndex: (index: number) => void;
}

/** The first index whose item ends below `y` (items sorted by top), by bisection. */
function firstEndingBelow(tops: readonly number[], heights: readonly number[], y: number) {
  let lo = 0;
  let hi = tops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! + heights[mid]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items in `[top, top + height)` widened by `overscan` on each side, as "start:end". */
function rangeKey(
  tops: readonly number[],
  heights: readonly number[],
  top: number,
  height: number,
  overscan: number,
): string {
  const n = tops.length;
  const first = firstEndingBelow(tops, heights, top);
  let last = first;
  while (last < n && tops[last]! < top + height) last++;
  return `${Math.max(0, first - overscan)}:${Math.min(n, last + overscan)}`;
}

/** Scroll `el` to `top` (its "scroll" event then moves the rows' range). */
function scrollTopTo(el: HTMLElement, top: number) {
  el.scrollTop = top;
}

/**
 * Row virtualization over items of known tops and heights (the layout's, from 0), scrolling in
 * `scrollElement` (null until mounted). The visible range is an external store read on "scroll"
 * through `useSyncExternalStore`: a scroll step that keeps the range re-renders nothing, one that
 * moves it re-renders the rows' parent, whose memoized rows re-render only when entering. Before
 * layout (or in jsdom) the viewport measures 0: `viewportHeight` is used instead.
 */
export function useVirtualRows(
  scrollElement: HTMLElement | null,
  tops: readonly number[],
  heights: readonly number[],
  viewportHeight: number,
  overscan = 4,
): VirtualRows {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!scrollElement) return () => {};
      scrollElement.addEventListener("scroll", onChange, { passive: true });
      const resize = typeof ResizeObserver === "function" ? new ResizeObserver(onChange) : null;
      resize?.observe(scrollElement);
      return () => {
        scrollElement.removeEventListener("scroll", onChange);
        resize?.disconnect();
      };
    },
    [scrollElement],
  );
  const snapshot = () =>
    rangeKey(
      tops,
      heights,
      scrollElement?.scrollTop ?? 0,
      scrollElement?.clientHeight || viewportHeight,
      overscan,
    );
  const key = useSyncExternalStore(subscribe, snapshot, snapshot);
  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollElement;
      const top = tops[index];
      if (!el || top === undefined) return;
      const bottom = top + heights[index]!;
      const h = el.clientHeight || viewportHeight;
      if (top < el.scrollTop) scrollTopTo(el, top);
      else if (bottom > el.scrollTop + h) scrollTopTo(el, bottom - h);
    },
    [scrollElement, tops, heights, viewportHeight],
  );
  return useMemo(() => {
    const [start, end] = key.split(":").map(Number) as [number, number];
    return { start, end, scrollToIndex };
  }, [key, scrollToIndex]);
}

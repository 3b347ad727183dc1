import {
  axisValueAt,
  layoutTimeline,
  markKeyAction,
  readingOrder,
  type Mark,
  type Timeline,
  type TimelineLayout,
} from "@oncoline/core/render";
import { useCallback, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import type { PatientTimelineViewProps } from "./PatientTimelineView.js";
import type { Theme } from "./theme/theme.js";
import { useValueByKey } from "./useValueByKey.js";
import { useZoom, type ZoomState } from "./useZoom.js";

/**
 * The patient's layout, laid out again for the zoomed domain. The wheel and drag go to `svgRef`;
 * a sequence axis does not zoom. Options are memoized on their values, not on objects a parent
 * may rebuild every render.
 */
export function useZoomedTimeline(
  timeline: Timeline,
  theme: Theme,
  width: number,
  props: Pick<PatientTimelineViewProps, "axis" | "lanes" | "zoom" | "labScale">,
  svgRef: RefObject<SVGSVGElement | null>,
) {
  const axis = useValueByKey(props.axis, JSON.stringify(props.axis ?? {}));
  const lanes = useValueByKey(props.lanes, (props.lanes ?? []).join(","));
  const labScale = props.labScale;
  const base = useMemo(
    () =>
      layoutTimeline(timeline, {
        width,
        fontSize: theme.fontSize,
        aggregate: true,
        ...(axis ? { axis } : {}),
        ...(lanes ? { lanes } : {}),
        ...(labScale ? { labScale } : {}),
      }),
    [timeline, width, theme.fontSize, axis, lanes, labScale],
  );
  const zoomable = props.zoom !== false && base.axis.mode !== "sequence";
  const invert = useCallback((px: number) => axisValueAt(base.axis, px), [base]);
  const zoom = useZoom(
    svgRef,
    base.plot,
    zoomable ? base.axis.domain : null,
    zoomable,
    base.axis.breaks.length ? invert : undefined,
  );
  const layout = useMemo(
    () =>
      zoom.domain
        ? layoutTimeline(timeline, {
            width,
            fontSize: theme.fontSize,
            aggregate: true,
            axis: { ...axis, domain: zoom.domain },
            ...(lanes ? { lanes } : {}),
            ...(labScale ? { labScale } : {}),
          })
        : base,
    [zoom.domain, base, timeline, width, theme.fontSize, axis, lanes, labScale],
  );
  return { layout, zoom, zoomable };
}

/** +, = and − zoom about the centre, 0 resets; false for any other key. */
function zoomKey(zoom: ZoomState, key: string) {
  switch (key) {
    case "+":
    case "=":
      zoom.zoomBy(1.5);
      return true;
    case "-":
      zoom.zoomBy(1 / 1.5);
      return true;
    case "0":
      zoom.reset();
      return true;
    default:
      return false;
  }
}

/**
 * Focus, hover and selection of the marks: the mark to show in the tooltip, stable mouse handlers
 * (they keep the memoized marks from re-rendering on hover and focus), and the keys of the figure.
 */
export function useMarkFocus(
  layout: TimelineLayout,
  zoom: ZoomState,
  onSelectEvent: ((eventId: string, mark: Mark) => void) | undefined,
) {
  // The keys' reading order, worked out at the first key press, not on every new layout.
  const orderOf = useMemo(() => {
    let order: ReturnType<typeof readingOrder> | undefined;
    return () => (order ??= readingOrder(layout));
  }, [layout]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const shownId = hoverId ?? focusedId;
  const shown = shownId ? layout.marks.find((m) => m.id === shownId) : undefined;
  const select = useCallback((m: Mark) => onSelectEvent?.(m.eventId, m), [onSelectEvent]);
  const onMarkEnter = useCallback((m: Mark) => setHoverId(m.id), []);
  const onMarkLeave = useCallback(() => setHoverId(null), []);
  const onMarkClick = useCallback(
    (m: Mark) => {
      setFocusedId(m.id);
      select(m);
    },
    [select],
  );
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const action = markKeyAction(orderOf(), focusedId, e.key);
    if (action) {
      if (action.type === "focus") setFocusedId(action.mark.id);
      else if (action.type === "select") select(action.mark);
      else if (action.type === "clear") {
        setFocusedId(null);
        setHoverId(null);
      }
      e.preventDefault();
      return;
    }
    if (zoomKey(zoom, e.key)) e.preventDefault();
  };
  return { shown, focusedId, onMarkEnter, onMarkLeave, onMarkClick, onKeyDown };
}

import {
  drawTimeline,
  type Mark,
  type Paint,
  type SceneLayer,
  type TimelineLayout,
} from "@oncoline/core/render";
import {
  createElement,
  useMemo,
  useEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from "react";
import {
  MarkHandlersContext,
  sceneChildren,
  SlotsContext,
  toProps,
  type MarkApi,
} from "./scene/SceneNode.js";

/** What a custom layer receives. */
export interface LayerContext {
  layout: TimelineLayout;
  paint: Paint;
}
/** Built-in layers, in drawing order, or your own render function. */
export type Layer =
  "lanes" | "axis" | "links" | "marks" | "legend" | ((ctx: LayerContext) => ReactNode);
/** The built-in layers in their drawing order. */
export const DEFAULT_LAYERS: readonly Layer[] = ["lanes", "axis", "links", "marks", "legend"];

/** Props of `TimelineSvg`. */
export interface TimelineSvgProps {
  /** The layout from `layoutTimeline`: every coordinate is already there. */
  layout: TimelineLayout;
  /** Colours, gradients and patterns (`makePaint`). */
  paint: Paint;
  /** Layers in drawing order; default `DEFAULT_LAYERS`. */
  layers?: readonly Layer[];
  /** Standalone documents get the xmlns attributes and a visible heading if the layout has room. */
  standalone?: boolean;
  /** Id of the focused mark (draws the focus ring); interactive figures only. */
  focusedMarkId?: string | null;
  /** Marks get hit areas and pointer handlers; the figure becomes focusable. */
  interactive?: boolean;
  /** Pointer entered, left or clicked a mark. */
  onMarkEnter?: (mark: Mark, e: MouseEvent<SVGGElement>) => void;
  onMarkLeave?: (mark: Mark) => void;
  onMarkClick?: (mark: Mark) => void;
  /** Key handler of the focusable figure. */
  onKeyDown?: (e: KeyboardEvent<SVGSVGElement>) => void;
  /** Ref to the `<svg>` element (zoom behaviour, measuring). */
  svgRef?: Ref<SVGSVGElement>;
  /** Draw into this outer size, scaling the figure uniformly (a slide that is still too tall). */
  outer?: { width: number; height: number };
  /** A live x-transform (`x' = a·x + b`) applied to marks and links while a zoom gesture runs. */
  preview?: { a: number; b: number } | null;
  /** Extra children drawn last (zoom buttons…). */
  children?: ReactNode;
}

/**
 * Draw a layout as SVG. Core's `drawTimeline` decides every element, position and colour; this
 * component only maps its nodes to React elements, fills the custom-layer slots and attaches
 * pointer and key handlers. Presentation attributes only (no `style`): strict-CSP safe.
 */
export function TimelineSvg(props: TimelineSvgProps) {
  const { layout, paint, layers, standalone = false, interactive = false } = props;
  const sceneLayers = useMemo<SceneLayer[] | undefined>(
    () => layers?.map((l, i) => (typeof l === "function" ? { slot: `layer-${i}` } : l)),
    [layers],
  );
  const scene = drawTimeline(layout, paint, {
    standalone,
    interactive,
    focusedMarkId: props.focusedMarkId ?? null,
    preview: props.preview ?? null,
    ...(props.outer ? { outer: props.outer } : {}),
    ...(sceneLayers ? { layers: sceneLayers } : {}),
  });
  const slots = useSlots(props);
  const api = useMarkApi(props);
  const svg = createElement(
    "svg",
    {
      ref: props.svgRef,
      ...toProps(scene.attrs),
      onKeyDown: props.onKeyDown,
    },
    sceneChildren(scene.children),
  );
  return (
    <SlotsContext.Provider value={slots}>
      {interactive ? (
        <MarkHandlersContext.Provider value={api}>{svg}</MarkHandlersContext.Provider>
      ) : (
        svg
      )}
    </SlotsContext.Provider>
  );
}

/**
 * The slots' context value: the same object while nothing fills it anew (a new value would make
 * React walk every memoized mark below the provider looking for its readers, each frame).
 */
function useSlots(props: TimelineSvgProps): Record<string, ReactNode> {
  const { layout, paint, layers } = props;
  const plainSlots = useMemo<Record<string, ReactNode>>(
    () => ({ children: props.children }),
    [props.children],
  );
  if (!layers?.some((l) => typeof l === "function")) return plainSlots;
  const slots: Record<string, ReactNode> = { children: props.children };
  layers.forEach((l, i) => {
    if (typeof l === "function") slots[`layer-${i}`] = l({ layout, paint });
  });
  return slots;
}

/** The marks' handlers: one API object that reads the latest marks and props when an event fires. */
function useMarkApi(props: TimelineSvgProps): MarkApi {
  const { layout } = props;
  const marksById = useMemo(() => new Map(layout.marks.map((m) => [m.id, m])), [layout]);
  const latest = useRef({ marksById, props });
  useEffect(() => {
    latest.current = { marksById, props };
  });
  return useMemo<MarkApi>(() => {
    const find = (id: string) => latest.current.marksById.get(id);
    return {
      enter: (id, e) => {
        const m = find(id);
        if (m) latest.current.props.onMarkEnter?.(m, e);
      },
      leave: (id) => {
        const m = find(id);
        if (m) latest.current.props.onMarkLeave?.(m);
      },
      click: (id) => {
        const m = find(id);
        if (m) latest.current.props.onMarkClick?.(m);
      },
    };
  }, []);
}

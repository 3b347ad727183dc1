import type { AxisOptions } from "../layout/timeAxis.js";
import type { LabScaleOption } from "../layout/layoutOptions.js";
import { layoutTimeline, layoutToFit } from "../layout/layoutTimeline.js";
import type { LaneKind, TimelineLayout } from "../layout/types.js";
import type { Timeline } from "../model/normalized.js";
import type { ColorClash } from "../theme/classPaint.js";
import type { Theme } from "../theme/theme.js";
import { makePaint, type Paint } from "./paint.js";

/** Options of a static figure (`renderToSVG`, the custom element, exports). */
export interface FigureOptions {
  /** Width in px; default the theme's (slides 1920). */
  width?: number;
  /**
   * Height in px to fit into (type shrinks to fit); default the theme's (slides 1080), else
   * natural; `null` for the natural height in every theme (a figure that flows with a page).
   */
  height?: number | null;
  axis?: AxisOptions;
  lanes?: readonly LaneKind[];
  /** Draw the case title at the top; default true for the slide theme. */
  heading?: boolean;
  /** Draw the case caption; default the theme's (journal, slide). */
  caption?: boolean;
  /** Number shortened labels and list them in full under the figure; default true (no tooltips). */
  footnotes?: boolean;
  /**
   * Merge moments in dense stretches of a lane into cluster marks ("14 events") once the lane
   * needs more than a few rows, as the interactive views do; default false, so a static document
   * keeps every event (up to a lane's row ceiling). The custom element turns it on for large
   * timelines.
   */
  aggregate?: boolean;
  /** Lab tracks' scale (`layoutTimeline`'s `labScale`): `"auto"` (default), `"linear"` or `"log"`. */
  labScale?: LabScaleOption;
  /**
   * How lookalike class colours are told apart: the built-in themes' table by default; pass
   * `cvdClash` from `@oncoline/core/color` for a theme with colours of its own.
   */
  colorClash?: ColorClash | undefined;
}

/** A laid-out static figure: the layout, its paint, and the outer size when it must be scaled. */
export interface Figure {
  layout: TimelineLayout;
  paint: Paint;
  /** Set when the figure is still taller than `height` at the smallest type: scale it into this. */
  outer?: { width: number; height: number };
}

/** Ids in a figure carry a prefix made from the document id, so figures on one page never clash. */
export function idPrefix(id: string): string {
  return `onc-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/**
 * Lay out a validated timeline as a static figure in a theme: a fixed height (slides) shrinks type
 * until the figure fits, then pads to exactly that height; still too tall at the smallest type, the
 * whole figure is scaled into the frame. Throws on invalid options (`checkLayoutOptions`).
 */
export function layoutFigure(
  timeline: Timeline,
  theme: Theme,
  options: FigureOptions = {},
): Figure {
  const width = options.width ?? theme.width;
  const layoutOptions = {
    width,
    fontSize: theme.fontSize,
    ...(options.axis ? { axis: options.axis } : {}),
    ...(options.lanes ? { lanes: options.lanes } : {}),
    heading: options.heading ?? theme.heading === true,
    caption: options.caption ?? theme.caption ?? false,
    // A static document has no tooltips: shortened labels are numbered and given in full below.
    footnotes: options.footnotes ?? true,
    ...(options.aggregate ? { aggregate: true } : {}),
    ...(options.labScale ? { labScale: options.labScale } : {}),
  };
  const height = options.height === null ? undefined : (options.height ?? theme.height);
  const fitted =
    height === undefined
      ? layoutTimeline(timeline, layoutOptions)
      : layoutToFit(timeline, { ...layoutOptions, height });
  const layout = height === undefined || fitted.height > height ? fitted : { ...fitted, height };
  const paint = makePaint(layout, theme, idPrefix(timeline.document.id), options.colorClash);
  return height !== undefined && layout.height > height
    ? { layout, paint, outer: { width, height } }
    : { layout, paint };
}

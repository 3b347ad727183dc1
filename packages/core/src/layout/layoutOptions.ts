import type { AxisOptions } from "./timeAxis.js";
import type { LabScale, LaneKind } from "./types.js";

/** Options of `layoutTimeline`. Everything but `width` has a default. */
export interface LayoutOptions {
  /** Total width in px. */
  width: number;
  /** Height of one row of marks in px; default 2.1 × fontSize. */
  rowHeight?: number;
  /** Label font size in px (the theme's); default 12. */
  fontSize?: number;
  /** Calendar or relative axis, anchor, unit, visible domain, locale. */
  axis?: AxisOptions;
  /** Lanes to show, in clinical order; default all that have marks. */
  lanes?: readonly LaneKind[];
  /** Width of the lane-title column; measured from the titles when absent. */
  gutter?: number;
  /** Reserve a line at the top for a visible title (slides); default false. */
  heading?: boolean;
  /** Lay out the legend under the axis; default true. */
  legend?: boolean;
  /**
   * Lay out a case caption under the figure as text (patient, diagnosis, drivers, source);
   * default false (themes for print and slides turn it on).
   */
  caption?: boolean;
  /**
   * Number every label that had to be shortened and list its full text under the figure (static
   * output, where there are no tooltips); default false.
   */
  footnotes?: boolean;
  /**
   * Merge moments in dense stretches into cluster marks that expand as you zoom (interactive
   * views); default false, so exports stay complete.
   */
  aggregate?: boolean;
  /**
   * The scale of lab tracks: `"auto"` (default) draws a track on a log scale when its values span
   * at least two orders of magnitude (tumour markers), else linear from 0; `"linear"` or `"log"`
   * for every track (log only where every value is above 0 and there are two). A log track's
   * label says so.
   */
  labScale?: LabScaleOption;
}

/**
 * How lab tracks are to be scaled: log when values span two orders of magnitude (`"auto"`), or
 * always the one named (`SeriesMark.scale` says which a track got).
 */
export type LabScaleOption = LabScale | "auto";
/** Every `LabScaleOption`, for checking options, attributes and command lines. */
export const LAB_SCALE_OPTIONS: readonly LabScaleOption[] = ["auto", "linear", "log"];

/** Options with every default filled in. */
export interface ResolvedLayoutOptions {
  width: number;
  rowHeight: number;
  fontSize: number;
  axis: AxisOptions;
  lanes: readonly LaneKind[] | null;
  gutter: number | null;
  heading: boolean;
  legend: boolean;
  caption: boolean;
  footnotes: boolean;
  aggregate: boolean;
  labScale: LabScaleOption;
}

/** Fill in defaults in one place. */
export function resolveLayoutOptions(o: LayoutOptions): ResolvedLayoutOptions {
  const fontSize = o.fontSize ?? 12;
  return {
    width: Math.max(200, o.width),
    fontSize,
    rowHeight: o.rowHeight ?? Math.round(fontSize * 2.1),
    axis: o.axis ?? {},
    lanes: o.lanes ?? null,
    gutter: o.gutter ?? null,
    heading: o.heading ?? false,
    legend: o.legend ?? true,
    caption: o.caption ?? false,
    footnotes: o.footnotes ?? false,
    aggregate: o.aggregate ?? false,
    labScale: o.labScale ?? "auto",
  };
}

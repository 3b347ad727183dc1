import {
  formatIssue,
  layoutFigure,
  parseTimeline,
  type AxisOptions,
  type LabScaleOption,
  type LaneKind,
  type Timeline,
  type ValidationIssue,
} from "@oncoline/core";
import { renderToStaticMarkup } from "react-dom/server";
import { checkRenderOptions } from "./checkRenderOptions.js";
import { colorClashFor } from "./colorClash.js";
import { ErrorSvg } from "./ErrorSvg.js";
import { isTimeline } from "./isTimeline.js";
import { resolveTheme } from "./resolveTheme.js";
import type { Theme } from "./theme/theme.js";
import type { ThemeName } from "./theme/themes.js";
import { TimelineSvg, type Layer } from "./TimelineSvg.js";
import { xmlSafe } from "./xmlSafe.js";
import { renderSwimmerToSVG } from "./swimmer/renderSwimmerToSVG.js";
import { isCohortLike } from "./swimmer/toSwimmerInput.js";

/** Options of `renderToSVG`. */
export interface RenderOptions {
  /** Theme name or data; default `screen`. */
  theme?: Theme | ThemeName;
  /** Width in px; default the theme's (slides 1920). */
  width?: number;
  /** Height in px to fit into (type shrinks to fit); default the theme's (slides 1080), else natural. */
  height?: number;
  /** Axis mode, anchor, unit, domain, locale. */
  axis?: AxisOptions;
  /** Lanes to show. */
  lanes?: readonly LaneKind[];
  /** Draw the case title at the top; default true for the slide theme. */
  heading?: boolean;
  /** Layers in drawing order, built-in names or render functions. */
  layers?: readonly Layer[];
  /** Draw the case caption (patient, diagnosis, drivers, source); default the theme's (journal, slide). */
  caption?: boolean;
  /** Lab tracks' scale: `"auto"` (log when values span two orders of magnitude), `"linear"`, `"log"`. */
  labScale?: LabScaleOption;
}

/**
 * A complete standalone SVG document for a timeline (a parsed `Timeline` or any JSON value), with
 * title, description, legend and every label escaped. Works in Node and the browser; the result is
 * byte-identical for the same input. Invalid input or invalid options yield an SVG that lists the
 * issues; the result is always well-formed XML. A cohort document draws as a swimmer plot with
 * default options (see `renderSwimmerToSVG` for its options).
 */
export function renderToSVG(input: Timeline | unknown, options: RenderOptions = {}): string {
  // A cohort draws as a swimmer plot (first page; `renderSwimmerPages` gives every page).
  if (!isTimeline(input) && isCohortLike(input))
    return renderSwimmerToSVG(input, {
      ...(options.theme ? { theme: options.theme } : {}),
      ...(options.width ? { width: options.width } : {}),
      ...(options.height ? { height: options.height } : {}),
      ...(options.heading !== undefined ? { heading: options.heading } : {}),
    });
  const theme = resolveTheme(options.theme);
  const optionIssues = checkRenderOptions(options, theme);
  if (optionIssues.length > 0)
    return xml(
      renderToStaticMarkup(
        <ErrorSvg issues={optionIssues} theme={theme} width={theme.width} subject="options" />,
      ),
    );
  const width = options.width ?? theme.width;
  const parsed = isTimeline(input) ? { ok: true as const, value: input } : parseTimeline(input);
  if (!parsed.ok)
    return xml(
      renderToStaticMarkup(<ErrorSvg issues={parsed.issues} theme={theme} width={width} />),
    );
  const { layout, paint, outer } = layoutFigure(parsed.value, theme, {
    width,
    ...(options.height !== undefined ? { height: options.height } : {}),
    ...(options.axis ? { axis: options.axis } : {}),
    ...(options.lanes ? { lanes: options.lanes } : {}),
    ...(options.heading !== undefined ? { heading: options.heading } : {}),
    ...(options.caption !== undefined ? { caption: options.caption } : {}),
    ...(options.labScale !== undefined ? { labScale: options.labScale } : {}),
    colorClash: colorClashFor(theme),
  });
  return xml(
    renderToStaticMarkup(
      <TimelineSvg
        layout={layout}
        paint={paint}
        standalone
        {...(outer ? { outer } : {})}
        {...(options.layers ? { layers: options.layers } : {})}
      />,
    ),
  );
}

/** Issues as text, for callers that want them beside the error SVG. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map(formatIssue).join("\n");
}

const xml = (svg: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(svg)}\n`;

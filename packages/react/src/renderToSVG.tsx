import {
  formatIssue,
  layoutTimeline,
  layoutToFit,
  parseTimeline,
  type AxisOptions,
  type LaneKind,
  type Timeline,
  type ValidationIssue,
} from "@oncoline/core";
import { renderToStaticMarkup } from "react-dom/server";
import { checkRenderOptions } from "./checkRenderOptions.js";
import { ErrorSvg } from "./ErrorSvg.js";
import { isTimeline } from "./isTimeline.js";
import { makePaint } from "./marks/paint.js";
import { idPrefix, resolveTheme } from "./resolveTheme.js";
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
  const layoutOptions = {
    width,
    fontSize: theme.fontSize,
    ...(options.axis ? { axis: options.axis } : {}),
    ...(options.lanes ? { lanes: options.lanes } : {}),
    heading: options.heading ?? theme.name === "slide",
    caption: options.caption ?? theme.caption ?? false,
    // A static document has no tooltips: shortened labels are numbered and given in full below.
    footnotes: true,
  };
  const height = options.height ?? theme.height;
  // A fixed height (slides) shrinks type until the figure fits, then pads to exactly that height.
  const fitted =
    height === undefined
      ? layoutTimeline(parsed.value, layoutOptions)
      : layoutToFit(parsed.value, { ...layoutOptions, height });
  const layout = height === undefined || fitted.height > height ? fitted : { ...fitted, height };
  // Still too tall at the smallest type: scale the whole figure into the frame.
  const outer = height !== undefined && layout.height > height ? { width, height } : undefined;
  const paint = makePaint(layout, theme, idPrefix(parsed.value.document.id));
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

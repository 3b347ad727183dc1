import { cvdClash } from "@oncoline/core/color";
import {
  drawTimeline,
  layoutFigure,
  needsColorScience,
  themes,
  type FigureOptions,
  type SvgNode,
  type Theme,
  type ThemeName,
  type Timeline,
} from "@oncoline/core/render";

/**
 * How a timeline is drawn for a download: core's figure options (less `footnotes` and `aggregate`:
 * a file footnotes shortened labels and merges no dense stretch below a lane's row ceiling) and a
 * theme.
 */
export interface FigureExportOptions extends Omit<FigureOptions, "footnotes" | "aggregate"> {
  /** Theme name or data; default `screen`. */
  theme?: Theme | ThemeName;
}

/** A standalone figure as core's scene, with what the exports need to know about it. */
export interface FigureScene {
  node: SvgNode;
  width: number;
  height: number;
  /** The theme's background colour (fades are flattened over it for PDF). */
  background: string;
  /** The document id, for file names. */
  id: string;
}

/**
 * Lay out a validated timeline as a static figure (shortened labels are footnoted: a file has no
 * tooltips) and draw it as a standalone SVG scene. Throws on invalid options.
 */
export function figureScene(timeline: Timeline, options: FigureExportOptions = {}): FigureScene {
  const { theme: themeOption, ...figureOptions } = options;
  const theme =
    typeof themeOption === "object"
      ? themeOption
      : (themes[themeOption ?? "screen"] ?? themes.screen);
  const { layout, paint, outer } = layoutFigure(timeline, theme, {
    ...(needsColorScience(theme) ? { colorClash: cvdClash } : {}),
    ...figureOptions,
  });
  const node = drawTimeline(layout, paint, { standalone: true, ...(outer ? { outer } : {}) });
  return {
    node,
    width: outer?.width ?? layout.width,
    height: outer?.height ?? layout.height,
    background: theme.background,
    id: timeline.document.id,
  };
}

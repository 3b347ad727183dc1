import { layoutSwimmer, type SwimmerOptions } from "@oncoline/core/render";
import { renderToStaticMarkup } from "react-dom/server";
import { ErrorSvg } from "../ErrorSvg.js";
import { idPrefix, resolveTheme } from "../resolveTheme.js";
import type { Theme } from "../theme/theme.js";
import type { ThemeName } from "../theme/themes.js";
import { SwimmerSvg } from "./SwimmerSvg.js";
import { swimmerPaint } from "./swimmerPaint.js";
import { toSwimmerInput } from "./toSwimmerInput.js";

/** Options of `renderSwimmerToSVG`: the swimmer options plus a theme. */
export interface SwimmerRenderOptions extends Omit<SwimmerOptions, "fontSize" | "page"> {
  /** Theme name or data; default `screen`. Slides paginate at 1080 px. */
  theme?: Theme | ThemeName;
  /** Draw the cohort's title; default true for slides. */
  heading?: boolean;
}

const xml = (svg: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;

/**
 * Every page of a cohort's swimmer plot as standalone SVG documents: one page unless the theme
 * (slides) or `height` fixes the height and the rows do not fit. All rows are drawn (static).
 */
export function renderSwimmerPages(input: unknown, options: SwimmerRenderOptions = {}): string[] {
  const theme = resolveTheme(options.theme);
  const width = options.width ?? theme.width;
  const parsed = toSwimmerInput(input);
  if (!parsed.ok)
    return [
      xml(
        renderToStaticMarkup(
          <ErrorSvg issues={parsed.issues} theme={theme} width={width} figure="cohort" />,
        ),
      ),
    ];
  const height = options.height ?? theme.height;
  const heading = options.heading ?? theme.heading === true;
  const title = options.title ?? (heading ? (parsed.title ?? undefined) : undefined);
  const base: SwimmerOptions = {
    ...options,
    width,
    fontSize: theme.fontSize,
    ...(height !== undefined ? { height } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(parsed.title !== null && options.name === undefined ? { name: parsed.title } : {}),
  };
  const first = layoutSwimmer(parsed.value, { ...base, page: 0 });
  const layouts = [first];
  for (let page = 1; page < first.page.count; page++)
    layouts.push(layoutSwimmer(parsed.value, { ...base, page }));
  return layouts.map((layout, i) => {
    const prefix = `${idPrefix("swimmer")}${layouts.length > 1 ? `-p${i + 1}` : ""}`;
    return xml(
      renderToStaticMarkup(
        <SwimmerSvg layout={layout} paint={swimmerPaint(layout, theme, prefix)} standalone />,
      ),
    );
  });
}

/** The swimmer plot of a cohort as one standalone SVG document (the first page on slides). */
export function renderSwimmerToSVG(input: unknown, options: SwimmerRenderOptions = {}): string {
  return renderSwimmerPages(input, options)[0]!;
}

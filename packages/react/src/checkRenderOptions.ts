import {
  checkLayoutOptions,
  type AxisOptions,
  type LaneKind,
  type ValidationIssue,
} from "@oncoline/core/render";
import type { Theme } from "./theme/theme.js";
import { themes } from "./theme/themes.js";

/** The options a renderer takes that reach the layout, plus its theme. */
export interface RenderOptionInput {
  theme?: unknown;
  width?: unknown;
  height?: unknown;
  axis?: unknown;
  lanes?: unknown;
  heading?: unknown;
  labScale?: unknown;
}

/**
 * Check a renderer's options the way documents are checked: every problem with its path
 * (`width: must be a number of px from 1 to 20,000, got NaN`), so `renderToSVG` and
 * `<PatientTimeline>` show the problems instead of drawing NaN or running out of memory.
 * `theme` is the theme the options resolved to (its font size is checked like an option).
 */
export function checkRenderOptions(o: RenderOptionInput, theme: Theme): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const t = o.theme;
  if (
    t !== undefined &&
    !(typeof t === "string" && Object.hasOwn(themes, t)) &&
    typeof t !== "object"
  )
    issues.push({
      path: "theme",
      message: `must be a theme or one of ${Object.keys(themes).join(", ")}; got ${typeof t === "string" ? `'${t.slice(0, 40)}'` : typeof t}`,
      severity: "error",
    });
  const layout = {
    width: o.width ?? theme.width,
    fontSize: theme.fontSize,
    ...(o.height === undefined ? {} : { height: o.height }),
    ...(o.axis === undefined ? {} : { axis: o.axis }),
    ...(o.lanes === undefined ? {} : { lanes: o.lanes }),
    ...(o.heading === undefined ? {} : { heading: o.heading }),
    ...(o.labScale === undefined ? {} : { labScale: o.labScale }),
  } as { width: number; fontSize: number; height?: number; axis?: AxisOptions; lanes?: LaneKind[] };
  for (const issue of checkLayoutOptions(layout))
    issues.push(issue.path === "fontSize" ? { ...issue, path: "theme.fontSize" } : issue);
  return issues;
}

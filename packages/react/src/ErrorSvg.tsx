import { drawError, type Theme, type ValidationIssue } from "@oncoline/core/render";
import { renderNode } from "./scene/SceneNode.js";

/**
 * A readable SVG that lists validation issues, for server-rendered figures of invalid input (or of
 * invalid options, `subject="options"`): core's `drawError`, mapped.
 */
export function ErrorSvg({
  issues,
  theme,
  width,
  subject = "data",
  figure = "timeline",
}: {
  issues: readonly ValidationIssue[];
  theme: Theme;
  width: number;
  subject?: "data" | "options";
  /** What could not be drawn, named in the title: a `timeline` (default) or a `cohort`. */
  figure?: "timeline" | "cohort";
}) {
  return renderNode(drawError(issues, theme, width, { subject, figure }));
}

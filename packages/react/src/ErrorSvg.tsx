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
}: {
  issues: readonly ValidationIssue[];
  theme: Theme;
  width: number;
  subject?: "data" | "options";
}) {
  return renderNode(drawError(issues, theme, width, { subject }));
}

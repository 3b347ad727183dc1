import { drawDefs, type Paint } from "@oncoline/core/render";
import { renderNode } from "../scene/SceneNode.js";

/** Gradients for uncertain edges and (print) fill patterns: core's `drawDefs`, mapped. */
export function Defs({ paint }: { paint: Paint }) {
  return renderNode(drawDefs(paint));
}

import { drawSwimmer, type Paint, type SwimmerLayout } from "@oncoline/core/render";
import { renderNode } from "../scene/SceneNode.js";

/** Props of `SwimmerSvg`. */
export interface SwimmerSvgProps {
  layout: SwimmerLayout;
  paint: Paint;
  /** Add the XML namespace, `<title>` and `<desc>` for a standalone document. */
  standalone?: boolean;
}

/**
 * The whole swimmer figure, every row drawn (static: `renderToSVG`, print, slides). Core's
 * `drawSwimmer` decides every element, position and colour; this only maps its nodes.
 */
export function SwimmerSvg({ layout, paint, standalone = false }: SwimmerSvgProps) {
  return renderNode(drawSwimmer(layout, paint, { standalone }));
}

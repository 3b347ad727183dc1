// The figure as data (see svgNode.ts): core decides every pixel; renderers map nodes.
export type { SvgNode, SvgAttrs, SvgAttrValue } from "./svgNode.js";
export { r as round2 } from "./svgNode.js";
export { toSvgString, escapeXml } from "./toSvgString.js";
export { makePaint, PATTERN_COUNT, PRINT_GREYS } from "./paint.js";
export type { Paint } from "./paint.js";
export { glyphPath } from "./glyphPath.js";
export { drawGlyph } from "./drawGlyph.js";
export { drawDefs } from "./drawDefs.js";
export type { DrawContext } from "./drawContext.js";
export type { Preview } from "./drawAxis.js";
export {
  drawTimeline,
  drawMark,
  drawMarkItem,
  drawItems,
  drawFocusRing,
  BUILTIN_LAYERS,
} from "./drawTimeline.js";
export type { DrawOptions, SceneLayer, BuiltinLayer } from "./drawTimeline.js";
export { layoutFigure, idPrefix } from "./layoutFigure.js";
export type { Figure, FigureOptions } from "./layoutFigure.js";
export { readingOrder, markKeyAction } from "./markKeys.js";
export type { MarkKeyAction } from "./markKeys.js";
export { drawError, ERROR_FIGURE } from "./drawError.js";
export type { ErrorDrawOptions } from "./drawError.js";
export { tooltipPosition, TOOLTIP_OFFSET } from "./tooltipPosition.js";
// The swimmer plot as data: the whole figure, or its pieces for virtualized renderers.
export { SWIM } from "./swimmer/swimmerStyle.js";
export type { SwimmerDrawContext } from "./swimmer/swimmerStyle.js";
export { makeSwimmerPaint } from "./swimmer/makeSwimmerPaint.js";
export {
  drawSwimmer,
  drawSwimmerItem,
  drawSwimmerClip,
  swimmerClipUrl,
} from "./swimmer/drawSwimmer.js";
export type { SwimmerDrawOptions, SwimmerItemOptions } from "./swimmer/drawSwimmer.js";
export { drawSwimmerRow, drawSwimmerGroup } from "./swimmer/drawSwimmerRow.js";
export type { SwimmerRowOptions } from "./swimmer/drawSwimmerRow.js";
export {
  drawSwimmerSegment,
  drawSwimmerGlyph,
  drawSwimmerEnd,
  drawSwimmerFocusRing,
} from "./swimmer/drawSwimmerMarks.js";
export { drawSwimmerGuides, drawSwimmerAxis, drawSwimmerText } from "./swimmer/drawSwimmerFrame.js";
export { drawSwimmerLegend } from "./swimmer/drawSwimmerLegend.js";

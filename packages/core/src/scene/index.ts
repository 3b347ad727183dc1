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

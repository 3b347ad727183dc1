// @oncoline/export public API: Oncoline figures as print PDF and editable PowerPoint, in Node.
export { toPDF } from "./pdf/toPDF.js";
export type { PdfOptions } from "./pdf/toPDF.js";
export { toPPTX } from "./pptx/toPPTX.js";
export type { PptxOptions } from "./pptx/toPPTX.js";
export { sceneFromSvg } from "./scene/sceneFromSvg.js";
export type {
  Scene,
  Primitive,
  RectPrimitive,
  EllipsePrimitive,
  LinePrimitive,
  PathPrimitive,
  TextPrimitive,
  Segment,
  Paint,
  Stroke,
} from "./scene/primitives.js";
export {
  printSize,
  pngScale,
  mmToPt,
  ptPerPx,
  JOURNAL_WIDTHS_MM,
  MIN_PRINT_PT,
  PRINT_MM_RANGE,
  SMALLEST_TEXT_EM,
} from "./print/printSize.js";
export type { PrintSize } from "./print/printSize.js";

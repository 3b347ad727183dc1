// Paint (colours, fades, patterns of one figure) lives in @oncoline/core's scene module.
export { makePaint, PATTERN_COUNT, PRINT_GREYS } from "@oncoline/core/render";
export type { Paint } from "@oncoline/core/render";

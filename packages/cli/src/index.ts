// @oncoline/cli public API: the command line as a function, for the bin script and for tests, and
// the PNG rasterizer it uses, for scripts that write PNGs themselves.
export { main } from "./main.js";
export type { Io } from "./io.js";
export { svgToPng } from "./svgToPng.js";
export type { Png, SvgToPngOptions } from "./svgToPng.js";

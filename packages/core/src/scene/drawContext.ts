import type { Paint } from "./paint.js";

/** What drawing one mark needs besides the mark: colours and the layout's type size. */
export interface DrawContext {
  paint: Paint;
  /** The layout's font size (after `layoutToFit`), not the theme's. */
  fontSize: number;
}

export { DRAW } from "../layout/geometry.js";

/** The light dashed outline of a course placed by order alone, in `c`: on the bar and in the legend. */
export function vagueOutline(c: string) {
  return {
    fill: c,
    "fill-opacity": "0.18",
    stroke: c,
    "stroke-width": "1.2",
    "stroke-dasharray": "4 3",
    rx: "2",
  };
}

/** A change's diamond: filled on a known day, hollow (outlined) when its day is a window. */
export function changeDiamond(windowed: boolean, theme: { text: string; background: string }) {
  return windowed
    ? { fill: theme.background, stroke: theme.text, "stroke-width": "1.2" }
    : { fill: theme.text };
}

import type { Paint } from "./paint.js";

/** What drawing one mark needs besides the mark: colours and the layout's type size. */
export interface DrawContext {
  paint: Paint;
  /** The layout's font size (after `layoutToFit`), not the theme's. */
  fontSize: number;
}

export { DRAW } from "../layout/geometry.js";

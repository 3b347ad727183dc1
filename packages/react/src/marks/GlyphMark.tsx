import type { Glyph } from "@oncoline/core";
import type { SVGProps } from "react";
import { glyphPath } from "./glyphPath.js";

export interface GlyphMarkProps extends Omit<SVGProps<SVGPathElement>, "d"> {
  glyph: Glyph;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Drawn as an outline on the background: the date is a window, not a day. */
  hollow?: boolean;
  background?: string;
}

/** One glyph, filled or outlined, centred at (x, y). Extra SVG props pass through. */
export function GlyphMark({
  glyph,
  x,
  y,
  size,
  color,
  hollow = false,
  background = "none",
  ...rest
}: GlyphMarkProps) {
  const g = glyphPath(glyph, size);
  return (
    <path
      d={g.d}
      transform={`translate(${r(x)},${r(y)})${g.rotate ? ` rotate(${g.rotate})` : ""}`}
      fill={hollow ? background : g.filled ? color : "none"}
      stroke={color}
      strokeWidth={g.filled && !hollow ? 0.5 : 1.6}
      {...rest}
    />
  );
}

/** Round to 2 decimals: byte-stable SVG. */
export const r = (v: number) => Math.round(v * 100) / 100;

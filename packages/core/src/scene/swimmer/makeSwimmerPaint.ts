import { classFills, type ColorClash } from "../../theme/classPaint.js";
import type { Theme } from "../../theme/theme.js";
import type { SwimmerLayout } from "../../swimmer/types.js";
import { colorKeyId } from "../../layout/colorKey.js";
import { paintFrom, type Paint } from "../paint.js";

/**
 * The paint of a swimmer figure: colours by the patient view's keys, the legend's agent classes
 * kept apart for colour-blind readers (`classFills`; print: patterns by stable hash), fades for
 * uncertain edges. `clash` as in `makePaint`.
 */
export function makeSwimmerPaint(
  layout: SwimmerLayout,
  theme: Theme,
  prefix: string,
  clash?: ColorClash,
): Paint {
  const classes = layout.legend.flatMap((e) =>
    e.type === "class" && e.colorKey ? [colorKeyId(e.colorKey)] : [],
  );
  const fills = theme.patterns ? new Map() : classFills(theme, classes, clash);
  return paintFrom(theme, prefix, fills, (need, color) => {
    for (const it of layout.items)
      if (it.type === "row")
        for (const s of it.segments) if (s.startRange || s.endRange) need(color(s.colorKey));
  });
}

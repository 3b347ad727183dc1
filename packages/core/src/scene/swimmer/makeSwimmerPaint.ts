import { colorFor, patternIndex } from "../../theme/colorFor.js";
import type { Theme } from "../../theme/theme.js";
import type { SwimmerLayout } from "../../swimmer/types.js";
import { colorKeyId, type ColorKey } from "../../layout/colorKey.js";
import { PATTERN_COUNT, type Paint } from "../paint.js";

/** The paint of a swimmer figure: colours by the patient view's keys, fades for uncertain edges. */
export function makeSwimmerPaint(layout: SwimmerLayout, theme: Theme, prefix: string): Paint {
  const color = (key: ColorKey) => colorFor(theme, colorKeyId(key));
  const fadeColors: string[] = [];
  for (const it of layout.items)
    if (it.type === "row")
      for (const s of it.segments)
        if (s.startRange || s.endRange) {
          const c = color(s.colorKey);
          if (!fadeColors.includes(c)) fadeColors.push(c);
        }
  return {
    theme,
    prefix,
    color,
    fade: (c, dir) => `url(#${prefix}-fade-${dir}-${fadeColors.indexOf(c)})`,
    pattern: (key) =>
      theme.patterns
        ? `url(#${prefix}-pattern-${patternIndex(colorKeyId(key), PATTERN_COUNT)})`
        : null,
    fadeColors,
  };
}

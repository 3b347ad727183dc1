import {
  makeSwimmerPaint,
  type Paint,
  type SwimmerLayout,
  type Theme,
} from "@oncoline/core/render";
import { colorClashFor } from "../colorClash.js";

/** The swimmer's paint (colours by the patient view's keys, fades), made by core's scene. */
export function swimmerPaint(layout: SwimmerLayout, theme: Theme, prefix: string): Paint {
  return makeSwimmerPaint(layout, theme, prefix, colorClashFor(theme));
}

import { cvdClash } from "@oncoline/core/color";
import { needsColorScience, type ColorClash, type Theme } from "@oncoline/core/render";

/**
 * How a figure tells lookalike class colours apart: the built-in themes' table (core's default),
 * or culori's colour science for a theme with colours of its own.
 */
export function colorClashFor(theme: Theme): ColorClash | undefined {
  return needsColorScience(theme) ? cvdClash : undefined;
}

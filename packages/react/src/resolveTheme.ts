import { themes, type ThemeName } from "./theme/themes.js";
import type { Theme } from "./theme/theme.js";

/** A theme by name or as data; an unknown name or no theme gives the screen theme. */
export function resolveTheme(theme: Theme | ThemeName | undefined): Theme {
  if (typeof theme === "string")
    return Object.hasOwn(themes, theme) ? themes[theme] : themes.screen;
  return typeof theme === "object" && theme !== null ? theme : themes.screen;
}

/** A safe, deterministic id prefix from a document id (core decides it with the figure). */
export { idPrefix } from "@oncoline/core/render";

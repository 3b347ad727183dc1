import { themes, type ThemeName } from "./theme/themes.js";
import type { Theme } from "./theme/theme.js";

/** A theme by name or as data. */
export function resolveTheme(theme: Theme | ThemeName | undefined): Theme {
  if (theme === undefined) return themes.screen;
  return typeof theme === "string" ? themes[theme] : theme;
}

/** A safe, deterministic id prefix from a document id. */
export function idPrefix(id: string): string {
  return `onc-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

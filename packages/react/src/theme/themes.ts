// Themes are plain data and live in @oncoline/core; re-exported here for existing imports.
export { themes, screenTheme, journalTheme, slideTheme, darkTheme } from "@oncoline/core/render";
export type { ThemeName } from "@oncoline/core/render";

// Themes are plain data and live in @oncoline/core; re-exported here for existing imports.
export type { Theme } from "@oncoline/core/render";

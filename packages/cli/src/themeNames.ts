import type { ThemeName } from "@oncoline/react";

/**
 * The built-in themes of `@oncoline/react`, listed here so that `--help` and option checks need not
 * load React (a test keeps this list equal to `Object.keys(themes)`).
 */
export const THEME_NAMES = [
  "screen",
  "journal",
  "slide",
  "dark",
] as const satisfies readonly ThemeName[];

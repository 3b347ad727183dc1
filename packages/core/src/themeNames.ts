/**
 * The names of the built-in themes, in the order pickers list them. Kept apart from the themes
 * themselves so that a command line or a form can offer and check them without loading a
 * renderer; `@oncoline/react`'s `themes` has exactly these keys (a test keeps them equal).
 */
export const THEME_NAMES = ["screen", "journal", "slide", "dark"] as const;

// Colour lookup lives in @oncoline/core with the themes; re-exported here for existing imports.
export { colorFor, patternIndex } from "@oncoline/core/render";

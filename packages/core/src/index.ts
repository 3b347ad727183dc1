// @oncoline/core public API: the render entry (dates, metrics, layouts, themes, scene; no zod) and
// the validate entry (the Zod model and parsers) together. Named exports only; see README for one
// example per export. A test checks this is exactly the union of the two entries.
export * from "./render.js";
export * from "./validate.js";

// @oncoline/core public API: the render entry (dates, metrics, layouts, themes, scene; no zod), the
// validate entry (the Zod model and parsers) and the color entry (culori's colour science for
// themes with colours of their own) together. Named exports only; see README for one example per
// export. A test checks this is exactly the union of the three entries.
export * from "./render.js";
export * from "./validate.js";
export * from "./color.js";

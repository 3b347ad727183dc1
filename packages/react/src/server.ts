// @oncoline/react/server: standalone SVG documents for Node and exports. Kept apart from the main
// entry so browser bundles of <PatientTimeline> do not carry react-dom/server.
export { renderToSVG, describeIssues } from "./renderToSVG.js";
export type { RenderOptions } from "./renderToSVG.js";
export { renderSwimmerToSVG, renderSwimmerPages } from "./swimmer/renderSwimmerToSVG.js";
export type { SwimmerRenderOptions } from "./swimmer/renderSwimmerToSVG.js";

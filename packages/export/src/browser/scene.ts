// @oncoline/export/scene: the browser downloads of a figure already drawn by core's scene (the
// swimmer element's), without the timeline's layout that @oncoline/export/browser brings.
export { exportScene, sceneFileName } from "./exportScene.js";
export type { SceneExportOptions } from "./exportScene.js";
export { download } from "./download.js";
export { EXPORT_FORMATS } from "./formats.js";
export type { ExportFormat } from "./formats.js";
export type { FigureScene } from "./figureScene.js";

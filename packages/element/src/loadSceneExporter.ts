import { lazyChunk } from "./lazyChunk.js";

/**
 * The exports of a figure already drawn (the swimmer's): a separate chunk, like the timeline's
 * (`loadExporter`) but without the timeline's layout; loaded the first time a download is asked for.
 */
export const loadSceneExporter = lazyChunk(() => import("@oncoline/export/scene"));

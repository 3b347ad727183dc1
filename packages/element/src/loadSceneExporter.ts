type SceneExporter = typeof import("@oncoline/export/scene");
let sceneExporter: Promise<SceneExporter> | null = null;

/**
 * The exports of a figure already drawn (the swimmer's): a separate chunk, like the timeline's
 * (`loadExporter`) but without the timeline's layout; loaded the first time a download is asked for.
 */
export function loadSceneExporter(): Promise<SceneExporter> {
  sceneExporter ??= import("@oncoline/export/scene").catch((e: unknown) => {
    sceneExporter = null;
    throw e;
  });
  return sceneExporter;
}

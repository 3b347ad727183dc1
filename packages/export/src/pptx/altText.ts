import type { Primitive, Scene } from "../scene/primitives.js";

/** What a screen reader gets for one drawn object: a description, or "decorative" (skipped). */
export type AltText = { descr: string } | { decorative: true } | null;

/**
 * Alt text of each primitive of a scene: the figure's title and description on its background
 * (the first primitive, when it is a rectangle covering the figure); a mark's description on each
 * shape that draws that mark; shapes that mean nothing alone (lane bands, grid lines, legend
 * swatches beside their words) are decorative. Text boxes get none: their text is read.
 */
export function altText(scene: Scene, p: Primitive, index: number): AltText {
  if (p.type === "text") return null;
  if (index === 0 && isBackground(scene, p))
    return { descr: [scene.title, scene.description].filter(Boolean).join(". ") || "Figure" };
  return p.label ? { descr: p.label } : { decorative: true };
}

const isBackground = (scene: Scene, p: Primitive) =>
  p.type === "rect" && p.x <= 0 && p.y <= 0 && p.width >= scene.width && p.height >= scene.height;

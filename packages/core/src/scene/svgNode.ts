/**
 * The figure as data: SVG elements with their attributes (SVG names, e.g. `stroke-width`), in
 * drawing order. Every position, size and colour is resolved; a renderer (React, the custom
 * element, the string serializer, PPTX) only maps nodes to its target and adds behaviour.
 */
export type SvgAttrValue = string | number | undefined;
export type SvgAttrs = Record<string, SvgAttrValue>;

export interface SvgNode {
  /**
   * An SVG element name, `#fragment` (children without an element of their own) or `#slot` (a
   * place a renderer fills: `attrs.name` names a custom layer, `children` or `focus`).
   */
  tag: string;
  attrs: SvgAttrs;
  /** Child nodes and text, in order. */
  children?: ReadonlyArray<SvgNode | string>;
  /** A stable key among siblings (renderers that diff, such as React). */
  key?: string;
}

/** Round to 2 decimals: byte-stable output. */
export const r = (v: number): number => Math.round(v * 100) / 100;

/** Build a node; attributes whose value is `undefined` are dropped by every renderer. */
export function el(
  tag: string,
  attrs: SvgAttrs,
  children?: ReadonlyArray<SvgNode | string | null | false>,
  key?: string,
): SvgNode {
  const node: SvgNode = { tag, attrs };
  if (children) {
    // Keep the caller's array when nothing is left out: renderers that diff skip it by identity.
    const kept = children.every((c) => c !== null && c !== false)
      ? (children as ReadonlyArray<SvgNode | string>)
      : children.filter((c): c is SvgNode | string => c !== null && c !== false);
    if (kept.length) node.children = kept;
  }
  if (key !== undefined) node.key = key;
  return node;
}

/** Children without an element of their own. */
export const fragment = (children: ReadonlyArray<SvgNode | string | null | false>, key?: string) =>
  el("#fragment", {}, children, key);

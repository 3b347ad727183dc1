import type { SvgAttrs, SvgNode } from "@oncoline/core/render";
import { createContext, Fragment, useContext, type MouseEvent, type ReactNode } from "react";
import { jsx } from "react/jsx-runtime";

/** React prop name of an SVG attribute: `stroke-width` → `strokeWidth`, `class` → `className`. */
function propName(attr: string): string {
  if (attr === "class") return "className";
  if (attr === "tabindex") return "tabIndex";
  if (attr.startsWith("aria-") || attr.startsWith("data-")) return attr;
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
// The scene uses a few dozen attribute names: each is converted once, not once per node.
const propNames = new Map<string, string>();

/** `attrs` as React props, in a new object (`undefined` values left out). */
function convert(attrs: SvgAttrs): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const k in attrs) {
    const v = attrs[k];
    if (v === undefined) continue;
    let name = propNames.get(k);
    if (name === undefined) propNames.set(k, (name = propName(k)));
    props[name] = v;
  }
  return props;
}

const propCache = new WeakMap<SvgAttrs, Record<string, unknown>>();
/** `attrs` as React props, converted once per attribute object. */
export function toProps(attrs: SvgAttrs): Record<string, unknown> {
  let props = propCache.get(attrs);
  if (!props) propCache.set(attrs, (props = convert(attrs)));
  return props;
}

/** Pointer handlers of the marks by mark id: a stable object, so memoized marks never re-render. */
export interface MarkApi {
  enter(markId: string, e: MouseEvent<SVGGElement>): void;
  leave(markId: string): void;
  click(markId: string): void;
}
export const MarkHandlersContext = createContext<MarkApi | null>(null);
/** What fills the scene's `#slot` nodes (custom layers, extra children). */
export const SlotsContext = createContext<Record<string, ReactNode>>({});

function Slot({ name }: { name: string }) {
  return <>{useContext(SlotsContext)[name] ?? null}</>;
}

type MarkHandlers = Record<
  "onMouseEnter" | "onMouseLeave" | "onClick",
  (e: MouseEvent<SVGGElement>) => void
>;
// One set of handlers per API, shared by every mark: each reads the mark's id from its group.
const handlerCache = new WeakMap<MarkApi, MarkHandlers>();
function markHandlers(api: MarkApi): MarkHandlers {
  let h = handlerCache.get(api);
  if (!h) {
    const id = (e: MouseEvent<SVGGElement>) => e.currentTarget.getAttribute("data-mark-id") ?? "";
    h = {
      onMouseEnter: (e) => api.enter(id(e), e),
      onMouseLeave: (e) => api.leave(id(e)),
      onClick: (e) => api.click(id(e)),
    };
    handlerCache.set(api, h);
  }
  return h;
}

/** A mark's group, with pointer handlers when the figure is interactive. */
function MarkGroup({ node }: { node: SvgNode }) {
  const api = useContext(MarkHandlersContext);
  const props = elementProps(node);
  return jsx("g", api ? { ...props, ...markHandlers(api) } : props);
}

// React elements of a child list, created once per list: a list drawn again (cached marks, a
// focus change, a zoom preview) gives React the same elements, which it skips without a look.
const childCache = new WeakMap<NonNullable<SvgNode["children"]>, ReactNode[]>();

/** The React children of a scene node's child list (text stays text). */
export function sceneChildren(nodes: SvgNode["children"]): ReactNode[] | undefined {
  if (!nodes) return undefined;
  let out = childCache.get(nodes);
  if (!out) {
    out = nodes.map((n, i) => (typeof n === "string" ? n : renderNode(n, n.key ?? `#${i}`)));
    childCache.set(nodes, out);
  }
  return out;
}

// Props of each node's React element (children included), built once per node.
const propsCache = new WeakMap<SvgNode, Record<string, unknown>>();

/** A scene node's element props: its attributes as React props, and its children. */
function elementProps(node: SvgNode): Record<string, unknown> {
  let props = propsCache.get(node);
  if (props) return props;
  props = convert(node.attrs);
  const children = node.children;
  // Text content stays direct text (one string, or a list of strings), not keyed elements.
  if (children && children.every((c) => typeof c === "string"))
    props.children = children.length === 1 ? children[0] : [...children];
  else if (children) props.children = sceneChildren(children);
  propsCache.set(node, props);
  return props;
}

const markProps = new WeakMap<SvgNode, { node: SvgNode }>();
const slotProps = new WeakMap<SvgNode, { name: string }>();
const fragmentProps = new WeakMap<SvgNode, { children: ReactNode }>();
function cached<T extends object>(cache: WeakMap<SvgNode, T>, node: SvgNode, make: () => T): T {
  let v = cache.get(node);
  if (!v) cache.set(node, (v = make()));
  return v;
}

/**
 * One scene node as a React element: a plain mapping, no geometry. Its props are built once per
 * node, so React skips a node drawn again (same props object) without comparing anything.
 */
export function renderNode(node: SvgNode, key?: string): ReactNode {
  if (node.tag === "#slot")
    return jsx(
      Slot,
      cached(slotProps, node, () => ({ name: String(node.attrs.name) })),
      key,
    );
  if (node.tag === "#fragment")
    return jsx(
      Fragment,
      cached(fragmentProps, node, () => ({ children: sceneChildren(node.children) })),
      key,
    );
  if (node.attrs["data-mark-id"] !== undefined)
    return jsx(
      MarkGroup,
      cached(markProps, node, () => ({ node })),
      key,
    );
  return jsx(node.tag as "g", elementProps(node), key);
}

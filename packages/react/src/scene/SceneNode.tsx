import type { SvgAttrs, SvgNode } from "@oncoline/core/render";
import {
  createContext,
  createElement,
  memo,
  useContext,
  type MouseEvent,
  type ReactNode,
} from "react";

/** React prop name of an SVG attribute: `stroke-width` → `strokeWidth`, `class` → `className`. */
function propName(attr: string): string {
  if (attr === "class") return "className";
  if (attr === "tabindex") return "tabIndex";
  if (attr.startsWith("aria-") || attr.startsWith("data-")) return attr;
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
// The scene uses a few dozen attribute names: each is converted once, not once per node.
const propNames = new Map<string, string>();

const propCache = new WeakMap<SvgAttrs, Record<string, unknown>>();
export function toProps(attrs: SvgAttrs): Record<string, unknown> {
  let props = propCache.get(attrs);
  if (!props) {
    props = {};
    for (const k in attrs) {
      const v = attrs[k];
      if (v === undefined) continue;
      let name = propNames.get(k);
      if (name === undefined) propNames.set(k, (name = propName(k)));
      props[name] = v;
    }
    propCache.set(attrs, props);
  }
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

/** A mark's group, with pointer handlers when the figure is interactive. */
function MarkGroup({ node }: { node: SvgNode }) {
  const api = useContext(MarkHandlersContext);
  const id = String(node.attrs["data-mark-id"]);
  const handlers = api
    ? {
        onMouseEnter: (e: MouseEvent<SVGGElement>) => api.enter(id, e),
        onMouseLeave: () => api.leave(id),
        onClick: () => api.click(id),
      }
    : {};
  return createElement(
    "g",
    { ...toProps(node.attrs), ...handlers },
    <SceneChildren nodes={node.children} />,
  );
}

/** Children of a node; memoized by array identity, so cached mark lists are skipped on re-render. */
export const SceneChildren = memo(function SceneChildren({
  nodes,
}: {
  nodes: SvgNode["children"];
}) {
  if (!nodes) return null;
  return <>{nodes.map((n, i) => (typeof n === "string" ? n : renderNode(n, n.key ?? `#${i}`)))}</>;
});

/** One scene node as a React element: a plain mapping, no geometry. */
export function renderNode(node: SvgNode, key?: string): ReactNode {
  if (node.tag === "#slot") return <Slot key={key} name={String(node.attrs.name)} />;
  if (node.tag === "#fragment") return <SceneChildren key={key} nodes={node.children} />;
  if (node.attrs["data-mark-id"] !== undefined) return <MarkGroup key={key} node={node} />;
  const children = node.children;
  // Text content stays a direct child (React would otherwise wrap nothing, but keep markup flat).
  if (children && children.every((c) => typeof c === "string"))
    return createElement(node.tag, { key, ...toProps(node.attrs) }, ...children);
  return createElement(
    node.tag,
    { key, ...toProps(node.attrs) },
    <SceneChildren nodes={children} />,
  );
}

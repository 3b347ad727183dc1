/** Items kept mounted beyond the view on each side (as React's `SwimmerPlot`'s overscan). */
export const OVERSCAN = 6;
/** From this many items (patient rows and group headers) on, only those in view are in the DOM. */
export const VIRTUALIZE_FROM = 200;

/** An item's vertical extent in figure px (the layout's `items`, in y order). */
export interface ItemBox {
  y: number;
  height: number;
}

/** Index of the first item ending below `y` (items.length when none does). */
function firstEndingBelow(items: readonly ItemBox[], y: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid]!;
    if (it.y + it.height > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Indices (ascending) of the items overlapping [top, bottom) in figure px, `overscan` more on each
 * side, and `pinned` (the keyboard's current item, -1: none) wherever it is.
 */
export function itemsInView(
  items: readonly ItemBox[],
  top: number,
  bottom: number,
  pinned = -1,
  overscan = OVERSCAN,
): number[] {
  const n = items.length;
  const first = firstEndingBelow(items, top);
  let end = first;
  while (end < n && items[end]!.y < bottom) end++;
  const lo = Math.max(0, first - overscan);
  const hi = Math.min(n, end + overscan);
  const out: number[] = [];
  if (pinned >= 0 && pinned < lo) out.push(pinned);
  for (let i = lo; i < hi; i++) out.push(i);
  if (pinned >= hi && pinned < n) out.push(pinned);
  return out;
}

/**
 * The items of a swimmer figure that are in the DOM, by index, in layout order just before
 * `anchor` (the guides, drawn over the rows). `make` draws one item through core's scene.
 */
export class MountedItems {
  readonly #nodes = new Map<number, Element>();
  readonly #anchor: Element;
  readonly #make: (index: number) => Element | null;

  constructor(anchor: Element, make: (index: number) => Element | null) {
    this.#anchor = anchor;
    this.#make = make;
  }

  /** The node of item `index`, or undefined when it is not mounted. */
  get(index: number): Element | undefined {
    return this.#nodes.get(index);
  }

  /** How many items are mounted. */
  get size(): number {
    return this.#nodes.size;
  }

  /** Mount exactly the items of `wanted` (ascending), keeping the nodes already there. */
  sync(wanted: readonly number[]): void {
    const keep = new Set(wanted);
    for (const [i, node] of this.#nodes)
      if (!keep.has(i)) {
        node.remove();
        this.#nodes.delete(i);
      }
    let next: Element = this.#anchor;
    for (let j = wanted.length - 1; j >= 0; j--) {
      const i = wanted[j]!;
      let node = this.#nodes.get(i);
      if (!node) {
        const made = this.#make(i);
        if (!made) continue;
        next.before(made);
        this.#nodes.set(i, (node = made));
      }
      next = node;
    }
  }

  /** Draw item `index` again in place (when mounted); the fresh node, or null. */
  redraw(index: number): Element | null {
    const old = this.#nodes.get(index);
    const fresh = old ? this.#make(index) : null;
    if (!old || !fresh) return null;
    old.replaceWith(fresh);
    this.#nodes.set(index, fresh);
    return fresh;
  }
}

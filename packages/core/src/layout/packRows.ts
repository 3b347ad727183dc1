/** Something to place in a lane: its horizontal footprint (mark plus label), in px. */
export interface Footprint {
  x0: number;
  x1: number;
}

/** A tiny binary min-heap of numbers keyed by `key`. */
class Heap<T> {
  private items: T[] = [];
  constructor(private key: (t: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(t: T): void {
    const a = this.items;
    a.push(t);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (this.key(a[p]!) <= this.key(a[i]!)) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.key(a[l]!) < this.key(a[m]!)) m = l;
        if (r < a.length && this.key(a[r]!) < this.key(a[m]!)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Greedy interval packing: returns a row index per item such that no two items in a row overlap
 * (with `gap` px between them). Items must come sorted by `x0`. Each item takes the lowest-numbered
 * row that is free by then (first fit), found with two heaps in O(n log rows). Nothing is ever
 * dropped: a new row opens when none is free.
 */
export function packRows(items: readonly Footprint[], gap: number): number[] {
  const busy = new Heap<{ row: number; end: number }>((b) => b.end);
  const free = new Heap<number>((r) => r);
  let rows = 0;
  return items.map((it) => {
    while (busy.size && busy.peek()!.end + gap <= it.x0) free.push(busy.pop()!.row);
    const row = free.size ? free.pop()! : rows++;
    busy.push({ row, end: it.x1 });
    return row;
  });
}

/** Something to place in a lane: its horizontal footprint (mark plus label), in px. */
export interface Footprint {
  x0: number;
  x1: number;
}

/**
 * Greedy interval packing: returns a row index per item such that no two items in a row overlap
 * (with `gap` px between them). Items must come sorted by `x0`. Each item takes the lowest-numbered
 * row that is free by then (first fit), found with two binary heaps in O(n log rows). Nothing is
 * ever dropped: a new row opens when none is free.
 *
 * The heaps live in typed arrays (no object per item): a lane may hold 100,000 marks. Which rows
 * are free when an item comes does not depend on how ties between equal ends are broken, so the
 * result is the same as with any other heap.
 */
export function packRows(items: readonly Footprint[], gap: number): number[] {
  const n = items.length;
  // Rows in use, keyed by where their last item ends: a min-heap of (end, row).
  const busyEnd = new Float64Array(n);
  const busyRow = new Int32Array(n);
  let busy = 0;
  // Rows free again: a min-heap of row numbers.
  const free = new Int32Array(n);
  let freeCount = 0;
  let rows = 0;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    while (busy > 0 && busyEnd[0]! + gap <= it.x0) {
      // Pop the row that ended first and push it onto the free heap.
      const row = busyRow[0]!;
      busy--;
      if (busy > 0) siftDownBusy(busyEnd, busyRow, busy, busyEnd[busy]!, busyRow[busy]!);
      let k = freeCount++;
      while (k > 0) {
        const p = (k - 1) >> 1;
        if (free[p]! <= row) break;
        free[k] = free[p]!;
        k = p;
      }
      free[k] = row;
    }
    let row: number;
    if (freeCount > 0) {
      row = free[0]!;
      freeCount--;
      if (freeCount > 0) siftDownFree(free, freeCount, free[freeCount]!);
    } else row = rows++;
    out[i] = row;
    // Push (x1, row) onto the busy heap.
    let k = busy++;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (busyEnd[p]! <= it.x1) break;
      busyEnd[k] = busyEnd[p]!;
      busyRow[k] = busyRow[p]!;
      k = p;
    }
    busyEnd[k] = it.x1;
    busyRow[k] = row;
  }
  return out;
}

/** Put (end, row) at the root of a busy heap of `size` entries and sift it down. */
function siftDownBusy(
  ends: Float64Array,
  rows: Int32Array,
  size: number,
  end: number,
  row: number,
): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    const m = r < size && ends[r]! < ends[l]! ? r : l;
    if (ends[m]! >= end) break;
    ends[i] = ends[m]!;
    rows[i] = rows[m]!;
    i = m;
  }
  ends[i] = end;
  rows[i] = row;
}

/** Put `row` at the root of a free heap of `size` entries and sift it down. */
function siftDownFree(heap: Int32Array, size: number, row: number): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    const m = r < size && heap[r]! < heap[l]! ? r : l;
    if (heap[m]! >= row) break;
    heap[i] = heap[m]!;
    i = m;
  }
  heap[i] = row;
}

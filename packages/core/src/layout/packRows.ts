/** Something to place in a lane: its horizontal footprint (mark plus label), in px. */
export interface Footprint {
  x0: number;
  x1: number;
}

/**
 * Greedy first-fit interval packing: returns a row index per item such that no two items in a row
 * overlap (with `gap` px between them). Items are taken in the given order, which callers sort by
 * `x0` so that rows fill left to right. Nothing is ever dropped: a new row opens when none fits.
 */
export function packRows(items: readonly Footprint[], gap: number): number[] {
  const rowEnds: number[] = [];
  return items.map((it) => {
    let row = rowEnds.findIndex((end) => end + gap <= it.x0);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(-Infinity);
    }
    rowEnds[row] = it.x1;
    return row;
  });
}

import type { Draft } from "./draft.js";

/** Drafts by x0, then document order: the order every lane is packed in. */
export const byX = (a: Draft, b: Draft): number => a.x0 - b.x0 || a.order - b.order;

/** A bucket at most this full is sorted by insertion; a fuller one (a crowded day) by `sort`. */
const SMALL_BUCKET = 32;

/**
 * Sort `drafts` in place as a stable `sort(byX)` would, in about linear time: drafts are spread
 * into as many buckets as there are, by x0 (equal x0, same bucket), in the order they came, and
 * each bucket is sorted stably. A lane of 100,000 drafts spent a tenth of the layout in `sort`.
 */
export function sortByX(drafts: Draft[]): Draft[] {
  const n = drafts.length;
  if (n <= SMALL_BUCKET) return drafts.sort(byX);
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of drafts) {
    lo = Math.min(lo, d.x0);
    hi = Math.max(hi, d.x0);
  }
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return drafts.sort(byX);
  const scale = (n - 1) / (hi - lo);
  const bucketOf = (d: Draft) => Math.min(n - 1, Math.floor((d.x0 - lo) * scale));
  // Counting sort of the drafts by bucket, keeping the order they came in within each bucket.
  const start = new Int32Array(n + 1);
  for (const d of drafts) start[bucketOf(d) + 1]!++;
  for (let b = 0; b < n; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, n);
  const spread = new Array<Draft>(n);
  for (const d of drafts) spread[next[bucketOf(d)]!++] = d;
  for (let b = 0; b < n; b++) sortRange(spread, start[b]!, start[b + 1]!);
  for (let i = 0; i < n; i++) drafts[i] = spread[i]!;
  return drafts;
}

/** Sort `a[from, to)` stably by `byX`. */
function sortRange(a: Draft[], from: number, to: number): void {
  if (to - from < 2) return;
  if (to - from > SMALL_BUCKET) {
    const sorted = a.slice(from, to).sort(byX);
    for (let i = from; i < to; i++) a[i] = sorted[i - from]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const d = a[i]!;
    let j = i - 1;
    while (j >= from && byX(a[j]!, d) > 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = d;
  }
}

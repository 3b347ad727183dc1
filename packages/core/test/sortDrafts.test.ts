import { describe, expect, it } from "vitest";
import type { Draft } from "../src/layout/draft.js";
import { byX, sortByX } from "../src/layout/sortDrafts.js";

/** A draft with only what sorting reads; `id` tells equal ones apart. */
const draft = (x0: number, order: number, id: number) =>
  ({ x0, x1: x0 + 1, order, id }) as unknown as Draft & { id: number };

/** A seeded stream of numbers in [0, 1). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("sortByX", () => {
  const cases: Array<[string, (r: () => number, i: number) => [number, number]]> = [
    ["spread out", (r) => [r() * 900, Math.floor(r() * 50)]],
    ["many ties of x and order", (r) => [Math.floor(r() * 5) * 10, Math.floor(r() * 3)]],
    ["all on one x (a crowded day)", (r) => [120, Math.floor(r() * 4)]],
    ["clustered with an outlier", (r, i) => [i === 7 ? -5000 : 300 + r() * 2, i % 5]],
  ];
  for (const [name, make] of cases)
    it(`orders drafts exactly as a stable sort by x0 and order does: ${name}`, () => {
      for (const n of [0, 1, 5, 33, 200, 3000]) {
        const r = rng(n + name.length);
        const drafts = Array.from({ length: n }, (_, i) => draft(...make(r, i), i));
        const expected = [...drafts].sort(byX).map((d) => d.id);
        expect(sortByX([...drafts]).map((d) => (d as Draft & { id: number }).id)).toEqual(expected);
      }
    });
});

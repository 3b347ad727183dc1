// The date network's shortest paths: the answer of a plain Bellman–Ford (n − 1 rounds over every
// edge), with a contradiction reported as the constraints of one negative cycle. The queue-based
// search also looks for a cycle among its predecessors as it goes, so a short contradiction ahead
// of a long chain is reported as that contradiction.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceGraph, shortestPaths } from "../src/dates/distanceGraph.js";
import type { Constraint } from "../src/dates/network.js";

type Edge = [from: number, to: number, min: number | null, max: number | null];
const constraint = ([a, b, min, max]: Edge): Constraint => ({
  from: `n${a}`,
  to: `n${b}`,
  min,
  max,
  kind: "after",
  path: `n${a}→n${b}`,
  says: "test",
});
const graph = (n: number, edges: readonly Edge[]) => {
  const cs = edges.map(constraint);
  return {
    cs,
    g: distanceGraph(
      n,
      cs,
      Int32Array.from(edges, (e) => e[0]),
      Int32Array.from(edges, (e) => e[1]),
      new Uint8Array(edges.length).fill(1),
    ),
  };
};

/** Textbook Bellman–Ford: distances, or null when a negative cycle is reachable. */
function bellmanFord(n: number, edges: readonly Edge[], source: number): number[] | null {
  const arcs: [number, number, number][] = [];
  for (const [a, b, min, max] of edges) {
    if (max !== null) arcs.push([a, b, max]);
    if (min !== null) arcs.push([b, a, -min]);
  }
  const dist = Array<number>(n).fill(Infinity);
  dist[source] = 0;
  for (let round = 0; round < n; round++)
    for (const [u, v, w] of arcs) if (dist[u]! + w < dist[v]!) dist[v] = dist[u]! + w;
  return arcs.some(([u, v, w]) => dist[u]! + w < dist[v]!) ? null : dist;
}

/** The reported constraints alone cannot all hold: a negative cycle is reachable among them. */
function contradicts(n: number, edges: readonly Edge[], cycle: readonly number[]): boolean {
  const own = cycle.map((i) => edges[i]!);
  return own.some(([a]) => bellmanFord(n, own, a) === null);
}

describe("shortestPaths", () => {
  it("agrees with a plain Bellman–Ford on random networks", () => {
    const edge = (n: number) =>
      fc.tuple(
        fc.nat(n - 1),
        fc.nat(n - 1),
        fc.option(fc.integer({ min: -5, max: 20 }), { nil: null }),
        fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }),
      );
    const net = fc
      .integer({ min: 2, max: 12 })
      .chain((n) => fc.tuple(fc.constant(n), fc.array(edge(n), { maxLength: 30 })));
    fc.assert(
      fc.property(net, ([n, edges]) => {
        const { g } = graph(n, edges);
        const got = shortestPaths(g, [0]);
        const want = bellmanFord(n, edges, 0);
        if (want === null) {
          expect(got.ok).toBe(false);
          if (!got.ok) expect(contradicts(n, edges, got.cycle)).toBe(true);
        } else {
          expect(got.ok).toBe(true);
          if (got.ok) expect([...got.dist]).toEqual(want);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reports a two-step contradiction ahead of a 20,000-step chain as those two statements", () => {
    const n = 20_002;
    // n1 is at least a day after n2 and n2 at least a day after n1; n2 → n3 → … is a long chain.
    const edges: Edge[] = [
      [0, 1, 0, 100],
      [2, 1, 1, null],
      [1, 2, 1, null],
    ];
    for (let i = 2; i < n - 1; i++) edges.push([i, i + 1, 0, null]);
    const { g } = graph(n, edges);
    const got = shortestPaths(g, [0]);
    expect(got.ok).toBe(false);
    if (!got.ok) expect([...got.cycle].sort()).toEqual([1, 2]);
  });
});

import type { Cubic, Point } from "./types.js";

/**
 * The curve of a link from `a` to `b`: a vertical S, a cubic Bézier that leaves `a` and reaches
 * `b` vertically and turns at `turn` of the way (0.5, the middle, is d3-shape's `linkVertical`).
 * Its y grows (or falls) steadily from `a` to `b`.
 */
export function linkCurve(a: Point, b: Point, turn = 0.5): Cubic {
  const my = a[1] + (b[1] - a[1]) * turn;
  return [a, [a[0], my], [b[0], my], b];
}

/** The point of a cubic at parameter `t` (0 at its start, 1 at its end). */
export function cubicAt(c: Cubic, t: number): Point {
  const u = 1 - t;
  const [w0, w1, w2, w3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [
    w0 * c[0][0] + w1 * c[1][0] + w2 * c[2][0] + w3 * c[3][0],
    w0 * c[0][1] + w1 * c[1][1] + w2 * c[2][1] + w3 * c[3][1],
  ];
}

const lerp = (p: Point, q: Point, t: number): Point => [
  p[0] + (q[0] - p[0]) * t,
  p[1] + (q[1] - p[1]) * t,
];

/** The part of a cubic between parameters `t0` and `t1`, as a cubic of its own (de Casteljau). */
export function subCubic(c: Cubic, t0: number, t1: number): Cubic {
  const split = (k: Cubic, t: number): [Cubic, Cubic] => {
    const [p0, p1, p2, p3] = k;
    const a = lerp(p0, p1, t);
    const b = lerp(p1, p2, t);
    const d = lerp(p2, p3, t);
    const e = lerp(a, b, t);
    const f = lerp(b, d, t);
    const m = lerp(e, f, t);
    return [
      [p0, a, e, m],
      [m, f, d, p3],
    ];
  };
  const tail = t0 > 0 ? split(c, t0)[1] : c;
  if (t1 >= 1) return tail;
  return split(tail, (t1 - t0) / (1 - t0))[0];
}

/** A cubic as a polyline of `n` straight steps (for hit tests; the scene draws the true curve). */
export function flattenCubic(c: Cubic, n = 48): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => cubicAt(c, i / n));
}

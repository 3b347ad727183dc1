/** A 2D affine transform `[a, b, c, d, e, f]`: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The identity transform. */
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n` applied after it (n ∘ m), in SVG's nesting order: parent.multiply(child). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** A point through a transform. */
export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** True when the transform only moves and scales (no rotation or skew). */
export const isAxisAligned = (m: Matrix): boolean => m[1] === 0 && m[2] === 0;

/** The uniform scale of a transform (the mean of its axis scales), for stroke widths and type. */
export const scaleOf = (m: Matrix): number => (Math.hypot(m[0], m[1]) + Math.hypot(m[2], m[3])) / 2;

/**
 * Parse an SVG `transform` attribute (translate, scale, rotate, skewX, skewY, matrix; any
 * sequence). Throws an Error quoting the attribute when it cannot be read.
 */
export function parseTransform(text: string | undefined): Matrix {
  if (text === undefined || text.trim() === "") return IDENTITY;
  let m: Matrix = IDENTITY;
  const re = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/gy;
  let last = 0;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    last = re.lastIndex;
    const n = hit[2]!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (n.some((v) => !Number.isFinite(v))) throw new Error(`unreadable transform '${text}'`);
    m = multiply(m, one(hit[1]!, n, text));
  }
  if (text.slice(last).trim() !== "") throw new Error(`unreadable transform '${text}'`);
  return m;
}

function one(kind: string, n: number[], text: string): Matrix {
  const [p = 0, q, r] = n;
  const rad = (p * Math.PI) / 180;
  switch (kind) {
    case "matrix":
      if (n.length !== 6) throw new Error(`unreadable transform '${text}'`);
      return n as unknown as Matrix;
    case "translate":
      return [1, 0, 0, 1, p, q ?? 0];
    case "scale":
      return [p, 0, 0, q ?? p, 0, 0];
    case "rotate": {
      const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
      const rot: Matrix = [cos, sin, -sin, cos, 0, 0];
      if (q === undefined) return rot;
      return multiply(multiply([1, 0, 0, 1, q, r ?? 0], rot), [1, 0, 0, 1, -q, -(r ?? 0)]);
    }
    case "skewX":
      return [1, 0, Math.tan(rad), 1, 0, 0];
    default:
      return [1, Math.tan(rad), 0, 1, 0, 0];
  }
}

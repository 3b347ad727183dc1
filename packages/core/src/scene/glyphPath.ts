import { UNIT_PATHS } from "./glyphPaths.data.js";
import type { Glyph } from "../layout/types.js";

/** Shape, whether it is filled, and a rotation, per glyph. Responses differ by shape as well as colour. */
type Shape = keyof typeof UNIT_PATHS | "circle" | "times" | "asterisk";

const SHAPES: Record<Glyph, { type: Shape; filled: boolean; rotate?: number }> = {
  CR: { type: "circle", filled: true },
  PR: { type: "triangle", filled: true, rotate: 180 },
  SD: { type: "square", filled: true },
  PD: { type: "triangle", filled: true },
  NE: { type: "times", filled: false },
  call: { type: "star", filled: false },
  scan: { type: "circle", filled: false },
  procedure: { type: "wye", filled: true },
  test: { type: "diamond", filled: true },
  resistance: { type: "star", filled: true },
  adverse: { type: "triangle2", filled: false },
  clinical: { type: "diamond2", filled: false },
  diagnosis: { type: "asterisk", filled: false },
  death: { type: "cross", filled: true },
  "follow-up": { type: "triangle", filled: true, rotate: 90 },
  course: { type: "square2", filled: false },
  cluster: { type: "circle", filled: true },
};

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * d3-shape 3.2.1's circle, times and asterisk symbols of `area`, as its `digits(2)` path writes
 * them (d3 is ISC-licensed): the circle's radius computed as d3 computes it, so that it rounds the
 * same way, and the two stroked symbols, whose size does not scale linearly.
 */
function computed(type: Shape, area: number): string {
  const R = round;
  if (type === "circle") {
    const r = Math.sqrt(area / Math.PI);
    return `M${R(r)},0A${R(r)},${R(r)},0,1,1,${R(-r)},0A${R(r)},${R(r)},0,1,1,${R(r)},0`;
  }
  if (type === "times") {
    const r = Math.sqrt(area - Math.min(area / 6, 1.7)) * 0.6189;
    return `M${R(-r)},${R(-r)}L${R(r)},${R(r)}M${R(-r)},${R(r)}L${R(r)},${R(-r)}`;
  }
  const r = Math.sqrt(area + Math.min(area / 28, 0.75)) * 0.59436;
  const t = r / 2;
  const u = t * Math.sqrt(3);
  return `M0,${R(r)}L0,${R(-r)}M${R(-u)},${R(-t)}L${R(u)},${R(t)}M${R(-u)},${R(t)}L${R(u)},${R(-t)}`;
}

/**
 * A unit path (diameter 1) scaled to `size`, each number rounded to 2 decimals as d3-path's
 * `digits(2)` writes it; an arc's rotation and flags (its 3rd to 5th numbers) are not lengths.
 */
function scaled(unit: string, size: number): string {
  return unit.replace(/([MLHVAZmlhvaz])([^MLHVAZmlhvaz]*)/g, (_, cmd: string, args: string) => {
    if (!args) return cmd;
    const n = args
      .split(",")
      .map((a, i) => (cmd === "A" && i >= 2 && i <= 4 ? +a : round(+a * size)));
    return cmd + n.join(",");
  });
}

const cache = new Map<string, string>();

/** SVG path data for a glyph of `size` px across, rounded to 2 decimals for byte-stable output. */
export function glyphPath(
  glyph: Glyph,
  size: number,
): { d: string; filled: boolean; rotate: number } {
  const s = SHAPES[glyph];
  const key = `${glyph}:${size}`;
  let d = cache.get(key);
  if (d === undefined) {
    // d3-shape's symbol of area π(size/2)², the area of a circle of diameter `size`.
    d =
      s.type in UNIT_PATHS
        ? scaled(UNIT_PATHS[s.type as keyof typeof UNIT_PATHS], size)
        : computed(s.type, (Math.PI * size * size) / 4);
    cache.set(key, d);
  }
  return { d, filled: s.filled, rotate: s.rotate ?? 0 };
}

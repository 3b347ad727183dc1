import svgpath from "svgpath";
import type { Matrix } from "../svg/matrix.js";
import type { Segment } from "./primitives.js";

/**
 * Path data through a transform as absolute move, line, cubic and quadratic steps (arcs become
 * cubic curves, shorthand curves are spelled out; svgpath does both). Throws an Error quoting the
 * path data when it cannot be read.
 */
export function pathSegments(d: string, m: Matrix): Segment[] {
  const path = svgpath(d)
    .matrix([...m])
    .abs()
    .unarc()
    .unshort();
  const err = (path as unknown as { err?: string }).err;
  if (err) throw new Error(`unreadable path data '${d.slice(0, 60)}': ${err}`);
  const out: Segment[] = [];
  path.iterate((s, _i, x, y) => {
    switch (s[0]) {
      case "M":
      case "L":
        out.push({ op: s[0], x: s[1], y: s[2] });
        break;
      case "H":
        out.push({ op: "L", x: s[1], y });
        break;
      case "V":
        out.push({ op: "L", x, y: s[1] });
        break;
      case "C":
        out.push({ op: "C", x1: s[1], y1: s[2], x2: s[3], y2: s[4], x: s[5], y: s[6] });
        break;
      case "Q":
        out.push({ op: "Q", x1: s[1], y1: s[2], x: s[3], y: s[4] });
        break;
      case "Z":
      case "z":
        out.push({ op: "Z" });
        break;
      default:
        throw new Error(`unexpected path step '${s[0]}' in '${d.slice(0, 60)}'`);
    }
  });
  return out;
}

/** A polygon or polyline's `points` as path data. */
export function pointsPath(points: string, close: boolean): string {
  const n = points
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < n.length; i += 2) pairs.push(`${n[i]},${n[i + 1]}`);
  return pairs.length === 0 ? "" : `M${pairs.join("L")}${close ? "Z" : ""}`;
}

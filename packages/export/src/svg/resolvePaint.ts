import { elements, type XmlElement } from "./parseSvgTree.js";
import { num } from "./svgStyle.js";

/** A colour reference resolved to a solid colour, or `null` (none, a pattern, unreadable). */
export interface ResolvedColor {
  color: string;
  opacity: number;
}

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  gray: "#808080",
  grey: "#808080",
  transparent: "none",
};

/**
 * Resolve a `fill` or `stroke` value: `#rgb`, `#rrggbb`, a few names, `none`, or `url(#id)` of a
 * gradient (its mean colour and mean opacity: PowerPoint shapes here take one solid fill).
 * Patterns resolve to `null` (the solid shape drawn beneath them carries the colour).
 * `warn` hears about values it cannot read.
 */
export function resolvePaint(
  value: string | undefined,
  defs: ReadonlyMap<string, XmlElement>,
  warn: (message: string) => void,
): ResolvedColor | null {
  const v = (value ?? "none").trim();
  if (v === "none") return null;
  const url = /^url\(\s*#([^)\s]+)\s*\)/.exec(v);
  if (url) {
    const ref = defs.get(url[1]!);
    if (ref?.name === "linearGradient" || ref?.name === "radialGradient") return gradientMean(ref);
    if (ref?.name !== "pattern") warn(`fill or stroke '${v}' refers to nothing drawable`);
    return null;
  }
  const hex = hexColor(NAMED[v.toLowerCase()] ?? v);
  if (hex === "none") return null;
  if (hex === null) {
    warn(`colour '${v}' is not a hex colour; not drawn`);
    return null;
  }
  return { color: hex, opacity: 1 };
}

/** A hex colour as `#rrggbb` (lower case), `"none"` as is, anything else null. */
export function hexColor(v: string): string | null {
  if (v === "none") return v;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v);
  if (!m) return null;
  const h = m[1]!.toLowerCase();
  return h.length === 3 ? `#${[...h].map((c) => c + c).join("")}` : `#${h}`;
}

function gradientMean(gradient: XmlElement): ResolvedColor | null {
  const stops = elements(gradient)
    .filter((s) => s.name === "stop")
    .map((s) => ({
      hex: hexColor(s.attrs["stop-color"] ?? "#000000"),
      o: num(s.attrs["stop-opacity"], 1),
    }))
    .filter((s): s is { hex: string; o: number } => s.hex !== null && s.hex !== "none");
  if (stops.length === 0) return null;
  const channel = (i: number) =>
    Math.round(
      stops.reduce((sum, s) => sum + Number.parseInt(s.hex.slice(1 + 2 * i, 3 + 2 * i), 16), 0) /
        stops.length,
    );
  const color = `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, "0")).join("")}`;
  return { color, opacity: stops.reduce((sum, s) => sum + s.o, 0) / stops.length };
}

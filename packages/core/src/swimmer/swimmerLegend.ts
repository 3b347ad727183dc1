import { colorKeyId, named, type ColorKey } from "../layout/colorKey.js";
import type { Glyph } from "../layout/types.js";
import { measureText } from "../layout/measureText.js";
import type { AlignedRow, EndKind, SwimmerLegendEntry } from "./types.js";

type Entry = Pick<SwimmerLegendEntry, "key" | "type" | "label" | "colorKey" | "glyph" | "end">;

const RESPONSE_LABELS = {
  CR: "Complete response",
  PR: "Partial response",
  SD: "Stable disease",
  PD: "Progressive disease",
  NE: "Not evaluable",
} as const;
const GLYPH_LABELS: Partial<Record<Glyph, string>> = {
  ...RESPONSE_LABELS,
  PD: "Progression",
  resistance: "Resistance detected",
};
const END_LABELS: Record<Exclude<EndKind, "event">, string> = {
  ongoing: "On treatment at last follow-up",
  censored: "Censored at last follow-up",
  death: "Death",
};

const classLabel = (c: string) =>
  c === "several" ? "Several classes in turn" : c === "other" ? "Class not stated" : c;

/** Legend entries for only what the rows draw: drug classes, response bands, glyphs, ends. */
export function swimmerLegendEntries(
  rows: readonly AlignedRow[],
  durableMonths: number,
  waterfall = false,
): Entry[] {
  const drawn = drawnKinds(rows);
  const out: Entry[] = [];
  pushMarkEntries(drawn, out);
  if (waterfall) pushWaterfallEntries(rows, out);
  pushStyleEntries(rows, durableMonths, drawn.uncertain, out);
  return out;
}

/** What the rows draw: drug classes, response bands, glyphs with their colour, ends, uncertainty. */
interface Drawn {
  classes: Set<string>;
  bands: Set<string>;
  glyphs: Map<Glyph, ColorKey>;
  ends: Map<EndKind, Entry>;
  uncertain: boolean;
}

/** Stage 1: one pass over the rows collecting what they draw. */
function drawnKinds(rows: readonly AlignedRow[]): Drawn {
  const classes = new Set<string>(); // drug classes
  const bands = new Set<string>();
  const glyphs = new Map<Glyph, ColorKey>();
  const ends = new Map<EndKind, Entry>();
  let uncertain = false;
  for (const r of rows) {
    for (const s of r.segments) {
      if (s.colorKey.kind === "class") classes.add(s.colorKey.drugClass);
      uncertain ||= s.start.lo !== s.start.hi || s.end.lo !== s.end.hi;
    }
    for (const b of r.bands) bands.add(b.code);
    for (const e of r.events) {
      if (!glyphs.has(e.glyph)) glyphs.set(e.glyph, e.colorKey);
      uncertain ||= e.at.lo !== e.at.hi;
    }
    if (r.source === "table" && r.response && !glyphs.has(r.response))
      glyphs.set(r.response, { kind: "response", code: r.response });
    if (r.end && !ends.has(r.end.kind)) {
      const e = r.end;
      ends.set(e.kind, {
        key: `end:${e.kind}`,
        type: "end",
        label: e.kind === "event" ? e.label : END_LABELS[e.kind],
        colorKey: named(e.kind === "event" && e.glyph === "resistance" ? "resistance" : "death"),
        glyph: e.glyph,
        end: e.kind,
      });
    }
  }
  return { classes, bands, glyphs, ends, uncertain };
}

/** Stage 2: entries for the marks, in a fixed order: classes, response bands, glyphs, ends. */
function pushMarkEntries({ classes, bands, glyphs, ends }: Drawn, out: Entry[]): void {
  for (const drugClass of [...classes].sort()) {
    const colorKey: ColorKey = { kind: "class", drugClass };
    const key = colorKeyId(colorKey);
    out.push({
      key,
      type: "class",
      label: classLabel(drugClass),
      colorKey,
      glyph: null,
      end: null,
    });
  }
  for (const code of ["CR", "PR", "SD", "PD", "NE"] as const)
    if (bands.has(code))
      out.push({
        key: `band:${code}`,
        type: "response",
        label: `${code} period`,
        colorKey: { kind: "response", code },
        glyph: null,
        end: null,
      });
  for (const g of ["CR", "PR", "SD", "PD", "NE", "resistance"] as const) {
    const colorKey = glyphs.get(g);
    if (colorKey)
      out.push({
        key: `glyph:${g}`,
        type: "glyph",
        label: GLYPH_LABELS[g]!,
        colorKey,
        glyph: g,
        end: null,
      });
  }
  for (const k of ["event", "ongoing", "censored", "death"] as const) {
    const e = ends.get(k);
    if (e) out.push(e);
  }
}

/** Stage 3: waterfall entries, when the figure has a waterfall panel. */
function pushWaterfallEntries(rows: readonly AlignedRow[], out: Entry[]): void {
  // Waterfall bars take the row's best response colour; only what a bar shows is listed.
  const drawn = rows.filter((r) => r.aligned && r.bestChange !== null);
  for (const code of ["CR", "PR", "SD", "PD", "NE"] as const)
    if (drawn.some((r) => r.response === code))
      out.push({
        key: `waterfall:${code}`,
        type: "waterfall",
        label: `Best % change, best response ${code}`,
        colorKey: { kind: "response", code },
        glyph: null,
        end: null,
      });
  if (drawn.some((r) => r.response === null))
    out.push({
      key: "waterfall:none",
      type: "waterfall",
      label: "Best % change, response not stated",
      colorKey: null,
      glyph: null,
      end: null,
    });
}

/** Stage 4: line-style entries: durable responses, uncertain dates. */
function pushStyleEntries(
  rows: readonly AlignedRow[],
  durableMonths: number,
  uncertain: boolean,
  out: Entry[],
): void {
  if (rows.some((r) => r.durableRun))
    out.push({
      key: "style:durable",
      type: "style",
      label: `Durable response (CR or PR ≥ ${durableMonths} months)`,
      colorKey: null,
      glyph: null,
      end: null,
    });
  if (uncertain)
    out.push({
      key: "style:uncertain",
      type: "style",
      label: "Date uncertain (range or fade)",
      colorKey: null,
      glyph: null,
      end: null,
    });
}

/** Place entries in rows across [left, right] from `top`: swatch boxes and text positions. */
export function placeSwimmerLegend(
  entries: readonly Entry[],
  left: number,
  right: number,
  top: number,
  fontSize: number,
): { entries: SwimmerLegendEntry[]; height: number } {
  const sw = fontSize * 1.4;
  const sh = fontSize * 0.9;
  const rowH = fontSize * 1.8;
  let x = left;
  let y = top + rowH / 2;
  const placed = entries.map((e) => {
    const w = sw + 6 + measureText(e.label, fontSize) + fontSize * 1.5;
    if (x + w > right && x > left) [x, y] = [left, y + rowH];
    // A response period is a thin band inside a bar: its swatch is as thin.
    const h = e.type === "response" ? Math.max(2, sh * 0.3) : sh;
    const entry: SwimmerLegendEntry = {
      ...e,
      swatch: { x, y: y - h / 2, width: sw, height: h },
      textX: x + sw + 6,
      textY: y + fontSize * 0.35,
    };
    x += w;
    return entry;
  });
  return { entries: placed, height: entries.length ? y - top + rowH / 2 : 0 };
}

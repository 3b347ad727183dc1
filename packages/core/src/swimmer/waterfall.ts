import type { ColorKey } from "../layout/colorKey.js";
import { measureText, truncateText } from "../layout/measureText.js";
import type { AlignedRow, SwimmerWaterfall, SwimWaterfallBar } from "./types.js";

/** RECIST 1.1 thresholds of the target-lesion sum: −30 % partial response, +20 % progression. */
export const WATERFALL_REFS = [-30, 20] as const;
/** The largest % change the panel's scale reaches; a larger value runs to the edge. */
const MAX_SCALE = 500;

/** The panel's horizontal frame: edges, zero and the scale from % change to x. */
export interface WaterfallFrame {
  x0: number;
  x1: number;
  domain: [number, number];
  x: (v: number) => number;
}

/** How wide the panel is for a figure of `width` px at `fontSize`. */
export const waterfallWidth = (width: number, fontSize: number) =>
  Math.max(fontSize * 7, Math.min(width * 0.18, fontSize * 12));

/** −100 % to the largest value rounded up to 20 (at least +20, at most +500). */
export function waterfallFrame(
  rows: readonly AlignedRow[],
  x0: number,
  x1: number,
): WaterfallFrame {
  const values = rows.flatMap((r) => (r.bestChange === null ? [] : [r.bestChange]));
  const lo = Math.min(-100, ...values.map((v) => Math.floor(v / 20) * 20));
  const hi = Math.min(MAX_SCALE, Math.max(20, ...values.map((v) => Math.ceil(v / 20) * 20)));
  const clamp = (v: number) => Math.max(lo, Math.min(hi, v));
  return { x0, x1, domain: [lo, hi], x: (v) => x0 + ((clamp(v) - lo) / (hi - lo)) * (x1 - x0) };
}

const pct = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v)}%`;

/** One row's bar: from 0 to its best % change, or "NR" when the source states none. */
export function waterfallBar(
  row: AlignedRow,
  wf: WaterfallFrame,
  cy: number,
  barHeight: number,
  fontSize: number,
): SwimWaterfallBar {
  const zeroX = wf.x(0);
  const v = row.bestChange;
  if (v === null)
    return {
      value: null,
      x: zeroX,
      x2: zeroX,
      y: cy - barHeight / 2,
      height: barHeight,
      colorKey: null,
      // Centred between −100 % and the −30 % line, where no line runs (text-anchor middle).
      text: { text: "NR", x: wf.x(-65), y: cy + fontSize * 0.35 },
      description: "best % change of the target lesions not reported",
    };
  const x = wf.x(v);
  const colorKey: ColorKey | null = row.response ? { kind: "response", code: row.response } : null;
  return {
    value: v,
    x: Math.min(x, zeroX),
    x2: Math.max(x, zeroX, Math.min(x, zeroX) + 1), // a 0 % change stays visible as a hairline
    y: cy - barHeight / 2,
    height: barHeight,
    colorKey,
    text: null,
    description: `best change of the target lesions ${pct(v)}${v < wf.domain[0] || v > wf.domain[1] ? " (beyond the scale)" : ""}`,
  };
}

/** The panel: zero and reference lines across the rows, axis ticks whose labels do not touch, title. */
export function waterfallPanel(
  wf: WaterfallFrame,
  rowsTop: number,
  rowsBottom: number,
  axis: { y: number; tickLabelY: number; titleY: number },
  fontSize: number,
  labelY: number,
): SwimmerWaterfall {
  const [lo, hi] = wf.domain;
  const wanted = [0, ...WATERFALL_REFS, lo, hi];
  const placed: Array<{ value: number; x: number; label: string }> = [];
  for (const value of wanted) {
    if (placed.some((t) => t.value === value)) continue;
    const x = wf.x(value);
    const label = value === 0 ? "0" : pct(value).replace("%", "");
    const half = measureText(label, fontSize) / 2 + fontSize * 0.3;
    const touches = placed.some(
      (t) => Math.abs(t.x - x) < half + measureText(t.label, fontSize) / 2,
    );
    if (!touches) placed.push({ value, x, label });
  }
  return {
    x0: wf.x0,
    x1: wf.x1,
    zeroX: wf.x(0),
    domain: wf.domain,
    y1: rowsTop,
    y2: rowsBottom,
    refs: WATERFALL_REFS.map((value, i) => {
      const x = wf.x(value);
      // Labelled over the rows like the landmarks; the second is left empty if they would touch.
      const small = fontSize * 0.9;
      const other = wf.x(WATERFALL_REFS[1 - i]!);
      const room = Math.abs(other - x) - measureText(`${pct(value)}`, small) - fontSize * 0.3;
      return { value, x, label: i === 1 && room < 0 ? "" : pct(value), labelY };
    }),
    axisY: axis.y,
    tickSize: 5,
    tickLabelY: axis.tickLabelY,
    ticks: placed.sort((a, b) => a.value - b.value),
    title: {
      text: truncateText("Best % change", wf.x1 - wf.x0 + fontSize, fontSize),
      x: (wf.x0 + wf.x1) / 2,
      y: axis.titleY,
    },
  };
}

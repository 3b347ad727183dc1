import type { NormalizedEvent } from "../model/normalized.js";
import type { LabValue } from "../model/events/lab.js";
import { formatLabValue, formatWhen } from "./format.js";
import { lazyDraft, perLayout, UNPLACED_BOUNDS, type Draft, type DraftContext } from "./draft.js";
import { footprintWithLabel, placeLabelOrAbove, type PlacedLabel } from "./placeLabel.js";
import { placeDate, type PlacedDate } from "./placeDate.js";
import type { TimeAxis } from "./timeAxis.js";
import type { LabScaleOption } from "./layoutOptions.js";
import type { LabScale, SeriesMark } from "./types.js";

/** Rows a lab track spans. */
export const SERIES_ROWS = 2;

type LabEvent = Extract<NormalizedEvent, { kind: "lab" }>;
type SeriesPoint = SeriesMark["points"][number];

/** A value of the series that lies on the axis: its index in `values` and where it is drawn. */
interface ShownValue {
  i: number;
  p: PlacedDate;
}

/**
 * A lab series' draft: its footprint, label included. The track itself (a small line chart, its
 * points' texts, its reference band) is built only if the draft is drawn (`drawnMark`): most
 * tracks of a very large timeline are merged into clusters. `stated` is the event with the dates
 * its source gave, for the texts (default `e`).
 */
export function seriesDraft(
  e: LabEvent,
  axis: TimeAxis,
  ctx: DraftContext,
  stated: LabEvent = e,
): Draft | null {
  const shown = shownValues(e, axis);
  if (shown.length === 0) return null;
  const { x0, x1 } = shownExtent(shown);
  const { label, above } = seriesLabel(e, shown, x0, x1, ctx, scaleOf(e, shown, ctx.labScale));
  const fp = footprintWithLabel(x0, x1, label, above);
  const rows = SERIES_ROWS + (above ? 1 : 0);
  const head = {
    lane: "lab" as const,
    type: "series" as const,
    kind: "lab" as const,
    eventId: e.id,
    uncertain: shown.some((x) => x.p.uncertain),
    anchor: shown[0]!.p.x,
  };
  // The texts read the dates as stated: `stated` itself when it is another event (layoutTimeline
  // sets it as the draft's `describe` too); else one builder per layout, so no closure per track.
  if (stated !== e)
    return lazyDraft(head, fp, rows, e.index, false, () => buildSeries(e, stated, axis, ctx));
  return lazyDraft(head, fp, rows, e.index, false, seriesBuilder(axis, ctx), e);
}

/** What makes a drawn track whose dates are as stated, once per layout (by its draft context). */
const builders = new WeakMap<DraftContext, (d: Draft) => SeriesMark>();
function seriesBuilder(axis: TimeAxis, ctx: DraftContext): (d: Draft) => SeriesMark {
  return perLayout(builders, axis, ctx, makeSeriesBuilder);
}

function makeSeriesBuilder(axis: TimeAxis, ctx: DraftContext): (d: Draft) => SeriesMark {
  return (d) => buildSeries(d.source as LabEvent, d.source as LabEvent, axis, ctx);
}

/** Left and right edge of the shown values (their windows included). */
function shownExtent(shown: readonly ShownValue[]): { x0: number; x1: number } {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const { p } of shown) {
    x0 = Math.min(x0, p.range?.x0 ?? p.x);
    x1 = Math.max(x1, p.range?.x1 ?? p.x);
  }
  return { x0, x1 };
}

/**
 * The track of a drawn lab series: y values relative to its top (0) and its height; the
 * orchestrator shifts them once the track's row is known.
 */
function buildSeries(e: LabEvent, stated: LabEvent, axis: TimeAxis, ctx: DraftContext): SeriesMark {
  const shown = shownValues(e, axis);
  const height = ctx.rowHeight * SERIES_ROWS;
  const kind = scaleOf(e, shown, ctx.labScale);
  const scale = valueScale(e, shown, height, kind);
  const points = seriesPoints(e, shown, scale.y, height);
  const { x0, x1 } = shownExtent(shown);
  const { label, above } = seriesLabel(e, shown, x0, x1, ctx, kind);
  const shift = above ? ctx.rowHeight : 0;
  for (const p of points) p.y += shift;
  const mark = seriesMark(e, shown, points, label, scale, height + shift, shift, ctx);
  writeSeriesTexts(mark, e, stated, shown);
  return mark;
}

/** The texts of a drawn track's points: each value (as placed) and when it was taken (as stated). */
function writeSeriesTexts(
  mark: SeriesMark,
  e: LabEvent,
  stated: LabEvent,
  shown: readonly ShownValue[],
) {
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k]!.i;
    const when = formatWhen(stated.dates[valueKey(i)]!);
    const note = e.values[i]!.note ? `: ${e.values[i]!.note}` : "";
    mark.points[k]!.text = `${formatLabValue(e.values[i]!, e.unit)} (${when})${note}`;
  }
}

/** `values[i]`, the key of a value's date, made once per index rather than once per value read. */
const VALUE_KEYS: string[] = [];
const valueKey = (i: number): string => (VALUE_KEYS[i] ??= `values[${i}]`);

/** The values that lie on the axis, in order. */
function shownValues(e: LabEvent, axis: TimeAxis): ShownValue[] {
  const shown: ShownValue[] = [];
  for (let i = 0; i < e.values.length; i++) {
    const p = placeDate(e.dates[valueKey(i)]!, axis);
    if (p !== null) shown.push({ i, p });
  }
  // Drawn in time order: a line through values as listed would run backwards where a list is not
  // in time order (values stated by window, or grouped by what they showed).
  return shown.sort((a, b) => a.p.x - b.p.x || a.i - b.i);
}

/** The values' extent (with the reference range) and their map onto the track. */
interface ValueScale {
  kind: LabScale;
  lo: number;
  hi: number;
  y: (v: number) => number;
}

/** How many times the smallest value the largest must be for `labScale: "auto"` to choose log. */
export const LOG_SCALE_RATIO = 100;

/**
 * The scale a track is drawn on. `"auto"`: logarithmic when its values span at least two orders
 * of magnitude (a tumour marker falling from 1,840 to 12 and rising again to 410), where a linear
 * track would flatten every value but the largest; else linear. A log scale needs every value
 * above 0 and two of them, whatever was asked: otherwise the track is linear.
 */
function scaleOf(e: LabEvent, shown: readonly ShownValue[], asked: LabScaleOption): LabScale {
  if (asked === "linear") return "linear";
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (const s of shown) {
    const v = e.values[s.i]!.value;
    if (v === undefined) continue;
    if (!(v > 0)) return "linear";
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
    n++;
  }
  if (n < 2) return "linear";
  return asked === "log" || hi >= lo * LOG_SCALE_RATIO ? "log" : "linear";
}

/**
 * Map of the values (and the reference range) onto the track, inline: no d3 scale each. Linear
 * from 0; logarithmic from the smallest value (or the range's positive low end) to the largest.
 */
function valueScale(e: LabEvent, shown: ShownValue[], height: number, kind: LabScale): ValueScale {
  const ref = e.referenceRange;
  const log = kind === "log";
  let lo = log ? Infinity : 0;
  let hi = -Infinity;
  const see = (v: number) => {
    if (log && !(v > 0)) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  for (const s of shown) {
    const v = e.values[s.i]!.value;
    if (v !== undefined) see(v);
  }
  if (ref?.low !== undefined) see(ref.low);
  if (ref?.high !== undefined) see(ref.high);
  if (log) {
    // Values above 0 (scaleOf), so lo and hi are too; 0 (a range "below 35") sits on the floor.
    const a = Math.log(lo);
    const span = Math.log(hi) - a || 1;
    const y = (v: number) =>
      v > 0 ? height - 4 - ((Math.log(v) - a) / span) * (height - 8) : height - 4;
    return { kind, lo, hi, y };
  }
  const top = hi === lo ? lo + 1 : hi;
  return { kind, lo, hi, y: (v: number) => height - 4 - ((v - lo) / (top - lo)) * (height - 8) };
}

/**
 * The points of the line; a value stated only in words ("normalized") sits on the floor beside
 * numbers, and in the middle of a track with no numbers at all (level with its label).
 */
function seriesPoints(
  e: LabEvent,
  shown: ShownValue[],
  y: (v: number) => number,
  height: number,
): SeriesPoint[] {
  const words = shown.every(({ i }) => e.values[i]!.value === undefined);
  const floor = words ? height / 2 : height - 4;
  return shown.map(({ i, p }) => {
    const v = e.values[i]!;
    return {
      x: p.x,
      y: v.value === undefined ? floor : y(v.value),
      value: v.value ?? null,
      range: p.range,
      text: "",
      // A bound is drawn by its direction: ≤ as <, ≥ as >.
      ...(v.qualifier && v.value !== undefined ? { qualifier: v.qualifier[0] as "<" | ">" } : {}),
    };
  });
}

/**
 * Static figures have no tooltips: the label gives the first and the last value shown, beside the
 * line, or, with no room beside, on a row of its own above the track.
 */
function seriesLabel(
  e: LabEvent,
  shown: ShownValue[],
  x0: number,
  x1: number,
  ctx: DraftContext,
  scale: LabScale,
): PlacedLabel {
  const first = e.values[shown[0]!.i]!;
  const last = e.values[shown[shown.length - 1]!.i]!;
  const log = scale === "log" ? ", log scale" : "";
  const text =
    shown.length > 1
      ? `${e.analyte} ${formatLabValue(first, e.unit)} → ${formatLabValue(last, e.unit)} (${[...extremes(e, shown, first, last), `${shown.length} values${log}`].join("; ")})`
      : `${e.analyte}${last.value === undefined ? ":" : ""} ${formatLabValue(last, e.unit)}`;
  return placeLabelOrAbove(text, {
    x0,
    x1: x1 + 4,
    inside: null,
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  });
}

/**
 * A peak above both ends and a nadir below both, when the line between them hides one: "peak
 * 25 ng/mL" of a CEA that rose and fell back, "nadir 0.2 ng/mL" of a PSA that fell and rose.
 */
function extremes(e: LabEvent, shown: ShownValue[], first: LabValue, last: LabValue): string[] {
  let hi: LabValue | undefined;
  let lo: LabValue | undefined;
  for (const { i } of shown) {
    const v = e.values[i]!;
    if (v.value === undefined || v.qualifier) continue;
    if (hi === undefined || v.value > hi.value!) hi = v;
    if (lo === undefined || v.value < lo.value!) lo = v;
  }
  const ends = [first.value, last.value].filter((x): x is number => x !== undefined);
  if (ends.length < 2) return [];
  const out: string[] = [];
  if (hi && hi.value! > Math.max(...ends)) out.push(`peak ${formatLabValue(hi, e.unit)}`);
  if (lo && lo.value! < Math.min(...ends)) out.push(`nadir ${formatLabValue(lo, e.unit)}`);
  return out;
}

/** The series mark itself, its reference band shifted with the line. */
function seriesMark(
  e: LabEvent,
  shown: ShownValue[],
  points: SeriesPoint[],
  label: SeriesMark["label"],
  scale: ValueScale,
  height: number,
  shift: number,
  ctx: DraftContext,
): SeriesMark {
  const ref = e.referenceRange;
  return {
    type: "series",
    id: e.id,
    eventId: e.id,
    kind: "lab",
    lane: "lab",
    row: 0,
    label,
    description: "", // written once the mark is drawn (layoutTimeline)
    uncertain: shown.some((x) => x.p.uncertain),
    colorKey: { kind: "lab", analyte: e.analyte },
    bounds: UNPLACED_BOUNDS,
    points,
    y: 0,
    height,
    refBand:
      ref && (ref.low !== undefined || ref.high !== undefined)
        ? {
            x0: ctx.plotX0,
            x1: ctx.plotX1,
            y0: scale.y(ref.high ?? scale.hi) + shift,
            y1: scale.y(ref.low ?? scale.lo) + shift,
          }
        : null,
    unit: e.unit ?? "",
    scale: scale.kind,
  };
}

import { named } from "../layout/colorKey.js";
import { waterfallBar, type WaterfallFrame } from "./waterfall.js";
import { truncateText } from "../layout/measureText.js";
import type { XRange } from "../layout/types.js";
import { dayMid } from "./dayRange.js";
import type { DayAxis } from "./swimmerAxis.js";
import type {
  AlignedRow,
  DayRange,
  SwimEnd,
  SwimGlyph,
  SwimSegment,
  SwimmerRowLayout,
} from "./types.js";

/** The horizontal room of a row and the type size: everything `rowGeometry` needs besides the row. */
export interface RowFrame {
  axis: DayAxis;
  fontSize: number;
  rowHeight: number;
  barHeight: number;
  glyphSize: number;
  /** Right edge of the row labels, and the label column's width. */
  labelRight: number;
  labelWidth: number;
  plotX0: number;
  plotX1: number;
  /** Left edge and width of the column after the plot (table rows), or null. */
  afterX: number | null;
  afterWidth: number;
  /** The durable-response threshold, for the row's description. */
  durableMonths: number;
  /** The waterfall panel's frame (option `waterfall`), or null. */
  waterfall: WaterfallFrame | null;
}

/** Fade length drawn after an end that is not stated. */
const OPEN_FADE_EM = 2;
/** At most this many glyph tracks in a row (centre, above, below). */
const TRACKS = [0, -1, 1] as const;

const clampX = (f: RowFrame, x: number) =>
  Math.max(f.plotX0 - f.fontSize, Math.min(f.plotX1 + f.fontSize, x));
const px = (f: RowFrame, d: number) => clampX(f, f.axis.x(d));

function rangePx(f: RowFrame, r: DayRange): XRange | null {
  if (r.lo === null || r.hi === null || r.lo === r.hi) return null;
  return { x0: px(f, r.lo), x1: px(f, r.hi) };
}

function rangeOrOpen(f: RowFrame, r: DayRange): XRange {
  return { x0: r.lo === null ? f.plotX0 : px(f, r.lo), x1: r.hi === null ? f.plotX1 : px(f, r.hi) };
}

/** Segments packed into tracks when they overlap (a drug added to a running one), each a thinner bar. */
function segmentGeometry(row: AlignedRow, f: RowFrame, cy: number): SwimSegment[] {
  const spans = row.segments.map((s) => {
    const start = s.start.lo ?? s.start.hi ?? 0;
    const endKnown = s.end.hi ?? s.end.lo;
    const x = px(f, start);
    const x2 =
      s.end.hi === null
        ? clampX(f, px(f, endKnown ?? start) + OPEN_FADE_EM * f.fontSize)
        : px(f, endKnown!);
    return { s, x, x2: Math.max(x2, x + 2) };
  });
  // One segment (the usual row) needs no packing: one track.
  const trackEnds: number[] = [];
  const tracks =
    spans.length === 1
      ? [{ i: 0, t: 0 }]
      : spans
          .map((sp, i) => ({ sp, i }))
          .sort((a, b) => a.sp.x - b.sp.x || a.i - b.i)
          .map(({ sp, i }) => {
            let t = trackEnds.findIndex((end) => end <= sp.x + 0.5);
            if (t < 0) t = trackEnds.push(0) - 1;
            trackEnds[t] = sp.x2;
            return { i, t };
          })
          .sort((a, b) => a.i - b.i);
  const n = Math.max(1, trackEnds.length);
  const h = f.barHeight / n;
  return spans.map(({ s, x, x2 }, i) => {
    const startRange = rangePx(f, s.start);
    const endRange =
      s.end.hi === null ? { x0: px(f, s.end.lo ?? s.start.hi ?? 0), x1: x2 } : rangePx(f, s.end);
    const solidX0 = startRange ? startRange.x1 : x;
    const solidX1 = endRange ? endRange.x0 : x2;
    return {
      id: s.id,
      eventId: s.eventId,
      x,
      x2,
      y: cy - f.barHeight / 2 + tracks[i]!.t * h,
      height: h,
      colorKey: s.colorKey,
      solid: solidX1 > solidX0 ? { x0: solidX0, x1: solidX1 } : null,
      startRange,
      endRange,
      label: s.label,
      description: s.description,
    };
  });
}

/** Glyphs at the middle of their date range; when two would touch, the later one moves up or down, never sideways. */
function glyphGeometry(row: AlignedRow, f: RowFrame, cy: number): SwimGlyph[] {
  const n = row.events.length;
  if (n === 0) return [];
  const lastX = [-Infinity, -Infinity, -Infinity];
  const xs = new Float64Array(n);
  const order: number[] = new Array<number>(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    xs[i] = px(f, dayMid(row.events[i]!.at) ?? 0);
    order[i] = i;
    if (i > 0 && xs[i]! < xs[i - 1]!) sorted = false;
  }
  if (!sorted) order.sort((a, b) => xs[a]! - xs[b]! || a - b);
  const out: SwimGlyph[] = [];
  for (const i of order) {
    const e = row.events[i]!;
    const x = xs[i]!;
    // The first track with room, else the one whose last glyph is furthest left.
    let t = -1;
    for (let k = 0; k < 3; k++)
      if (x - lastX[k]! >= f.glyphSize) {
        t = k;
        break;
      }
    if (t < 0) {
      t = 0;
      for (let k = 1; k < 3; k++) if (lastX[k]! < lastX[t]!) t = k;
    }
    lastX[t] = x;
    out.push({
      id: e.id,
      eventId: e.eventId,
      glyph: e.glyph,
      colorKey: e.colorKey,
      x,
      y: cy + TRACKS[t]! * f.glyphSize * 0.6,
      size: f.glyphSize,
      range: rangePx(f, e.at),
      day: e.at,
      description: e.description,
    });
  }
  return out;
}

function endGeometry(row: AlignedRow, f: RowFrame, cy: number): SwimEnd | null {
  const e = row.end;
  if (!e) return null;
  const x = px(f, dayMid(e.at) ?? 0);
  const a = f.barHeight / 2 + 1;
  if (e.kind === "ongoing")
    return {
      kind: e.kind,
      x,
      y: cy,
      size: f.glyphSize,
      description: e.description,
      points: [
        [x, cy - a],
        [x + f.fontSize * 0.7, cy],
        [x, cy + a],
      ],
      closed: true,
      glyph: null,
      colorKey: named("death"),
    };
  if (e.kind === "censored")
    return {
      kind: e.kind,
      x,
      y: cy,
      size: f.glyphSize,
      description: e.description,
      points: [
        [x, cy - a - 2],
        [x, cy + a + 2],
      ],
      closed: false,
      glyph: null,
      colorKey: named("death"),
    };
  // Key order as the spread of the shared fields wrote it (size among them, then replaced).
  return {
    kind: e.kind,
    x,
    y: cy,
    size: f.glyphSize * 1.1,
    description: e.description,
    points: [],
    closed: false,
    glyph: e.glyph,
    colorKey: named(e.glyph === "resistance" ? "resistance" : "death"),
  };
}

function describeRow(row: AlignedRow, f: RowFrame): string {
  const { durableMonths } = f;
  // Empty parts are left out.
  const parts: string[] = [];
  const add = (p: string | null | undefined) => {
    if (p) parts.push(p);
  };
  for (const s of row.segments) add(s.description);
  for (const e of row.events) add(e.description);
  if (row.durableRun) add(`durable response (CR or PR for at least ${durableMonths} months)`);
  add(row.end?.description);
  if (f.waterfall)
    add(
      row.bestChange === null
        ? "best % change of the target lesions not reported"
        : `best change of the target lesions ${row.bestChange > 0 ? "+" : row.bestChange < 0 ? "−" : ""}${Math.abs(row.bestChange)}%`,
    );
  if (row.after) add(`after: ${row.after}`);
  add(row.note);
  return parts.join("; ");
}

/** A row's texts that no domain changes, with what each was computed for. */
interface RowTexts {
  detailsFor: string;
  details: string;
  labelFor: string;
  label: string;
  afterFor: string;
  after: string | null;
}

/**
 * Per row, its texts for the last frame it was laid out in: a re-layout for another domain (zoom,
 * pan) reuses them instead of describing and measuring every row again. Keyed by the row object,
 * so a cohort aligned again starts afresh and a dropped one is collected.
 */
const rowTexts = new WeakMap<AlignedRow, RowTexts>();

function textsOf(row: AlignedRow): RowTexts {
  let t = rowTexts.get(row);
  if (!t) {
    t = { detailsFor: "", details: "", labelFor: "", label: "", afterFor: "", after: null };
    rowTexts.set(row, t);
  }
  return t;
}

/** `describeRow`, remembered for the row while the durable threshold and the waterfall stay. */
function rowDetails(row: AlignedRow, f: RowFrame): string {
  const t = textsOf(row);
  const key = `${f.durableMonths}|${f.waterfall ? 1 : 0}`;
  if (t.detailsFor !== key) [t.detailsFor, t.details] = [key, describeRow(row, f)];
  return t.details;
}

/** The row label shortened to the label column, remembered while the column's width stays. */
function rowLabel(row: AlignedRow, f: RowFrame): string {
  const t = textsOf(row);
  const key = `${f.labelWidth}|${f.fontSize}`;
  if (t.labelFor !== key)
    [t.labelFor, t.label] = [key, truncateText(row.label, f.labelWidth, f.fontSize)];
  return t.label;
}

/** The after-text shortened to its column (or null), remembered while the column's width stays. */
function rowAfter(row: AlignedRow, f: RowFrame): string | null {
  const t = textsOf(row);
  const key = `${f.afterX === null ? "-" : f.afterWidth - f.glyphSize - 6}|${f.fontSize}`;
  if (t.afterFor !== key)
    [t.afterFor, t.after] = [
      key,
      row.after && f.afterX !== null
        ? truncateText(row.after, f.afterWidth - f.glyphSize - 6, f.fontSize)
        : null,
    ];
  return t.after;
}

/** The durable-response bracket: above the bar, over the whole response, ticks down to the bar. */
function durableGeometry(
  row: AlignedRow,
  f: RowFrame,
  cy: number,
): SwimmerRowLayout["durableMark"] {
  const run = row.durableRun;
  if (!run) return null;
  const x = px(f, run.start.lo ?? run.start.hi ?? 0);
  const x2 = px(f, dayMid(run.end) ?? dayMid(run.start) ?? 0);
  const top = cy - f.barHeight / 2;
  return {
    eventId: run.eventId,
    x,
    x2: Math.max(x2, x + 2),
    y: top - Math.max(3, f.fontSize * 0.3),
    tickY: top,
  };
}

/** Response bands: thin bars through the middle of the row, one per response period. */
function bandGeometry(row: AlignedRow, f: RowFrame, cy: number): SwimmerRowLayout["bands"] {
  const bandH = Math.max(2, f.barHeight * 0.3);
  return row.bands.map((b) => {
    const x = px(f, b.start.lo ?? b.start.hi ?? 0);
    const x2 = px(f, dayMid(b.end) ?? dayMid(b.start) ?? 0);
    return {
      id: b.id,
      eventId: b.eventId,
      code: b.code,
      colorKey: { kind: "response" as const, code: b.code },
      x,
      x2: Math.max(x2, x + 2),
      y: cy - bandH / 2,
      height: bandH,
      description: b.description,
    };
  });
}

/** The text after the time axis (table rows: a best-response glyph, then later regimens). */
function afterGeometry(
  row: AlignedRow,
  f: RowFrame,
  cy: number,
  baseline: number,
): SwimmerRowLayout["after"] {
  const afterText = rowAfter(row, f);
  const afterGlyph: SwimGlyph | null =
    f.afterX !== null && row.source === "table" && row.response
      ? {
          id: `${row.id}#response`,
          eventId: row.id,
          glyph: row.response,
          colorKey: { kind: "response", code: row.response },
          x: f.afterX + f.glyphSize / 2,
          y: cy,
          size: f.glyphSize,
          range: null,
          day: { lo: null, hi: null },
          description: `Best response ${row.response} (date not stated)`,
        }
      : null;
  return afterText !== null && f.afterX !== null
    ? {
        text: afterText,
        full: row.after!,
        x: f.afterX + f.glyphSize + 6,
        y: baseline,
        glyph: afterGlyph,
      }
    : null;
}

/** One patient row in px at `y`: bars, bands, glyphs, end, follow-up line, label and margin text. */
export function rowGeometry(
  row: AlignedRow,
  index: number,
  y: number,
  f: RowFrame,
  group: string | null,
): SwimmerRowLayout {
  const cy = y + f.rowHeight / 2;
  const baseline = cy + f.fontSize * 0.35;
  const segments = segmentGeometry(row, f, cy);
  const glyphs = glyphGeometry(row, f, cy);
  const end = endGeometry(row, f, cy);
  const barEnd = Math.max(...segments.map((s) => s.x2), -Infinity);
  const bands = bandGeometry(row, f, cy);
  const details = rowDetails(row, f);
  const message =
    !row.aligned || (segments.length === 0 && row.note) ? (row.note ?? "not aligned") : null;
  return {
    type: "row",
    id: row.id,
    index,
    y,
    height: f.rowHeight,
    cy,
    label: {
      text: rowLabel(row, f),
      full: row.label,
      x: f.labelRight,
      y: baseline,
    },
    anchorRange: row.anchorRange
      ? { ...rangeOrOpen(f, row.anchorRange), y: cy + f.barHeight / 2 + 2 }
      : null,
    followUp: end && segments.length && end.x > barEnd + 1 ? { x: barEnd, x2: end.x, y: cy } : null,
    segments,
    bands,
    glyphs,
    end,
    after: afterGeometry(row, f, cy, baseline),
    message: message ? { text: message, x: f.plotX0 + 4, y: baseline } : null,
    aligned: row.aligned,
    durable: row.durable,
    durableMark: durableGeometry(row, f, cy),
    waterfall:
      f.waterfall && row.aligned
        ? waterfallBar(row, f.waterfall, cy, f.barHeight, f.fontSize)
        : null,
    description: `${row.label}. ${details}`,
    details,
    group,
  };
}

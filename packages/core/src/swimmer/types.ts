import type { ColorKey } from "../layout/colorKey.js";
import type { ResponseCode } from "../model/common.js";
import type { Glyph, Tick, XRange } from "../layout/types.js";

/** A span of days from the anchor: `lo`/`hi` are the earliest and latest it may be (`null` = open). */
export interface DayRange {
  lo: number | null;
  hi: number | null;
}

/** Where a row's time zero is (the anchor every row is aligned on). */
export type SwimmerAnchor =
  | { kind: "diagnosis" }
  | { kind: "line"; line: number }
  | { kind: "class"; drugClass: string }
  | { kind: "event"; eventKind: string };

/** A segment of a row before geometry: a therapy course, or a table row's stated interval. */
export interface AlignedSegment {
  id: string;
  /** The therapy event it draws, or null for a table row's interval. */
  eventId: string | null;
  start: DayRange;
  end: DayRange;
  /** Same keys as the patient view (a drug class). */
  colorKey: ColorKey;
  label: string;
  ongoing: boolean;
  /** The end is not stated (fades out). */
  openEnd: boolean;
  description: string;
}

/** A response period drawn as an inner band: from a response call to the next call or the course end. */
export interface AlignedBand {
  id: string;
  eventId: string;
  code: ResponseCode;
  start: DayRange;
  end: DayRange;
  description: string;
}

/** A dated moment of a row: a response call, progression, resistance. */
export interface AlignedEvent {
  id: string;
  eventId: string;
  at: DayRange;
  glyph: Glyph;
  colorKey: ColorKey;
  description: string;
}

/** How a row ends. */
export type EndKind = "ongoing" | "censored" | "death" | "event";

/** The row's end: still on treatment, alive at last follow-up, death, or the table's event. */
export interface AlignedEnd {
  kind: EndKind;
  at: DayRange;
  /** What the end is (`Death`, `ALK resistance`…). */
  label: string;
  /** Glyph for `death` and `event` ends. */
  glyph: Glyph | null;
  description: string;
}

/** One patient (timeline or table row) aligned on the anchor, before sorting and geometry. */
export interface AlignedRow {
  id: string;
  label: string;
  source: "timeline" | "table";
  /** Fields to sort, group and filter by (table cells, or patient facts and derived metrics). */
  fields: Record<string, string | number | boolean | null>;
  /** False when the row has no anchor; such rows are listed in `notAligned`, never dropped. */
  aligned: boolean;
  /** Why the row is not aligned, or what it is aligned on when that differs (table rows). */
  note: string | null;
  segments: AlignedSegment[];
  bands: AlignedBand[];
  events: AlignedEvent[];
  end: AlignedEnd | null;
  /** Where the anchor itself may lie around day 0 when its date is uncertain (a whisker), or null. */
  anchorRange: DayRange | null;
  /** Days on the aligned therapy (or the table's interval); `null` when unknown. */
  duration: DayRange | null;
  /** The duration runs to a cut-off or last follow-up, not to the event. */
  censored: boolean;
  response: ResponseCode | null;
  lines: number | null;
  /** Overall survival or follow-up in days, from the first diagnosis. */
  survival: DayRange | null;
  /** Text after the time axis (table rows: best response and later regimens). */
  after: string | null;
  /** A response (consecutive CR/PR calls on one therapy) lasts at least `durableMonths`. */
  durable: boolean;
  /** The longest such response, from its first call to the end of its last period; or null. */
  durableRun: { eventId: string; start: DayRange; end: DayRange } | null;
  /** Best (lowest) % change of the target lesions on or after day 0, as stated; or null. */
  bestChange: number | null;
}

// ---- Geometry (every pixel decided here; renderers only map) ----

/** A bar segment of a row, in px. */
export interface SwimSegment {
  id: string;
  eventId: string | null;
  x: number;
  x2: number;
  y: number;
  height: number;
  colorKey: ColorKey;
  /** The certain part (drawn solid); null when nothing is certain (draw an outline). */
  solid: XRange | null;
  /** Where the start / end may lie (draw as fades). */
  startRange: XRange | null;
  endRange: XRange | null;
  label: string;
  description: string;
}

/** A response band inside a bar, in px. */
export interface SwimBand {
  id: string;
  eventId: string;
  code: ResponseCode;
  colorKey: ColorKey;
  x: number;
  x2: number;
  y: number;
  height: number;
  description: string;
}

/** A glyph on its true day (`x` is the middle of its date range; never moved in time). */
export interface SwimGlyph {
  id: string;
  eventId: string;
  glyph: Glyph;
  colorKey: ColorKey;
  x: number;
  /** Stacked within the row when glyphs would touch: only y changes. */
  y: number;
  size: number;
  /** Whisker of an uncertain date, or null. */
  range: XRange | null;
  /** The days from the anchor it stands for (for tests and tooltips). */
  day: DayRange;
  description: string;
}

/** A row's end mark with its geometry: an arrow, a censoring tick, or a glyph. */
export interface SwimEnd {
  kind: EndKind;
  x: number;
  y: number;
  /** Polygon (closed) or polyline points for the arrow and the censoring tick. */
  points: Array<[number, number]>;
  closed: boolean;
  glyph: Glyph | null;
  size: number;
  colorKey: ColorKey;
  description: string;
}

/** A patient row, in px. */
export interface SwimmerRowLayout {
  type: "row";
  id: string;
  /** Index among patient rows (0-based, in display order). */
  index: number;
  y: number;
  height: number;
  /** Centre line of the bars. */
  cy: number;
  label: { text: string; full: string; x: number; y: number };
  /** Where the anchor may lie around zero when its date is uncertain: a whisker on the zero line. */
  anchorRange: (XRange & { y: number }) | null;
  /** A thin line from the last bar end to the row end (off treatment, followed). */
  followUp: { x: number; x2: number; y: number } | null;
  segments: SwimSegment[];
  bands: SwimBand[];
  glyphs: SwimGlyph[];
  end: SwimEnd | null;
  /** Text right of the plot (table rows), or null. */
  after: { text: string; full: string; x: number; y: number; glyph: SwimGlyph | null } | null;
  /** Row note drawn in the plot when it has no bars (`interval not reported`, `no anchor`). */
  message: { text: string; x: number; y: number } | null;
  aligned: boolean;
  durable: boolean;
  /**
   * The durable-response flag: a bracket above the bar over the longest CR/PR period that reaches
   * the threshold (`x`..`x2` at `y`, ticks down to `tickY`), or null.
   */
  durableMark: { eventId: string; x: number; x2: number; y: number; tickY: number } | null;
  /** The row's waterfall bar (when the `waterfall` option is on), or null. */
  waterfall: SwimWaterfallBar | null;
  /** One-line description for aria-labels: the label, then the details. */
  description: string;
  /** What the row shows, without the label (the accessible table's cell). */
  details: string;
  /** The group this row is in, or null when ungrouped. */
  group: string | null;
}

/**
 * A row's bar in the waterfall: from the zero line to its best % change, coloured by the row's best
 * response (`colorKey` null: no response stated). A row without a value gets only `text` ("NR").
 */
export interface SwimWaterfallBar {
  value: number | null;
  x: number;
  x2: number;
  y: number;
  height: number;
  colorKey: ColorKey | null;
  /** Text for a row without a value (centred on `x`), or null. */
  text: { text: string; x: number; y: number } | null;
  description: string;
}

/** The waterfall panel beside the time axis: zero and RECIST reference lines, axis, title. */
export interface SwimmerWaterfall {
  /** Left and right edges of the panel; `zeroX` is 0 %. */
  x0: number;
  x1: number;
  zeroX: number;
  /** % change at x0 and x1. */
  domain: [number, number];
  /** The rows' vertical extent (zero and reference lines run across it). */
  y1: number;
  y2: number;
  /** Dashed reference lines: −30 % (partial response) and +20 % (progression) by RECIST 1.1. */
  refs: Array<{ value: number; x: number; label: string; labelY: number }>;
  /** Axis line at `axisY`; ticks whose labels do not touch (0, −30, +20, −100, the maximum). */
  axisY: number;
  tickSize: number;
  tickLabelY: number;
  ticks: Array<{ value: number; x: number; label: string }>;
  title: { text: string; x: number; y: number };
}

/** A group header row with its n. */
export interface SwimmerGroupLayout {
  type: "group";
  id: string;
  label: string;
  n: number;
  y: number;
  height: number;
  text: { x: number; y: number; text: string };
}

export type SwimmerItem = SwimmerRowLayout | SwimmerGroupLayout;

/** A vertical reference line at a fixed time (6 and 12 months…). */
export interface Landmark {
  value: number;
  x: number;
  y1: number;
  y2: number;
  /** The stretches drawn: `[y1, y2]`, or the pieces around the row messages it would cross. */
  pieces: Array<[number, number]>;
  label: string;
  labelY: number;
}

/** A legend entry with its swatch box and text position. */
export interface SwimmerLegendEntry {
  key: string;
  type: "class" | "response" | "glyph" | "end" | "style" | "waterfall";
  label: string;
  colorKey: ColorKey | null;
  glyph: Glyph | null;
  end: EndKind | null;
  swatch: { x: number; y: number; width: number; height: number };
  textX: number;
  textY: number;
}

/** The whole swimmer figure as plain serializable data. */
export interface SwimmerLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Row height and bar height every renderer must use. */
  rowHeight: number;
  barHeight: number;
  /** The time plot area (rows region included): clip marks to it. */
  plot: { x: number; y: number; width: number; height: number };
  /** Rows region (scrolls in interactive renderers; `y` of items is absolute). */
  rows: { y: number; height: number };
  items: SwimmerItem[];
  /**
   * The zero line at the anchor; `pieces` are the stretches drawn (`[y1, y2]` unless the line would
   * cross a row's message, which it skips).
   */
  zero: { x: number; y1: number; y2: number; pieces: Array<[number, number]> } | null;
  landmarks: Landmark[];
  axis: {
    unit: "day" | "week" | "month" | "year";
    domain: [number, number];
    range: [number, number];
    /** The axis line and where tick labels and the title sit. */
    y: number;
    tickSize: number;
    tickLabelY: number;
    title: string;
    titleY: number;
    ticks: Tick[];
  };
  /** Header text over the right-hand column (table rows). */
  afterHeader: { text: string; x: number; y: number } | null;
  /** The waterfall panel (option `waterfall`), or null. */
  waterfall: SwimmerWaterfall | null;
  title: { text: string; x: number; y: number; fontSize: number } | null;
  legend: SwimmerLegendEntry[];
  notes: Array<{ text: string; x: number; y: number }>;
  /** Rows without the anchor (never dropped: they are drawn with a message and listed here). */
  notAligned: Array<{ id: string; reason: string }>;
  /** Patients filtered out by the `filter` option (counted, named). */
  filteredOut: string[];
  /** Row ids in display order. */
  order: string[];
  /** Paging: which patient rows this page holds (all when one page). */
  page: { index: number; count: number; from: number; to: number };
  /** `<title>` and `<desc>` text. */
  description: { title: string; summary: string };
}

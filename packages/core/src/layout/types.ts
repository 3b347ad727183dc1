import type { EventKind } from "../model/event.js";
import type { ColorKey } from "./colorKey.js";

/** Lanes in clinical order. */
export const LANE_ORDER = [
  "therapy",
  "radiotherapy",
  "procedure",
  "response",
  "molecular",
  "lab",
  "events",
  "milestones",
] as const;
export type LaneKind = (typeof LANE_ORDER)[number];

/**
 * A horizontal band with a title, stacked by a layout. Nothing in it depends on what defines the
 * band, so a layout other than the timeline's (a cohort's patient rows) can emit bands too.
 */
export interface LaneBand {
  /** Stable id, unique in the layout. */
  id: string;
  label: string;
  /** The title as drawn: wrapped to the gutter (or, narrow, to the width), at most two lines. */
  labelLines: string[];
  /** Where the title is drawn: x, first baseline and line height in px. */
  title: { x: number; y: number; lineHeight: number };
  /**
   * Narrow layouts only: the band the title takes above the rows (px). Grid lines are not drawn
   * across it, so they never strike through the title.
   */
  titleBand?: { y: number; height: number };
  y: number;
  height: number;
  rows: number;
}

/** A lane of a patient timeline: a band for one of the built-in lane kinds; its id is the kind. */
export interface Lane extends LaneBand {
  kind: LaneKind;
}

/** Where an uncertain edge may lie, in px. */
export interface XRange {
  x0: number;
  x1: number;
}

/** A placed text label. `full` is the untruncated text (for tooltips). */
export interface Label {
  text: string;
  full: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  width: number;
  /** Drawn inside its bar (use the contrasting text colour). */
  inside: boolean;
  truncated: boolean;
}

/** Glyph shapes in legend order; renderers map them to symbols. */
export const GLYPHS = [
  "CR",
  "PR",
  "SD",
  "PD",
  "NE",
  "call",
  "scan",
  "procedure",
  "test",
  "resistance",
  "adverse",
  "clinical",
  "diagnosis",
  "death",
  "follow-up",
  "course",
  "cluster",
] as const;
/** A glyph shape. Response glyphs differ by shape, not only colour. */
export type Glyph = (typeof GLYPHS)[number];

interface MarkBase {
  /** Stable id, unique in the layout (`<eventId>` or `<eventId>#<n>`). */
  id: string;
  eventId: string;
  kind: EventKind | "diagnosis";
  lane: LaneKind;
  row: number;
  label: Label | null;
  /** One-line plain-text description: tooltips, aria-labels, the event table. */
  description: string;
  /** Any of the mark's dates is approximate, relative or bounded (draw it as uncertain). */
  uncertain: boolean;
  /** A semantic colour key (drug class, technique, response…); the theme maps it to a colour. */
  colorKey: ColorKey;
  /** Box around the mark and its label, in px: focus rings, tooltip anchors, hit tests. */
  bounds: { x: number; y: number; width: number; height: number };
}

/** A change drawn inside a bar: a hold, a dose change, a radiotherapy escalation. */
export interface BarTick {
  x: number;
  range: XRange | null;
  type: string;
  /** The agent the change names (`agent-stopped`: which one), when it names one. */
  agent?: string;
  /** The source gives the change no date: its place is the order's, not a day. */
  undated?: true;
  label: string;
  description: string;
}

/** A course over time: a therapy line, a radiotherapy course, an event with an end. */
export interface BarMark extends MarkBase {
  type: "bar";
  x: number;
  x2: number;
  y: number;
  height: number;
  /** The certain part of the course (drawn solid), or null when nothing about it is certain. */
  solid: XRange | null;
  /** Fade zones where the start / end may lie. */
  startRange: XRange | null;
  endRange: XRange | null;
  /** The end is not stated at all: the bar fades out towards `x2` and a "?" follows it. */
  openEnd: boolean;
  openStart: boolean;
  /** Still running at the data cut-off: an arrow at `x2`. */
  ongoing: boolean;
  stopReason: string | null;
  ticks: BarTick[];
  /** No part of the course is certain: draw its possible extent as an outline, not a fill. */
  vague: boolean;
  /**
   * Colour keys of every drug class in a combination (taxane, anti-HER2…), in agent order; set for
   * therapies. The first is `colorKey`.
   */
  classKeys?: ColorKey[];
  /**
   * A combination of classes is drawn as horizontal stripes of the solid part, one per class. A
   * class whose agents were all stopped before the course ended (an `agent-stopped` change:
   * FOLFIRI stopped, panitumumab continued) has `x1`, where its stripe ends; its band is left
   * empty after it.
   */
  stripes?: Array<{ colorKey: ColorKey; y: number; height: number; x1?: number }>;
  /** Given intermittently with undated on/off periods: drawn dashed, not as one solid block. */
  intermittent?: boolean;
  /**
   * Stretches between a hold and the resume that follows it (AC paused for a caesarean): drawn
   * as a gap in the bar, bridged by a dashed line, so the course does not read as given then.
   */
  held?: XRange[];
  /**
   * The course's duration is stated but not its place (pazopanib "for one month", sometime in a
   * ten-month window): the bar has the stated length, and this whisker shows where it may lie.
   */
  placement: XRange | null;
}

/** A moment: an imaging response, a test, an adverse event, death. */
export interface PointMark extends MarkBase {
  type: "point";
  x: number;
  y: number;
  size: number;
  glyph: Glyph;
  /** Where the date may lie (a whisker), or null for an exact day. */
  range: XRange | null;
  /**
   * The window is wider than the glyph: draw it as a band over `range` with a hollow glyph at
   * `x` (a position that keeps stated order, not a date), never as a solid point.
   */
  window: boolean;
  openLeft: boolean;
  openRight: boolean;
  /** For clusters: how many events it stands for. */
  count?: number;
  eventIds?: string[];
  /** For molecular tests whose sample was taken earlier: x of the sample date. */
  sampleX?: number;
}

/** A small line chart of a lab or tumour-marker series. */
export interface SeriesMark extends MarkBase {
  type: "series";
  /** `value` is null for a value stated only in words ("PSA normalized"). */
  /**
   * The values in time order (by drawing position, then as listed). `qualifier`: the value is a
   * bound ("< 0.1": below it, "> 0.1": above it), drawn with an arrow past the dot.
   */
  points: Array<{
    x: number;
    y: number;
    value: number | null;
    range: XRange | null;
    text: string;
    qualifier?: "<" | ">";
  }>;
  y: number;
  height: number;
  refBand: { x0: number; x1: number; y0: number; y1: number } | null;
  unit: string;
  /**
   * How values map to heights: linear from 0, or logarithmic (the track's label then says
   * "log scale"); see the layout option `labScale`.
   */
  scale: LabScale;
}

/** The scale of a lab track's values. */
export type LabScale = "linear" | "log";

export type Mark = BarMark | PointMark | SeriesMark;

/** A point in px: `[x, y]`. */
export type Point = [number, number];

/** A cubic Bézier curve in px: start, first control point, second control point, end. */
export type Cubic = [Point, Point, Point, Point];

/** A visible connection: a resistance event to the therapy it ended and the one chosen for it. */
export interface Link {
  id: string;
  type: "ended" | "led-to";
  fromEventId: string;
  toEventId: string;
  /** Where the link starts and ends. */
  points: Array<[number, number]>;
  /**
   * Where the link is not drawn because it would run through a label, as stretches of its curve's
   * parameter (0 at the start, 1 at the end), in order.
   */
  gaps: Array<{ from: number; to: number }>;
  /**
   * The curve as drawn: one cubic (a vertical S from start to end) or, with gaps, the cubics between
   * them. Renderers draw each piece; the last one ends at the link's target (arrowheads go there).
   */
  pieces: Cubic[];
}

export interface Tick {
  x: number;
  label: string;
  /** Tick value: a calendar day, days from the anchor, or an event index. */
  value: number;
}

/** The x scale as plain data (Plot's exposed scales): any renderer can rebuild it. */
export interface AxisDescriptor {
  mode: "calendar" | "relative" | "sequence";
  /** Domain in days (calendar day numbers, or days from the anchor) or event indices. */
  domain: [number, number];
  range: [number, number];
  /** For relative axes: the unit the ticks count in. */
  unit: "day" | "week" | "month" | "year" | null;
  /** Axis caption, e.g. "Months from start of osimertinib". */
  title: string;
  /** The anchor of a relative axis, or the root of a frame whose calendar date is unknown. */
  anchor: { eventId: string; edge: "start" | "end"; day: number | null; label: string } | null;
  /** The date frame drawn (`null` = calendar). */
  frame: string | null;
  /** Why the axis differs from what was asked (an unknown anchor…), or null. */
  note: string | null;
  /** Why the axis does not count from the anchor asked for, as data; null when it does or none was asked. */
  fallback: AxisFallback | null;
  /**
   * Stretches drawn compressed (a broken axis): from `from` to `to` in axis values nothing is dated
   * to the month, so they take `x0`…`x1` px instead of their share; draw a break mark there.
   */
  breaks: AxisBreak[];
  /**
   * Stretches past every stated date (`[from, to]` in axis values, within the domain) where marks
   * are placed by the order the source states alone: no ticks there; empty when there are none.
   */
  untimed: Array<[number, number]>;
}

/** A compressed stretch of a time axis (see `AxisDescriptor.breaks`). */
export interface AxisBreak {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

/** Why a time axis cannot count from the anchor asked for. */
export interface AxisFallback {
  /**
   * `anchor-missing`: no event or diagnosis has the id; `undated-timeline`: nothing is dated (the
   * axis is the told order); `relative-frame`: dates hang off an event whose calendar date is not
   * reported (the axis counts from it); `anchor-undated`: the anchor's edge has no bounded calendar date.
   */
  reason: "anchor-missing" | "undated-timeline" | "relative-frame" | "anchor-undated";
  /** The anchor asked for. */
  eventId: string;
  /** The reason as a clause: `the timeline has no dates`. */
  message: string;
}

export interface LegendEntry {
  /** Stable id, unique in the legend (`glyph:CR`, `style:ongoing`, a class's `colorKeyId`). */
  key: string;
  type: "class" | "glyph" | "style";
  label: string;
  glyph?: Glyph;
  /** The colour of a class or glyph swatch; absent for a drawing style. */
  colorKey?: ColorKey;
  /** Position of the swatch's centre and of the text start, in px. */
  x: number;
  y: number;
  textX: number;
}

/** An event the layout could not position, with the reason (shown beside the chart and in the table). */
export interface Unplaced {
  eventId: string;
  /**
   * Why the event has no place on the axis, as data: its date is not stated; it is related only
   * to dates that are open themselves, so no bound holds on either side (`unbounded`); or it is
   * dated relative to an event (`frame`) whose own date is not on this axis.
   */
  reason: "date-not-stated" | "unbounded" | "other-frame";
  /** The event edge the date counts from, for `other-frame` (null: the calendar); else null. */
  frame: { eventId: string; edge: "start" | "end" } | null;
  /** The reason in words ("date not stated"), as the notes under the figure print it. */
  message: string;
  description: string;
}

/** One line of text placed by the layout (baseline `y`, start `x`). */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** Everything a renderer needs, as plain serializable data. */
export interface TimelineLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  fontSize: number;
  lanes: Lane[];
  marks: Mark[];
  links: Link[];
  ticks: Tick[];
  axis: AxisDescriptor;
  legend: LegendEntry[];
  unplaced: Unplaced[];
  /** Baseline of the visible heading, when the layout reserved one (`heading: true`). */
  headingY: number | null;
  /** The heading's first line (the whole heading when it fits the plot's width). */
  heading: string | null;
  /**
   * The heading in the lines drawn, one under the other from `headingY`, `fontSize ×
   * HEADING_SCALE × 1.25` apart: at most two, the second shortened with "…" if need be.
   */
  headingLines: string[];
  /** Baseline of the axis title. */
  axisTitleY: number;
  /** Centre of the axis title's lines (under the plot, kept inside the figure). */
  axisTitleX: number;
  /** The axis title in the lines drawn from `axisTitleY`, `round(fontSize × 1.3)` apart. */
  axisTitleLines: string[];
  /** Lines of text under the legend, e.g. naming events that have no place on the axis. */
  notes: TextLine[];
  /** Full text of every shortened label, numbered like the label (`[1] …`), when asked for. */
  footnotes: TextLine[];
  /** The case caption (patient, diagnosis, drivers, source), wrapped, when asked for. */
  caption: TextLine[];
  /** Marks left out because they lie outside a zoomed domain (`axis.domain`). */
  culled: number;
  /**
   * With no mark to draw: the note shown in the plot instead ("No events", "No events in this
   * time range", "No events on the time axis"), else null.
   */
  empty: TextLine | null;
  /** Title and one-paragraph description of the case, for `<title>`/`<desc>` and captions. */
  title: string;
  summary: string;
}

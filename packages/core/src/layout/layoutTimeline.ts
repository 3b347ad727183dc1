import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedEvent, Timeline } from "../model/normalized.js";
import { aggregateLane, MAX_ROWS_BEFORE_AGGREGATING } from "./aggregate.js";
import { barDraft } from "./barMarks.js";
import { checkLayoutOptions } from "./checkLayoutOptions.js";
import { formatIssue, type ValidationIssue } from "../validate/issue.js";
import { formatDiagnosisCore } from "./format.js";
import { describeEvent, eventNamer } from "./describeEvent.js";
import type { Draft, DraftContext } from "./draft.js";
import { isCourse, LANE_LABELS, LOCAL_THERAPY_TITLE, laneOf } from "./lanes.js";
import { isLocoregional } from "../metrics/supportive.js";
import { legendEntries, placeLegend } from "./legend.js";
import { linesOfTherapy, type TherapyLine } from "../metrics/linesOfTherapy.js";
import { buildLinks } from "./links.js";
import { capRows, MAX_ROWS_PER_LANE, type CappedLane } from "./capRows.js";
import {
  resolveLayoutOptions,
  type LayoutOptions,
  type ResolvedLayoutOptions,
} from "./layoutOptions.js";
import { emptyNote } from "./emptyNote.js";
import { measureText, truncateText } from "./measureText.js";
import { packRows } from "./packRows.js";
import { sortByX } from "./sortDrafts.js";
import { placeDate } from "./placeDate.js";
import { diagnosisDraft, pointDrafts } from "./pointMarks.js";
import { seriesDraft, SERIES_ROWS } from "./seriesMarks.js";
import { drawnMark } from "./drawnMark.js";
import { summarizeCase } from "./summarizeCase.js";
import { caseCaption } from "./caseCaption.js";
import { wrapText } from "./wrapText.js";
import { HEADING_SCALE, LANE_TITLE, NARROW_INSET, NARROW_WIDTH, RIGHT_MARGIN } from "./geometry.js";
import { buildTimeAxis, type TimeAxis } from "./timeAxis.js";
import {
  LANE_ORDER,
  type BarTick,
  type Lane,
  type LaneKind,
  type Link,
  type Mark,
  type TimelineLayout,
  type Unplaced,
} from "./types.js";

const TOP = 8;
const LANE_PAD = 6;
const GAP = 6;

/**
 * Lay out a validated timeline: lanes in clinical order, positioned marks with labels that never
 * overlap, links, axis ticks and legend entries — plain data for any renderer. Pure and
 * deterministic: no DOM, no clock, no randomness. Invalid options (`checkLayoutOptions`) throw one
 * RangeError that lists every problem.
 */
export function layoutTimeline(timeline: Timeline, options: LayoutOptions): TimelineLayout {
  refuseInvalid("layoutTimeline", checkLayoutOptions(options));
  const o = resolveLayoutOptions(options);
  const frame = figureFrame(o);
  const { plotX0, plotX1 } = frame;
  // Room for a tick label of about 7 characters at this size.
  const tickCount = Math.max(2, Math.floor((plotX1 - plotX0) / (o.fontSize * 7.5)));
  const axis = buildTimeAxis(timeline, o.axis, [plotX0, plotX1], tickCount);
  const lines = linesOfTherapy(timeline);
  const ctx = draftContext(lines, frame, o, timeline);
  const t = axis.descriptor.mode === "sequence" ? asSequence(timeline) : timeline;
  const caseText = summarizeCase(timeline, lines);
  const drafted = draftMarks(t, timeline, axis, ctx, o);
  const drafts = visibleDrafts(drafted.drafts, o, ctx);
  // The case title in up to three lines (more only when the first cannot hold it).
  const headingLines = o.heading
    ? wrapTitle(caseText.title, plotX1 - plotX0, o.fontSize * HEADING_SCALE, 3)
    : [];
  const headingLead = o.fontSize * HEADING_SCALE * 1.25;
  const top =
    TOP + (o.heading ? Math.round(o.fontSize * 2.4 + (headingLines.length - 1) * headingLead) : 0);
  const titleWidth = frame.narrow ? plotX1 - LANE_TITLE.x : frame.gutter - 12;
  // A course given locally (HAIC, topical, phototherapy) drawn among the systemic ones: the
  // lane's title says both, so the drug lane does not call it systemic.
  const drawnIds = new Set(drafts.map((d) => d.eventId));
  const local = timeline.events.some(
    (e) => e.kind === "therapy" && drawnIds.has(e.id) && isLocoregional(e),
  );
  const titles = local ? { ...LANE_LABELS, therapy: LOCAL_THERAPY_TITLE } : LANE_LABELS;
  const packed = packLanes(drafts, o, top, titleWidth, ctx, frame.narrow, titles);
  const { lanes, marks } = packed;
  const culled = drafted.culled + drafted.drafts.length - drafts.length;
  const plotBox = { x0: plotX0, x1: plotX1, top };
  const empty = emptyNote(timeline, marks.length, culled, plotBox, o.fontSize);
  const height = packed.height + (empty?.height ?? 0);
  const links = buildLinks(t.events, marks, o.fontSize);
  // The axis title in as many lines as the figure's width needs (a journal column at 85 mm),
  // centred under the plot but never past the figure's edges.
  const axisTitle = axisTitleLines(axis.descriptor.title, plotX0, plotX1, o);
  const axisBottom = height + o.fontSize * 3 + 10 + (axisTitle.lines.length - 1) * axisTitle.lead;
  const legend = figureLegend(marks, links, timeline, ctx, axisBottom, o);
  const texts = textLines(
    timeline,
    { axis, capped: packed.capped, unplaced: drafted.unplaced, marks },
    axisBottom + legend.height + (legend.height ? 8 : 0),
    frame,
    o,
  );
  const textCount = texts.notes.length + texts.footnotes.length + texts.caption.length;
  return {
    width: o.width,
    height: Math.ceil(texts.y + (legend.height || textCount ? 12 : 0)),
    notes: texts.notes,
    footnotes: texts.footnotes,
    caption: texts.caption,
    culled,
    empty: empty?.note ?? null,
    plot: { x: plotX0, y: top, width: plotX1 - plotX0, height: height - top },
    fontSize: o.fontSize,
    lanes,
    marks,
    links,
    ticks: axis.ticks,
    axis: axis.descriptor,
    legend: legend.entries,
    unplaced: drafted.unplaced,
    headingY: o.heading ? TOP + o.fontSize * 1.6 : null,
    heading: o.heading ? headingLines[0]! : null,
    headingLines,
    axisTitleY: height + o.fontSize * 3,
    axisTitleX: axisTitle.x,
    axisTitleLines: axisTitle.lines,
    ...caseText,
  };
}

/** What every mark builder shares: the plot's extent, sizes and the therapies' line labels. */
function draftContext(
  lines: readonly TherapyLine[],
  { plotX0, plotX1 }: FigureFrame,
  o: ResolvedLayoutOptions,
  timeline: Timeline,
): DraftContext {
  let order: ReturnType<typeof statedOrderIndex> | null = null;
  let evaluations: ReturnType<typeof evaluationIndex> | null = null;
  return {
    nameOf: eventNamer(timeline.events),
    plotX0,
    plotX1,
    fontSize: o.fontSize,
    rowHeight: o.rowHeight,
    lineLabels: lineLabels(lines),
    labScale: o.labScale,
    statedBefore(key) {
      order ??= statedOrderIndex(timeline);
      return order.before.get(key) ?? [];
    },
    statedAfter(key) {
      order ??= statedOrderIndex(timeline);
      return order.after.get(key) ?? [];
    },
    evaluatedAt(id) {
      evaluations ??= evaluationIndex(timeline);
      return evaluations.get(id) ?? [];
    },
  };
}

type StatedIndex = Map<string, Array<{ date: ResolvedDate; min: number }>>;

/**
 * For each date, the dates the statements put on or before it ("temozolomide ends before the
 * radiotherapy ends"), and those they put on or after it ("the resection after the sixth cycle"):
 * one pass over the network's constraints and the events' dates.
 */
function statedOrderIndex(t: Timeline): { before: StatedIndex; after: StatedIndex } {
  const byKey = new Map<string, ResolvedDate>();
  for (const e of t.events) for (const d of Object.values(e.dates)) if (d.key) byKey.set(d.key, d);
  const before: StatedIndex = new Map();
  const after: StatedIndex = new Map();
  const push = (index: StatedIndex, key: string, date: ResolvedDate, min: number) => {
    const list = index.get(key);
    if (list) list.push({ date, min });
    else index.set(key, [{ date, min }]);
  };
  const add = (first: string, then: string, min: number) => {
    const a = byKey.get(first);
    const b = byKey.get(then);
    if (!a || !b) return;
    push(before, then, a, min);
    push(after, first, b, min);
  };
  for (const c of t.network.constraints) {
    // `to − from` in [min, max]: `to` is on or after `from` when min ≥ 0, on or before it when
    // max ≤ 0 (an interval stated to begin the day a course ends: both).
    if (c.min !== null && c.min >= 0) add(c.from, c.to, c.min);
    if (c.max !== null && c.max <= 0) add(c.to, c.from, -c.max);
  }
  return { before, after };
}

/**
 * For each course, the dates of the assessments that evaluate it and of the progressions stated
 * to have happened on it (`therapy`): one pass over the events.
 */
function evaluationIndex(t: Timeline): Map<string, Array<{ date: ResolvedDate; on: boolean }>> {
  const out = new Map<string, Array<{ date: ResolvedDate; on: boolean }>>();
  for (const e of t.events) {
    const course =
      e.kind === "imaging" || e.kind === "response"
        ? e.evaluates
        : e.kind === "progression"
          ? e.therapy
          : undefined;
    if (course === undefined) continue;
    const item = { date: e.span.start, on: e.kind === "progression" };
    const list = out.get(course);
    if (list) list.push(item);
    else out.set(course, [item]);
  }
  return out;
}

/** The legend under the axis (none unless asked for), entries for only what is drawn. */
function figureLegend(
  marks: readonly Mark[],
  links: readonly Link[],
  timeline: Timeline,
  ctx: DraftContext,
  axisBottom: number,
  o: ResolvedLayoutOptions,
) {
  if (!o.legend) return { entries: [], height: 0 };
  const entries = legendEntries(marks, links, timeline.dataCutoff !== null);
  return placeLegend(entries, ctx.plotX0, ctx.plotX1, axisBottom + 4, o.fontSize);
}

/** The figure's columns: the lane-title gutter and the plot, and whether the figure is narrow. */
interface FigureFrame {
  narrow: boolean;
  gutter: number;
  plotX0: number;
  plotX1: number;
}

function figureFrame(o: ResolvedLayoutOptions): FigureFrame {
  // The lane-title column: as wide as the longest title, but never more than a quarter of the figure.
  const widest =
    Math.ceil(
      Math.max(
        ...[...Object.values(LANE_LABELS), LOCAL_THERAPY_TITLE].map((l) =>
          measureText(l, o.fontSize, "bold"),
        ),
      ),
    ) + 16;
  // Narrow (a phone, a sidebar): lane titles go above their lanes and the plot takes the width.
  const narrow = o.gutter === null && o.width < NARROW_WIDTH;
  const gutter = narrow ? NARROW_INSET : (o.gutter ?? Math.min(widest, Math.round(o.width * 0.25)));
  return { narrow, gutter, plotX0: gutter, plotX1: o.width - RIGHT_MARGIN };
}

/** Zoomed in: leave out what lies wholly off-screen (an export, with no domain, keeps everything). */
function visibleDrafts(drafts: Draft[], o: ResolvedLayoutOptions, ctx: DraftContext): Draft[] {
  return o.axis.domain ? drafts.filter((d) => d.x1 >= ctx.plotX0 && d.x0 <= ctx.plotX1) : drafts;
}

/** What the lines of text under the figure tell about. */
interface TextSources {
  axis: TimeAxis;
  capped: readonly CappedLane[];
  unplaced: readonly Unplaced[];
  marks: Mark[];
}

/**
 * The lines of text under the legend, from `y` down: notes (the axis, capped lanes, unplaced
 * events), footnotes (shortened labels, numbered), and the case caption; and the y they end at.
 */
function textLines(
  timeline: Timeline,
  from: TextSources,
  y: number,
  frame: FigureFrame,
  o: ResolvedLayoutOptions,
) {
  const footnoteTexts = o.footnotes ? numberShortenedLabels(from.marks, o.fontSize) : [];
  const lineH = o.fontSize * 1.5;
  const { plotX0, plotX1 } = frame;
  const textWidth = plotX1 - plotX0;
  const place = (texts: string[], x: number) =>
    texts
      .flatMap((text) => wrapText(text, textWidth - (x - plotX0), o.fontSize))
      .map((text) => {
        y += lineH;
        return { x, y, text };
      });
  const notes = place(noteTexts(from), plotX0);
  const footnotes = place(footnoteTexts, plotX0);
  if (o.caption) y += o.fontSize * 0.5;
  const caption = o.caption ? place(caseCaption(timeline), frame.gutter > 40 ? 12 : plotX0) : [];
  return { notes, footnotes, caption, y };
}

/** Notes: the axis's own, each capped lane's, and the unplaced events'. */
function noteTexts({ axis, capped, unplaced }: TextSources): string[] {
  return [
    ...(axis.descriptor.note ? [axis.descriptor.note] : []),
    ...capped.map(
      (c) =>
        `${LANE_LABELS[c.lane]}: ${c.merged.toLocaleString("en-US")} events merged into ${c.clusters} cluster${c.clusters === 1 ? "" : "s"} to keep the lane to ${MAX_ROWS_PER_LANE} rows; the event table lists every event.`,
    ),
    ...unplacedNotes(unplaced),
  ];
}

/**
 * Number each shortened label (`[1] alectinib 600 mg…`) and return the full texts in that
 * numbering, so a static figure loses nothing. Labels keep their width: the number takes room
 * from the shortened text, never from a neighbour.
 */
function numberShortenedLabels(marks: Mark[], fontSize: number): string[] {
  const out: string[] = [];
  // Numbered in reading order: top to bottom, then left to right.
  const shortened = marks.filter((m) => m.label?.truncated);
  shortened.sort((a, b) => a.label!.y - b.label!.y || a.label!.x - b.label!.x);
  for (const m of shortened) {
    const l = m.label!;
    const tag = `[${out.length + 1}] `;
    out.push(`${tag}${l.full}`);
    // A label that left out only its window kept room for the number; others give text for it.
    const whole = `${tag}${l.text}`;
    const text =
      !l.text.endsWith("…") && measureText(whole, fontSize) <= l.width + 0.01
        ? whole
        : `${tag}${truncateText(l.full, Math.max(0, l.width - measureText(tag, fontSize)), fontSize)}`;
    m.label = { ...l, text, width: measureText(text, fontSize) };
  }
  return out;
}

/** `L1`, `L1–2` (a drug that continues into the next line), `L1–3` (three unnamed lines), by therapy id. */
function lineLabels(lines: readonly TherapyLine[]): Map<string, string> {
  const spans = new Map<string, [number, number]>();
  const unknown = new Set<string>();
  for (const l of lines)
    for (const id of l.therapyIds) {
      // A number the source does not support is drawn as "L?" (earlier lines not reported…).
      if (l.numbering === "unknown") unknown.add(id);
      const [lo, hi] = spans.get(id) ?? [Infinity, -Infinity];
      spans.set(id, [Math.min(lo, l.number), Math.max(hi, l.number + l.count - 1)]);
    }
  return new Map(
    [...spans].map(([id, [lo, hi]]) => [
      id,
      unknown.has(id) ? "L?" : hi > lo ? `L${lo}–${hi}` : `L${lo}`,
    ]),
  );
}

/** What stage 1 gives: the drafts, the events it could not place, and how many it left off-screen. */
interface Drafted {
  drafts: Draft[];
  unplaced: Unplaced[];
  culled: number;
}

/**
 * Stage 1: a draft mark (or a stated reason) for every event and diagnosis. `t` is placed; `told`
 * is the same timeline with the dates as stated, which every description reads (an undated
 * timeline is placed by its order, and those positions are no dates to tell anyone).
 */
function draftMarks(
  t: Timeline,
  told: Timeline,
  axis: TimeAxis,
  ctx: DraftContext,
  o: ResolvedLayoutOptions,
): Drafted {
  const out: Drafted = { drafts: [], unplaced: [], culled: 0 };
  if (wantedLane(o, "milestones")) draftDiagnoses(t, told, axis, ctx, out);
  const cutoff = t.dataCutoff ? placeDate(t.dataCutoff, axis) : null;
  const cutoffX = cutoff ? cutoff.x : axis.x(axis.descriptor.domain[1]);
  const offscreen = offscreenTest(axis, ctx, o);
  for (let i = 0; i < t.events.length; i++) {
    const e = t.events[i]!;
    const lane = laneOf(e);
    if (!wantedLane(o, lane)) continue;
    if (offscreen(e)) out.culled++;
    else draftEvent(e, told.events[i] ?? e, lane, axis, ctx, cutoffX, out);
  }
  return out;
}

/** Whether the options draw `lane` (all lanes unless `lanes` picks some). */
const wantedLane = (o: ResolvedLayoutOptions, lane: LaneKind) =>
  o.lanes === null || o.lanes.includes(lane);

/** A diagnosis marker each, or the reason it is not on the axis. */
function draftDiagnoses(
  t: Timeline,
  told: Timeline,
  axis: TimeAxis,
  ctx: DraftContext,
  out: Drafted,
): void {
  // The drivers (del(17p), ALK fusion) are said on the diagnosis, but for those a drawn test
  // reports (gene and variant): EGFR exon 19 deletion stays on it beside a T790M test. Receptors
  // only with no test drawn.
  const tested = new Set<string>();
  let tests = false;
  for (const e of t.events)
    if (e.kind === "molecular") {
      tests = true;
      for (const f of e.findings) tested.add(`${f.gene}|${f.variant ?? ""}`);
    }
  for (const [i, d] of t.diagnoses.entries()) {
    const said = {
      ...d,
      drivers: d.drivers?.filter((f) => !tested.has(`${f.gene}|${f.variant ?? ""}`)),
      receptors: tests ? undefined : d.receptors,
    };
    const draft = diagnosisDraft(said, axis, ctx, told.diagnoses[i], true);
    if (draft) out.drafts.push(draft);
    else
      out.unplaced.push({
        eventId: d.id,
        ...reasonFor(d.span.start),
        // Not on the axis, still every stated fact of it: histology, stage, grade.
        description: `Diagnosis: ${formatDiagnosisCore(d)}`,
      });
  }
}

/**
 * Zoomed in: whether an event lies wholly outside the visible domain, skipped before it is drafted
 * (cheap on the resolved dates), with a margin kept for labels that reach in from off-screen.
 */
function offscreenTest(
  axis: TimeAxis,
  ctx: DraftContext,
  o: ResolvedLayoutOptions,
): (e: NormalizedEvent) => boolean {
  const dom = o.axis.domain;
  if (!dom) return () => false;
  const { range, domain } = axis.descriptor;
  const pxPerUnit = (range[1] - range[0]) / (domain[1] - domain[0]);
  const margin = (ctx.plotX1 - ctx.plotX0) / pxPerUnit;
  return (e) => {
    if (e.kind === "lab") return false;
    const a = axis.place(e.span.start);
    const b = axis.place(e.span.end);
    const lo = a?.lo ?? a?.hi;
    const hi = b?.hi ?? b?.lo;
    return (
      (hi !== null && hi !== undefined && hi < dom[0] - margin) ||
      (lo !== null && lo !== undefined && lo > dom[1] + margin)
    );
  };
}

/** One event's drafts (a lab track, a bar, or its points), or the reason it is not on the axis. */
function draftEvent(
  e: NormalizedEvent,
  stated: NormalizedEvent,
  lane: LaneKind,
  axis: TimeAxis,
  ctx: DraftContext,
  cutoffX: number,
  out: Drafted,
): void {
  let made: Draft | Draft[] | null;
  if (e.kind === "lab") made = seriesDraft(e, axis, ctx, stated as typeof e);
  else if (isCourse(e) && axis.descriptor.mode !== "sequence") {
    const bar = barDraft(e, lane, axis, ctx, cutoffX);
    made = bar && withClasses(bar, e);
  } else made = pointDrafts(e, lane, axis, ctx);
  if (made === null)
    out.unplaced.push({
      eventId: e.id,
      ...reasonFor(e.span.start),
      description: describeEvent(stated, ctx.nameOf),
    });
  else if (Array.isArray(made))
    for (const d of made) {
      d.describe = stated;
      out.drafts.push(d);
    }
  else {
    made.describe = stated;
    out.drafts.push(made);
  }
}

/** A therapy bar knows every drug class of its regimen, and whether it is given intermittently. */
function withClasses(d: Draft, e: NormalizedEvent): Draft {
  const m = d.mark;
  if (m?.type !== "bar" || e.kind !== "therapy") return d;
  const classes = [...new Set(e.agents.map((a) => a.drugClass ?? "other"))];
  m.classKeys = classes.length
    ? classes.map((drugClass) => ({ kind: "class", drugClass }))
    : [m.colorKey];
  if (classes.length > 1) {
    const stops = agentStops(m.ticks);
    m.stripes = classes.map((drugClass, i) => {
      const x1 = classStop(e.agents, drugClass, stops);
      return { colorKey: m.classKeys![i]!, y: 0, height: 0, ...(x1 < m.x2 ? { x1 } : {}) };
    });
  }
  if (e.intermittent) m.intermittent = true;
  return d;
}

/** Where each agent the changes name was stopped (`agent-stopped`), by lower-cased name. */
function agentStops(ticks: readonly BarTick[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of ticks)
    if (t.type === "agent-stopped" && t.agent !== undefined) out.set(t.agent.toLowerCase(), t.x);
  return out;
}

/** Where a class ends: where its last agent was stopped, or Infinity while one is still given. */
function classStop(
  agents: ReadonlyArray<{ name: string; drugClass?: string }>,
  drugClass: string,
  stops: ReadonlyMap<string, number>,
): number {
  let end = -Infinity;
  for (const a of agents) {
    if ((a.drugClass ?? "other") !== drugClass) continue;
    const x = stops.get(a.name.toLowerCase());
    if (x === undefined) return Infinity;
    end = Math.max(end, x);
  }
  return end;
}

/** Stage 2: pack each lane's drafts into rows, stack the lanes, and fix every y. */
function packLanes(
  drafts: Draft[],
  o: ResolvedLayoutOptions,
  top: number,
  titleWidth: number,
  ctx: DraftContext,
  narrow: boolean,
  titles: Record<LaneKind, string>,
) {
  const lanes: Lane[] = [];
  const marks: Mark[] = [];
  const capped: CappedLane[] = [];
  const byLane = draftsByLane(drafts);
  let y = top;
  for (const kind of LANE_ORDER) {
    const inLane = byLane.get(kind);
    if (!inLane) continue;
    const packed = packLane(kind, inLane, o, ctx);
    if (packed.capped) capped.push(packed.capped);
    const lane = stackLane(
      kind,
      packed,
      y,
      { o, titleWidth, narrow, nameOf: ctx.nameOf, title: titles[kind] },
      marks,
    );
    lanes.push(lane);
    y += lane.height;
  }
  return { lanes, marks, height: y, capped };
}

/** The drafts of each lane, in the order they came. */
function draftsByLane(drafts: readonly Draft[]): Map<string, Draft[]> {
  const byLane = new Map<string, Draft[]>();
  for (const d of drafts) {
    const list = byLane.get(d.lane);
    if (list) list.push(d);
    else byLane.set(d.lane, [d]);
  }
  return byLane;
}

/**
 * One lane's drafts in rows: sorted by x, packed, aggregated when dense and asked to, and capped
 * (any layout, exports too: a lane never grows past a readable number of rows).
 */
function packLane(kind: LaneKind, list: Draft[], o: ResolvedLayoutOptions, ctx: DraftContext) {
  let inLane = sortByX(list);
  // Tall items (lab tracks) each take their own band of rows.
  let rows =
    kind === "lab"
      ? inLane.map((_, i) => i)
      : inLane.length <= CHRONOLOGICAL_MAX
        ? chronologicalRows(inLane, GAP)
        : packRows(inLane, GAP);
  if (o.aggregate && kind !== "lab" && rowCountOf(rows) > MAX_ROWS_BEFORE_AGGREGATING) {
    inLane = aggregateLane(inLane, ctx);
    rows = packRows(inLane, GAP);
  }
  const maxRows = kind === "lab" ? MAX_ROWS_PER_LANE / SERIES_ROWS : MAX_ROWS_PER_LANE;
  return capRows(inLane, rows, maxRows, GAP, ctx);
}

/** Marks a lane packs in the order they began (beyond this, by footprint: faster). */
const CHRONOLOGICAL_MAX = 24;

/**
 * Rows for a few marks, given in the order they began (their mark's start, then as told), each
 * in the first row where its footprint (label included) overlaps nothing: lines, and a
 * readmission before the ICU stay it led to, read top to bottom in time, as a clinician lists
 * them, even when a label to the left of a later mark reaches back past an earlier one. `items` are sorted by footprint; the rows are returned in that order.
 */
function chronologicalRows(items: readonly Draft[], gap: number): number[] {
  const order = items.map((_, i) => i);
  order.sort((a, b) => items[a]!.anchor - items[b]!.anchor || items[a]!.order - items[b]!.order);
  const taken: Array<Array<[number, number]>> = [];
  const rows = new Array<number>(items.length);
  for (const i of order) {
    const { x0, x1 } = items[i]!;
    let row = taken.findIndex((spans) => spans.every(([a, b]) => x1 + gap <= a || b + gap <= x0));
    if (row < 0) row = taken.push([]) - 1;
    taken[row]!.push([x0, x1]);
    rows[i] = row;
  }
  return rows;
}

const rowCountOf = (rows: readonly number[]) => rows.reduce((m, r) => Math.max(m, r), 0) + 1;

/** What stacking a lane needs besides its drafts. */
interface StackOptions {
  o: ResolvedLayoutOptions;
  titleWidth: number;
  narrow: boolean;
  nameOf: DraftContext["nameOf"];
  title: string;
}

/** Put a packed lane at `y`: its rows' tops, its title, its marks (pushed onto `marks`). */
function stackLane(
  kind: LaneKind,
  packed: { drafts: Draft[]; rows: number[] },
  y: number,
  { o, titleWidth, narrow, nameOf, title }: StackOptions,
  marks: Mark[],
): Lane {
  const { drafts, rows } = packed;
  const rowTop = rowTops(drafts, rows, o.rowHeight);
  const rowCount = rowTop.length - 1;
  const labelLines = wrapTitle(title, titleWidth, o.fontSize);
  const lineHeight = o.fontSize * LANE_TITLE.lineHeight;
  // Narrow: the title takes its own band above the rows; else it sits in the gutter beside them.
  const titleBand = narrow ? (labelLines.length - 1) * lineHeight + o.fontSize * 1.6 : 0;
  const laneHeight = Math.max(
    titleBand + rowTop[rowCount]! + 2 * LANE_PAD,
    (labelLines.length + 0.6) * lineHeight,
  );
  for (let i = 0; i < drafts.length; i++)
    marks.push(
      positioned(drafts[i]!, rows[i]!, y + titleBand + LANE_PAD + rowTop[rows[i]!]!, o, nameOf),
    );
  return {
    id: kind,
    kind,
    label: title,
    labelLines,
    title: { x: LANE_TITLE.x, y: y + o.fontSize * LANE_TITLE.firstBaseline, lineHeight },
    ...(narrow ? { titleBand: { y, height: titleBand + LANE_PAD / 2 } } : {}),
    y,
    height: laneHeight,
    rows: rowCount,
  };
}

/** Each row is as tall as its tallest item; rowTop[r] is where row r starts (linear time). */
function rowTops(drafts: readonly Draft[], rows: readonly number[], rowHeight: number): number[] {
  const rowCount = rowCountOf(rows);
  const unitsPerRow = new Array<number>(rowCount).fill(1);
  drafts.forEach((d, i) => (unitsPerRow[rows[i]!] = Math.max(unitsPerRow[rows[i]!]!, d.rows)));
  const rowTop = [0];
  for (let r = 0; r < rowCount; r++) rowTop.push(rowTop[r]! + unitsPerRow[r]! * rowHeight);
  return rowTop;
}

/**
 * Put a drawn draft's mark (built now, `drawnMark`) into its row: y of the mark and of its label.
 * Marks are the layout's own fresh objects, so they are finished in place rather than copied.
 */
function positioned(
  d: Draft,
  row: number,
  top: number,
  o: ResolvedLayoutOptions,
  nameOf: DraftContext["nameOf"],
): Mark {
  const m = drawnMark(d);
  if (d.describe) m.description = describeEvent(d.describe, nameOf);
  // A label above its mark has the first row to itself; the mark is drawn in the second.
  const mid = top + o.rowHeight / 2 + (d.labelAbove ? o.rowHeight : 0);
  m.row = row;
  m.bounds = { x: d.x0 - 2, y: top + 1, width: d.x1 - d.x0 + 4, height: d.rows * o.rowHeight - 2 };
  if (m.label)
    m.label.y =
      m.type === "series"
        ? top + o.fontSize
        : (d.labelAbove ? top + o.rowHeight / 2 : mid) + o.fontSize * 0.35;
  if (m.type === "bar") {
    m.height = Math.round(o.rowHeight * 0.62);
    m.y = mid - m.height / 2;
    if (m.stripes) {
      const h = m.height / m.stripes.length;
      m.stripes.forEach((st, i) => {
        st.y = m.y + i * h;
        st.height = h;
      });
    }
  } else if (m.type === "point") {
    m.y = mid;
  } else {
    m.y = top;
    for (const p of m.points) p.y += top;
    if (m.refBand) {
      m.refBand.y0 += top;
      m.refBand.y1 += top;
    }
  }
  return m;
}

/** Lines of notes about unplaced events a figure shows; the rest are counted in one more line. */
const MAX_UNPLACED_NOTES = 12;

function unplacedNotes(unplaced: readonly Unplaced[]): string[] {
  const lines = unplaced
    .slice(0, MAX_UNPLACED_NOTES)
    .map((u) => `Not on the time axis (${u.message}): ${u.description}`);
  const more = unplaced.length - MAX_UNPLACED_NOTES;
  if (more > 0)
    lines.push(
      `… and ${more.toLocaleString("en-US")} more events not on the time axis; the event table lists every event.`,
    );
  return lines;
}

function reasonFor(d: ResolvedDate): Pick<Unplaced, "reason" | "frame" | "message"> {
  if (d.precision === "unknown")
    return { reason: "date-not-stated", frame: null, message: "date not stated" };
  // Related to other events only through dates that are themselves open ("before the end" of a
  // course whose end is not stated): no bound on either side, on any axis.
  if (d.earliest === null && d.latest === null)
    return {
      reason: "unbounded",
      frame: null,
      message: "no date stated before or after it, only what it is related to",
    };
  if (d.frame === null)
    return {
      reason: "other-frame",
      frame: null,
      message: "dated on the calendar, which this axis does not count in",
    };
  // A frame is the key of an event edge, `<id>.start` or `<id>.end` (ids may hold dots).
  const key = d.frame;
  const dot = key.lastIndexOf(".");
  const frame = {
    eventId: key.slice(0, dot),
    edge: key.slice(dot + 1) === "end" ? ("end" as const) : ("start" as const),
  };
  return {
    reason: "other-frame",
    frame,
    message: `dated relative to the ${frame.edge} of ${frame.eventId}, whose own date is not stated`,
  };
}

/** An undated timeline: diagnoses first, then every event as a moment at its place in the told order. */
function asSequence(t: Timeline): Timeline {
  const at = (i: number): ResolvedDate => ({
    frame: null,
    earliest: i,
    latest: i,
    precision: "day",
    approximate: false,
    uncertain: false,
  });
  const d0 = t.diagnoses.length;
  const diagnoses = t.diagnoses.map((d, i) => ({
    ...d,
    span: { start: at(i), end: at(i), ongoing: false, moment: true, length: null },
  }));
  const events: NormalizedEvent[] = t.events.map((e, i) => {
    const d = at(d0 + i);
    const dates = Object.fromEntries(Object.keys(e.dates).map((k) => [k, d]));
    return { ...e, span: { start: d, end: d, ongoing: false, moment: true, length: null }, dates };
  });
  return { ...t, events, diagnoses, dataCutoff: null, network: { constraints: [] } };
}

/**
 * Options are checked like documents (`checkLayoutOptions`); a caller that did not check them
 * first gets every problem in one RangeError rather than NaN coordinates or a runaway layout.
 */
function refuseInvalid(fn: string, issues: readonly ValidationIssue[]): void {
  if (issues.length > 0)
    throw new RangeError(`${fn}: invalid options: ${issues.map(formatIssue).join("; ")}`);
}

/**
 * Lay out to fit a height (a 1080 px slide): the largest font size, from `fontSize` down to
 * `minFontSize`, whose layout is no taller than `height`. Returns the smallest if none fits.
 */
export function layoutToFit(
  timeline: Timeline,
  options: LayoutOptions & { height: number; minFontSize?: number },
): TimelineLayout {
  const issues = checkLayoutOptions(options);
  if (options.height === undefined)
    issues.push({ path: "height", message: "is required (px)", severity: "error" });
  refuseInvalid("layoutToFit", issues);
  const max = options.fontSize ?? 12;
  const min = Math.min(max, options.minFontSize ?? Math.ceil(max * 0.55));
  let best = layoutTimeline(timeline, { ...options, fontSize: max });
  for (let size = max; best.height > options.height && size > min;) {
    size -= 1;
    best = layoutTimeline(timeline, { ...options, fontSize: size });
  }
  return best;
}

/** Edge room an axis title keeps from the figure's sides, in px. */
const AXIS_TITLE_MARGIN = 4;

/** The axis title wrapped to the figure's width, its centre's x, and the distance between lines. */
function axisTitleLines(
  title: string,
  plotX0: number,
  plotX1: number,
  o: ResolvedLayoutOptions,
): { lines: string[]; x: number; lead: number } {
  const room = o.width - 2 * AXIS_TITLE_MARGIN;
  const lines = title ? wrapText(title, room, o.fontSize) : [""];
  const half = Math.max(...lines.map((l) => measureText(l, o.fontSize))) / 2;
  const centre = (plotX0 + plotX1) / 2;
  const x = Math.min(
    Math.max(centre, AXIS_TITLE_MARGIN + half),
    o.width - AXIS_TITLE_MARGIN - half,
  );
  return { lines, x, lead: Math.round(o.fontSize * 1.3) };
}

/**
 * A bold title in at most `maxLines` lines that fit `width` (the last shortened with "…" if need
 * be): a lane title in two, the case heading in three.
 */
function wrapTitle(title: string, width: number, fontSize: number, maxLines = 2): string[] {
  if (measureText(title, fontSize, "bold") <= width) return [title];
  const words = title.split(" ");
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < maxLines - 1) {
    let line = words[i++]!;
    while (i < words.length && measureText(`${line} ${words[i]}`, fontSize, "bold") <= width)
      line += ` ${words[i++]}`;
    out.push(truncateText(line, width, fontSize, "bold"));
  }
  const rest = words.slice(i).join(" ");
  return rest ? [...out, truncateText(rest, width, fontSize, "bold")] : out;
}

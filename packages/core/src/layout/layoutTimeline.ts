import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedEvent, Timeline } from "../model/normalized.js";
import { barDraft } from "./barMarks.js";
import { describeEvent } from "./describeEvent.js";
import type { Draft, DraftContext } from "./draft.js";
import { isCourse, LANE_LABELS, laneOf } from "./lanes.js";
import { legendEntries, placeLegend } from "./legend.js";
import { buildLinks } from "./links.js";
import {
  resolveLayoutOptions,
  type LayoutOptions,
  type ResolvedLayoutOptions,
} from "./layoutOptions.js";
import { measureText, truncateText } from "./measureText.js";
import { packRows } from "./packRows.js";
import { placeDate } from "./placeDate.js";
import { diagnosisDraft, pointDrafts } from "./pointMarks.js";
import { seriesDraft } from "./seriesMarks.js";
import { summarizeCase } from "./summarizeCase.js";
import { buildTimeAxis, type TimeAxis } from "./timeAxis.js";
import { LANE_ORDER, type Lane, type Mark, type TimelineLayout, type Unplaced } from "./types.js";

const TOP = 8;
const RIGHT = 12;
const LANE_PAD = 6;
const GAP = 6;

/**
 * Lay out a validated timeline: lanes in clinical order, positioned marks with labels that never
 * overlap, links, axis ticks and legend entries — plain data for any renderer. Pure and
 * deterministic: no DOM, no clock, no randomness.
 */
export function layoutTimeline(timeline: Timeline, options: LayoutOptions): TimelineLayout {
  const o = resolveLayoutOptions(options);
  // The lane-title column: as wide as the longest title, but never more than a quarter of the figure.
  const widest =
    Math.ceil(
      Math.max(...Object.values(LANE_LABELS).map((l) => measureText(l, o.fontSize, "bold"))),
    ) + 16;
  const gutter = o.gutter ?? Math.min(widest, Math.round(o.width * 0.25));
  const plotX0 = gutter;
  const plotX1 = o.width - RIGHT;
  // Room for a tick label of about 7 characters at this size.
  const tickCount = Math.max(2, Math.floor((plotX1 - plotX0) / (o.fontSize * 7.5)));
  const axis = buildTimeAxis(timeline, o.axis, [plotX0, plotX1], tickCount);
  const ctx: DraftContext = { plotX0, plotX1, fontSize: o.fontSize, rowHeight: o.rowHeight };
  const t = axis.descriptor.mode === "sequence" ? asSequence(timeline) : timeline;
  const drafted = draftMarks(t, axis, ctx, o);
  const unplaced = drafted.unplaced;
  // Zoomed in: leave out what lies wholly off-screen (an export, with no domain, keeps everything).
  const drafts = o.axis.domain
    ? drafted.drafts.filter((d) => d.x1 >= plotX0 && d.x0 <= plotX1)
    : drafted.drafts;
  const top = TOP + (o.heading ? Math.round(o.fontSize * 2.4) : 0);
  const { lanes, marks, height } = packLanes(drafts, o, top, gutter - 12);
  const links = buildLinks(t.events, marks);
  const axisBottom = height + o.fontSize * 3 + 10;
  const legend = o.legend
    ? placeLegend(legendEntries(marks, links), plotX0, plotX1, axisBottom + 4, o.fontSize)
    : { entries: [], height: 0 };
  const notesTop = axisBottom + legend.height + (legend.height ? 8 : 0);
  const notes = unplaced.map((u, i) => ({
    x: plotX0,
    y: notesTop + (i + 1) * o.fontSize * 1.5,
    text: truncateText(
      `Not on the time axis (${u.reason}): ${u.description}`,
      plotX1 - plotX0,
      o.fontSize,
    ),
  }));
  return {
    width: o.width,
    height: Math.ceil(
      notesTop + notes.length * o.fontSize * 1.5 + (legend.height || notes.length ? 12 : 0),
    ),
    notes,
    culled: drafted.drafts.length - drafts.length,
    plot: { x: plotX0, y: top, width: plotX1 - plotX0, height: height - top },
    fontSize: o.fontSize,
    lanes,
    marks,
    links,
    ticks: axis.ticks,
    axis: axis.descriptor,
    legend: legend.entries,
    unplaced,
    headingY: o.heading ? TOP + o.fontSize * 1.6 : null,
    heading: o.heading
      ? truncateText(summarizeCase(timeline).title, plotX1 - plotX0, o.fontSize * 1.35, "bold")
      : null,
    axisTitleY: height + o.fontSize * 3,
    ...summarizeCase(timeline),
  };
}

/** Stage 1: a draft mark (or a stated reason) for every event and diagnosis. */
function draftMarks(t: Timeline, axis: TimeAxis, ctx: DraftContext, o: ResolvedLayoutOptions) {
  const drafts: Draft[] = [];
  const unplaced: Unplaced[] = [];
  const cutoff = t.dataCutoff ? placeDate(t.dataCutoff, axis) : null;
  const cutoffX = cutoff ? cutoff.x : axis.x(axis.descriptor.domain[1]);
  const wanted = (lane: Draft["lane"]) => o.lanes === null || o.lanes.includes(lane);
  for (const d of t.diagnoses) {
    if (!wanted("milestones")) continue;
    const draft = diagnosisDraft(d, axis, ctx);
    if (draft) drafts.push(draft);
    else
      unplaced.push({
        eventId: d.id,
        reason: reasonFor(d.span.start),
        description: `Diagnosis: ${d.primarySite}`,
      });
  }
  for (const e of t.events) {
    const lane = laneOf(e);
    if (!wanted(lane)) continue;
    const made =
      e.kind === "lab"
        ? [seriesDraft(e, axis, ctx)].filter((x): x is Draft => x !== null)
        : isCourse(e) && axis.descriptor.mode !== "sequence"
          ? [barDraft(e, lane, axis, ctx, cutoffX)].filter((x): x is Draft => x !== null)
          : (pointDrafts(e, lane, axis, ctx) ?? []);
    if (made.length) drafts.push(...made);
    else
      unplaced.push({
        eventId: e.id,
        reason: reasonFor(e.span.start),
        description: describeEvent(e),
      });
  }
  return { drafts, unplaced };
}

/** Stage 2: pack each lane's drafts into rows, stack the lanes, and fix every y. */
function packLanes(drafts: Draft[], o: ResolvedLayoutOptions, top: number, titleWidth: number) {
  const lanes: Lane[] = [];
  const marks: Mark[] = [];
  let y = top;
  for (const kind of LANE_ORDER) {
    const inLane = drafts
      .filter((d) => d.lane === kind)
      .sort((a, b) => a.x0 - b.x0 || a.order - b.order);
    if (inLane.length === 0) continue;
    // Tall items (lab tracks) each take their own band of rows.
    const rows = kind === "lab" ? inLane.map((_, i) => i) : packRows(inLane, GAP);
    const rowUnits = inLane.map((d) => d.rows);
    const rowCount = Math.max(...rows) + 1;
    const unitsPerRow = Array.from({ length: rowCount }, (_, r) =>
      Math.max(1, ...rowUnits.filter((_, i) => rows[i] === r)),
    );
    const rowTop = unitsPerRow.reduce<number[]>(
      (acc, u, i) => [...acc, (acc[i] ?? 0) + u * o.rowHeight],
      [0],
    );
    const labelLines = wrapTitle(LANE_LABELS[kind], titleWidth, o.fontSize);
    const laneHeight = Math.max(
      rowTop[rowCount]! + 2 * LANE_PAD,
      (labelLines.length + 0.6) * o.fontSize * 1.3,
    );
    inLane.forEach((d, i) =>
      marks.push(positioned(d, rows[i]!, y + LANE_PAD + rowTop[rows[i]!]!, o)),
    );
    lanes.push({
      kind,
      label: LANE_LABELS[kind],
      labelLines,
      y,
      height: laneHeight,
      rows: rowCount,
    });
    y += laneHeight;
  }
  return { lanes, marks, height: y };
}

/** Put a draft mark into its row: y of the mark and of its label. */
function positioned(d: Draft, row: number, top: number, o: ResolvedLayoutOptions): Mark {
  const m = d.mark;
  const mid = top + o.rowHeight / 2;
  const labelY = mid + o.fontSize * 0.35;
  const label = m.label ? { ...m.label, y: m.type === "series" ? top + o.fontSize : labelY } : null;
  const bounds = {
    x: d.x0 - 2,
    y: top + 1,
    width: d.x1 - d.x0 + 4,
    height: d.rows * o.rowHeight - 2,
  };
  if (m.type === "bar") {
    const h = Math.round(o.rowHeight * 0.62);
    return { ...m, row, y: mid - h / 2, height: h, label, bounds };
  }
  if (m.type === "point") return { ...m, row, y: mid, label, bounds };
  return {
    ...m,
    row,
    y: top,
    label,
    bounds,
    points: m.points.map((p) => ({ ...p, y: p.y + top })),
    refBand: m.refBand ? { ...m.refBand, y0: m.refBand.y0 + top, y1: m.refBand.y1 + top } : null,
  };
}

function reasonFor(d: ResolvedDate): string {
  if (d.precision === "unknown") return "date not stated";
  return `dated relative to ${d.frame ?? "the calendar"}, which is not on this axis`;
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
    span: { start: at(i), end: at(i), ongoing: false },
  }));
  const events: NormalizedEvent[] = t.events.map((e, i) => {
    const d = at(d0 + i);
    const dates = Object.fromEntries(Object.keys(e.dates).map((k) => [k, d]));
    return { ...e, span: { start: d, end: d, ongoing: false }, dates };
  });
  return { ...t, events, diagnoses, dataCutoff: null };
}

/**
 * Lay out to fit a height (a 1080 px slide): the largest font size, from `fontSize` down to
 * `minFontSize`, whose layout is no taller than `height`. Returns the smallest if none fits.
 */
export function layoutToFit(
  timeline: Timeline,
  options: LayoutOptions & { height: number; minFontSize?: number },
): TimelineLayout {
  const max = options.fontSize ?? 12;
  const min = Math.min(max, options.minFontSize ?? Math.ceil(max * 0.55));
  let best = layoutTimeline(timeline, { ...options, fontSize: max });
  for (let size = max; best.height > options.height && size > min;) {
    size -= 1;
    best = layoutTimeline(timeline, { ...options, fontSize: size });
  }
  return best;
}

/** A lane title in at most two lines that fit `width` (the second shortened with "…" if need be). */
function wrapTitle(title: string, width: number, fontSize: number): string[] {
  if (measureText(title, fontSize, "bold") <= width) return [title];
  const words = title.split(" ");
  let first = words[0]!;
  let i = 1;
  while (i < words.length && measureText(`${first} ${words[i]}`, fontSize, "bold") <= width)
    first += ` ${words[i++]}`;
  const rest = words.slice(i).join(" ");
  return [
    truncateText(first, width, fontSize, "bold"),
    ...(rest ? [truncateText(rest, width, fontSize, "bold")] : []),
  ];
}

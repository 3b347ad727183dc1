import { measureText, truncateText } from "../layout/measureText.js";
import type { CohortColumn } from "../model/cohort.js";
import { alignCohort, filterRows, type SwimmerInput } from "./alignCohort.js";
import { describeAnchor } from "./anchor.js";
import { tableRoles } from "./alignTable.js";
import { groupRows, type RowGroup } from "./groupRows.js";
import {
  resolveSwimmerOptions,
  type ResolvedSwimmerOptions,
  type SwimmerOptions,
} from "./options.js";
import { rowGeometry, type RowFrame } from "./rowGeometry.js";
import { sortRows } from "./sortRows.js";
import { UNIT_DAYS } from "../dates/calendarDay.js";
import { dayAxis, dayExtent } from "./swimmerAxis.js";
import { guidePieces, messageBoxes, type TextBox } from "./guideGaps.js";
import { placeSwimmerLegend, swimmerLegendEntries } from "./swimmerLegend.js";
import { formatGroupSummary, summarizeRows } from "./summarizeCohort.js";
import { waterfallFrame, waterfallPanel, waterfallWidth } from "./waterfall.js";
import type { AlignedRow, SwimmerItem, SwimmerLayout } from "./types.js";

const UNIT_NAMES = { day: "Days", week: "Weeks", month: "Months", year: "Years" } as const;
const r1 = (x: number) => Math.round(x * 10) / 10;
const UNIT_SHORT = { day: "d", week: "wk", month: "mo", year: "y" } as const;

/** Rows after alignment, filtering, sorting and grouping: the order the figure draws. */
function orderRows(input: SwimmerInput, options: SwimmerOptions, o: ResolvedSwimmerOptions) {
  // Lines of therapy and survival cost a pass over each history: only for the sort (or a filter
  // function, which may read any field of the row).
  const anyField = typeof options.filter === "function";
  const aligned = alignCohort(input, options, {
    lines: anyField || o.sort === "lines",
    survival: anyField || o.sort === "survival",
  });
  const { kept, out } = filterRows(aligned, options.filter);
  const groups = groupRows(sortRows(kept, o.sort, o.order), o.group);
  return { rows: kept, groups, filteredOut: out };
}

/** What the horizontal frame needs of the rows, measured once: the widest label and after-text, the days. */
interface RowMeasures {
  labelMax: number;
  afterNeeded: boolean;
  afterMax: number;
  extent: [number, number];
}

function measureRows(rows: readonly AlignedRow[], fs: number): RowMeasures {
  const afterNeeded = rows.some((r) => r.after !== null);
  return {
    labelMax: Math.max(fs * 4, ...rows.map((r) => measureText(r.label, fs))),
    afterNeeded,
    afterMax: afterNeeded ? Math.max(...rows.map((r) => measureText(r.after ?? "", fs))) : 0,
    extent: dayExtent(rows),
  };
}

/** The horizontal frame: label gutter, plot, the column after it (table rows). */
function horizontalFrame(
  rows: readonly AlignedRow[],
  m: RowMeasures,
  o: ResolvedSwimmerOptions,
  domain?: [number, number],
): RowFrame {
  const fs = o.fontSize;
  const pad = fs * 0.75;
  const labelWidth = Math.min(o.width * 0.28, m.labelMax);
  const afterNeeded = m.afterNeeded;
  const glyphSize = fs * 0.9;
  const afterWidth = afterNeeded ? Math.min(o.width * 0.3, m.afterMax + glyphSize + 6) : 0;
  const labelRight = pad + labelWidth;
  const plotX0 = labelRight + pad;
  const wfWidth = o.waterfall ? waterfallWidth(o.width, fs) : 0;
  const wfRoom = o.waterfall ? wfWidth + pad + fs : 0;
  const plotX1 = o.width - pad - fs - (afterNeeded ? afterWidth + pad : 0) - wfRoom;
  const wfX0 = plotX1 + fs + pad + fs / 2;
  const axis = dayAxis(m.extent, [plotX0, plotX1], o.unit, domain);
  return {
    axis,
    fontSize: fs,
    rowHeight: Math.round(fs * 2.2),
    barHeight: Math.round(fs * 1.1),
    glyphSize,
    labelRight,
    labelWidth,
    plotX0,
    plotX1,
    afterX: afterNeeded ? plotX1 + fs + pad + wfRoom : null,
    afterWidth,
    durableMonths: o.durableMonths,
    waterfall: o.waterfall ? waterfallFrame(rows, wfX0, wfX0 + wfWidth - fs / 2) : null,
  };
}

/** Each group's header text (its n and median), which no domain or width changes. */
function groupHeaderTexts(groups: readonly RowGroup[], o: ResolvedSwimmerOptions): string[] {
  if (o.group === null) return [];
  return groups.map((g) => {
    const s = summarizeRows(
      g.label,
      g.rows.filter((r) => r.aligned),
      o.unit,
    );
    return `${o.group}: ${g.label} (n = ${g.rows.length}${s.median ? `; median ${s.median.wide ? `${r1(s.median.low)}–${r1(s.median.high)}` : r1(s.median.value)} ${UNIT_SHORT[o.unit]}` : ""})`;
  });
}

/** Group headers and rows stacked from `top`; returns the items and where they end. */
function stackItems(
  groups: readonly RowGroup[],
  headerTexts: readonly string[],
  f: RowFrame,
  top: number,
  o: ResolvedSwimmerOptions,
) {
  const items: SwimmerItem[] = [];
  let y = top;
  let index = 0;
  const headerH = Math.round(o.fontSize * 2);
  for (const [gi, g] of groups.entries()) {
    if (o.group !== null) {
      const text = headerTexts[gi]!;
      items.push({
        type: "group",
        id: `group:${g.label}`,
        label: g.label,
        n: g.rows.length,
        y,
        height: headerH,
        text: { x: o.fontSize * 0.75, y: y + headerH * 0.7, text },
      });
      y += headerH;
    }
    for (const r of g.rows) {
      items.push(rowGeometry(r, index++, y, f, o.group === null ? null : g.label));
      y += f.rowHeight;
    }
  }
  return { items, bottom: y };
}

/** Landmark lines in the domain; a label that would touch the previous one is left empty. */
function landmarks(
  o: ResolvedSwimmerOptions,
  axis: RowFrame["axis"],
  y1: number,
  y2: number,
  inDomain: (d: number) => boolean,
  boxes: readonly TextBox[],
) {
  const u = UNIT_DAYS[o.unit];
  let lastRight = -Infinity;
  return o.landmarks
    .filter((v) => inDomain(v * u))
    .map((v) => {
      const x = axis.x(v * u);
      const text = `${v} ${UNIT_SHORT[o.unit]}`;
      const w = measureText(text, o.fontSize * 0.9);
      const fits = x - w / 2 > lastRight + o.fontSize * 0.3;
      if (fits) lastRight = x + w / 2;
      const pieces = guidePieces(x, y1, y2, boxes);
      const label = fits ? text : "";
      return { value: v * u, x, y1, y2, pieces, label, labelY: y1 - o.fontSize * 0.4 };
    });
}

function inputColumns(input: SwimmerInput) {
  return Array.isArray(input) ? [] : ((input as { columns?: CohortColumn[] }).columns ?? []);
}

/** Split items into pages of at most `room` px of rows (slides). */
function pageItems(items: readonly SwimmerItem[], room: number): SwimmerItem[][] {
  const pages: SwimmerItem[][] = [[]];
  let used = 0;
  for (const it of items) {
    if (used + it.height > room && pages.at(-1)!.length) [pages[pages.length], used] = [[], 0];
    pages.at(-1)!.push(it);
    used += it.height;
  }
  return pages;
}

/** "Page 1 of 2: rows 1–12 of 16". */
function pageNote(page: ReturnType<typeof pickPage>, total: number): string {
  const first = (page.rows[0]?.index ?? 0) + 1;
  const last = (page.rows.at(-1)?.index ?? 0) + 1;
  return `Page ${page.index + 1} of ${page.count}: rows ${first}–${last} of ${total}`;
}

/** The note lines under the legend (from `bottom`), each shortened to the figure's width. */
function placeNotes(lines: readonly string[], o: ResolvedSwimmerOptions, bottom: number) {
  const fs = o.fontSize;
  return lines.map((text, i) => ({
    text: truncateText(text, o.width - fs * 1.5, fs),
    x: fs * 0.75,
    y: bottom + fs * (1.1 + i * 1.5),
  }));
}

/**
 * Lay out a cohort as a swimmer plot: one row per patient, aligned on an anchor, sorted, grouped
 * and filtered; every pixel decided here (bars, response bands, glyphs on their true day, ends,
 * landmarks, axis, group headers, legend). Pure and DOM-free; the result is plain JSON.
 */
export function layoutSwimmer(input: SwimmerInput, options: SwimmerOptions = {}): SwimmerLayout {
  return swimmerLayouter(input, options)();
}

/** What `swimmerLayouter` may change between layouts: the visible domain and the width. */
export type SwimmerRelayout = Pick<SwimmerOptions, "domain" | "width">;

/**
 * Prepare a cohort's swimmer layout once: align, filter, sort and group the rows, measure their
 * labels and compute the texts no domain or width changes. The returned function lays the cohort
 * out for `change` (a zoomed or panned domain, another width) over `options`, exactly as
 * `layoutSwimmer(input, { ...options, ...change })` would, without redoing that work.
 */
export function swimmerLayouter(
  input: SwimmerInput,
  options: SwimmerOptions = {},
): (change?: SwimmerRelayout) => SwimmerLayout {
  const o0 = resolveSwimmerOptions(options);
  const { rows, groups, filteredOut } = orderRows(input, options, o0);
  const measures = measureRows(rows, o0.fontSize);
  const headerTexts = groupHeaderTexts(groups, o0);
  const legendEntries = swimmerLegendEntries(rows, o0.durableMonths, o0.waterfall);
  const notAligned = rows
    .filter((r) => !r.aligned)
    .map((r) => ({ id: r.id, reason: r.note ?? "no anchor" }));
  const noteLines = noteLinesOf(rows, notAligned, filteredOut, o0);
  const anchorText = anchorTextOf(input, rows, options, o0);
  const description = describeSwimmer(options, rows, anchorText, o0);
  const fixed = { rows, groups, filteredOut, measures, headerTexts, legendEntries };
  return (change = {}) => {
    const opts = { ...options, ...change };
    const o = resolveSwimmerOptions(opts);
    const parts = { ...fixed, notAligned, noteLines: [...noteLines], anchorText, description };
    return layoutPrepared(opts, o, parts);
  };
}

/** The domain- and width-independent parts `swimmerLayouter` computes once. */
interface Prepared {
  rows: AlignedRow[];
  groups: RowGroup[];
  filteredOut: string[];
  measures: RowMeasures;
  headerTexts: string[];
  legendEntries: ReturnType<typeof swimmerLegendEntries>;
  notAligned: SwimmerLayout["notAligned"];
  noteLines: string[];
  anchorText: string;
  description: SwimmerLayout["description"];
}

/** Stage: the layout for the options' domain and width from the prepared parts. */
function layoutPrepared(
  options: SwimmerOptions,
  o: ResolvedSwimmerOptions,
  p: Prepared,
): SwimmerLayout {
  const fs = o.fontSize;
  const { rows, noteLines, anchorText } = p;
  const f = horizontalFrame(rows, p.measures, o, options.domain);
  const titleH = options.title ? fs * 2.2 : 0;
  const headerH = fs * 1.6; // landmark labels and the after-column header
  const rowsTop = Math.round(fs * 0.5 + titleH + headerH);
  const all = stackItems(p.groups, p.headerTexts, f, rowsTop, o);
  const footer = footerPlacer(p.legendEntries, o);
  // A fixed height reserves a line for "Page 1 of 2".
  const noteH = (noteLines.length + (options.height ? 1 : 0)) * fs * 1.5;
  // Pages: a fixed height moves rows that do not fit to further pages, each with axis and legend.
  const page = pickPage(all.items, options, rowsTop, footer(0).bottom + noteH + fs * 0.5);
  const rowsBottom = page.items.reduce((h, it) => h + it.height, rowsTop);
  const foot = footer(rowsBottom);
  if (page.count > 1) noteLines.push(pageNote(page, rows.length));
  const notes = placeNotes(noteLines, o, foot.bottom);
  const height = Math.ceil(Math.max(options.height ?? 0, foot.bottom + noteH + fs * 0.5));
  return {
    width: o.width,
    height,
    fontSize: fs,
    rowHeight: f.rowHeight,
    barHeight: f.barHeight,
    plot: {
      x: f.plotX0,
      y: rowsTop,
      width: f.plotX1 - f.plotX0 + fs,
      height: rowsBottom - rowsTop,
    },
    rows: { y: rowsTop, height: rowsBottom - rowsTop },
    items: page.items,
    ...axisChrome(o, f, [rowsTop, rowsBottom], foot, anchorText, messageBoxes(page.items, fs)),
    title: titleOf(options.title, o),
    legend: foot.legend.entries,
    notes,
    notAligned: p.notAligned,
    filteredOut: p.filteredOut,
    order: page.rows.map((r) => r.id),
    page: {
      index: page.index,
      count: page.count,
      from: page.rows[0]?.index ?? 0,
      to: (page.rows.at(-1)?.index ?? -1) + 1,
    },
    description: p.description,
  };
}

/** Where the axis, its title and the legend go below the rows. */
interface Footer {
  axisY: number;
  tickLabelY: number;
  titleY: number;
  legend: ReturnType<typeof placeSwimmerLegend>;
  bottom: number;
}

/** The page of rows drawn: its items (moved up to the top), their rows, its index and the count. */
interface Page {
  items: SwimmerItem[];
  rows: Extract<SwimmerItem, { type: "row" }>[];
  index: number;
  count: number;
}

/** Stage: places the footer (axis, axis title, legend) below rows that end at `top`. */
function footerPlacer(
  legendEntries: ReturnType<typeof swimmerLegendEntries>,
  o: ResolvedSwimmerOptions,
): (top: number) => Footer {
  const fs = o.fontSize;
  return (top: number) => {
    const axisY = top;
    const tickLabelY = axisY + 5 + fs * 1.1;
    const titleY = tickLabelY + fs * 1.6;
    const legend = placeSwimmerLegend(
      legendEntries,
      fs * 0.75,
      o.width - fs * 0.75,
      titleY + fs * 0.8,
      fs,
    );
    return { axisY, tickLabelY, titleY, legend, bottom: titleY + fs * 0.8 + legend.height };
  };
}

/** Stage: the notes under the figure (rows not aligned, mixed table rows, rows filtered out). */
function noteLinesOf(
  rows: readonly AlignedRow[],
  notAligned: readonly { id: string }[],
  filteredOut: readonly string[],
  o: ResolvedSwimmerOptions,
): string[] {
  return [
    ...(notAligned.length
      ? [`Not aligned (no ${describeAnchor(o.align)}): ${notAligned.map((r) => r.id).join(", ")}`]
      : []),
    ...(rows.some((r) => r.source === "table") && rows.some((r) => r.source === "timeline")
      ? ["Table rows start at the start of their stated interval, not at the anchor."]
      : []),
    ...(filteredOut.length
      ? [`Filtered out: ${filteredOut.length} (${filteredOut.join(", ")})`]
      : []),
  ];
}

/** Stage: the page `options.page` of the items, when a fixed height leaves `chrome` px for the rest. */
function pickPage(
  all: SwimmerItem[],
  options: SwimmerOptions,
  rowsTop: number,
  chrome: number,
): Page {
  const pages = options.height ? pageItems(all, options.height - rowsTop - chrome) : [all];
  const index = Math.min(Math.max(0, options.page ?? 0), pages.length - 1);
  const shift = pages
    .slice(0, index)
    .flat()
    .reduce((h, it) => h + it.height, 0);
  const items = pages[index]!.map((it) => shiftItem(it, -shift));
  const rows = items.filter((it) => it.type === "row");
  return { items, rows, index, count: pages.length };
}

/** Stage: what day 0 is. Table rows start at their interval: when every row is one, that start. */
function anchorTextOf(
  input: SwimmerInput,
  rows: readonly AlignedRow[],
  options: SwimmerOptions,
  o: ResolvedSwimmerOptions,
): string {
  const tableOnly = rows.length > 0 && rows.every((r) => r.source === "table");
  const therapyColumn = tableOnly ? tableRoles(inputColumns(input), options.table).therapy : null;
  return tableOnly
    ? `start of ${therapyColumn ? therapyColumn.label : "the stated interval"}`
    : describeAnchor(o.align);
}

/** Stage: the day-0 line, landmarks, time axis, waterfall panel and after-column header. */
function axisChrome(
  o: ResolvedSwimmerOptions,
  f: RowFrame,
  [rowsTop, rowsBottom]: [number, number],
  foot: Footer,
  anchorText: string,
  messages: readonly TextBox[],
): Pick<SwimmerLayout, "zero" | "landmarks" | "axis" | "waterfall" | "afterHeader"> {
  const fs = o.fontSize;
  const { axis } = f;
  const inDomain = (d: number) => d >= axis.domain[0] && d <= axis.domain[1];
  const x0 = axis.x(0);
  return {
    zero: inDomain(0)
      ? {
          x: x0,
          y1: rowsTop,
          y2: rowsBottom,
          pieces: guidePieces(x0, rowsTop, rowsBottom, messages),
        }
      : null,
    landmarks: landmarks(o, axis, rowsTop, rowsBottom, inDomain, messages),
    axis: {
      unit: o.unit,
      domain: axis.domain,
      range: axis.range,
      y: foot.axisY,
      tickSize: 5,
      tickLabelY: foot.tickLabelY,
      title: `${UNIT_NAMES[o.unit]} from ${anchorText}`,
      titleY: foot.titleY,
      ticks: axis.ticks,
    },
    waterfall: f.waterfall
      ? waterfallPanel(
          f.waterfall,
          rowsTop,
          rowsBottom,
          { y: foot.axisY, tickLabelY: foot.tickLabelY, titleY: foot.titleY },
          fs,
          rowsTop - fs * 0.4, // where the landmark labels sit
        )
      : null,
    afterHeader:
      f.afterX !== null
        ? { text: "Best response · later regimens", x: f.afterX, y: rowsTop - fs * 0.4 }
        : null,
  };
}

/** Stage: the figure's title line, or null. */
function titleOf(title: string | undefined, o: ResolvedSwimmerOptions): SwimmerLayout["title"] {
  const fs = o.fontSize;
  return title
    ? {
        text: truncateText(title, o.width - fs * 1.5, fs * 1.2, "bold"),
        x: fs * 0.75,
        y: fs * 1.9,
        fontSize: fs * 1.2,
      }
    : null;
}

/** Stage: the figure's accessible title and summary (counts, anchor, order, median). */
function describeSwimmer(
  options: SwimmerOptions,
  rows: readonly AlignedRow[],
  anchorText: string,
  o: ResolvedSwimmerOptions,
): SwimmerLayout["description"] {
  const overall = summarizeRows(
    "all",
    rows.filter((r) => r.aligned),
    o.unit,
  );
  return {
    title: options.title ?? options.name ?? `Swimmer plot of ${rows.length} patients`,
    summary: `${rows.length} patients aligned on ${anchorText}, sorted by ${o.sort} (${o.order === "asc" ? "ascending" : "descending"})${o.group ? `, grouped by ${o.group}` : ""}. ${formatGroupSummary(overall, o.unit)}.`,
  };
}

/** Number of pages `layoutSwimmer` splits the cohort into at `options.height` (1 without a height). */
export function swimmerPageCount(input: SwimmerInput, options: SwimmerOptions): number {
  return layoutSwimmer(input, { ...options, page: 0 }).page.count;
}

function shiftItem(it: SwimmerItem, dy: number): SwimmerItem {
  if (dy === 0) return it;
  const y = (v: number) => v + dy;
  if (it.type === "group") return { ...it, y: y(it.y), text: { ...it.text, y: y(it.text.y) } };
  return {
    ...it,
    y: y(it.y),
    cy: y(it.cy),
    label: { ...it.label, y: y(it.label.y) },
    anchorRange: it.anchorRange && { ...it.anchorRange, y: y(it.anchorRange.y) },
    followUp: it.followUp && { ...it.followUp, y: y(it.followUp.y) },
    segments: it.segments.map((s) => ({ ...s, y: y(s.y) })),
    bands: it.bands.map((b) => ({ ...b, y: y(b.y) })),
    glyphs: it.glyphs.map((g) => ({ ...g, y: y(g.y) })),
    end: it.end && {
      ...it.end,
      y: y(it.end.y),
      points: it.end.points.map(([px, py]) => [px, y(py)] as [number, number]),
    },
    after: it.after && {
      ...it.after,
      y: y(it.after.y),
      glyph: it.after.glyph && { ...it.after.glyph, y: y(it.after.glyph.y) },
    },
    message: it.message && { ...it.message, y: y(it.message.y) },
  };
}

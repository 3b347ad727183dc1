import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedDiagnosis, NormalizedEvent } from "../model/normalized.js";
import { describeDiagnosis, shortLabel } from "./describeEvent.js";
import { formatDiagnosisCore, formatDrivers, formatStage, formatWindow } from "./format.js";
import { kindSpec } from "../kinds/registry.js";
import type { PointSpec } from "../kinds/kindSpec.js";
import { named } from "./colorKey.js";
import { lazyDraft, perLayout, UNPLACED_BOUNDS, type Draft, type DraftContext } from "./draft.js";
import {
  footprintWithLabel,
  placeLabel,
  placeLabelOrAbove,
  type LabelRoom,
  type PlacedLabel,
} from "./placeLabel.js";
import { placeDate, type PlacedDate } from "./placeDate.js";
import type { TimeAxis } from "./timeAxis.js";
import type { Label, LaneKind, Mark, PointMark } from "./types.js";

/** The glyph(s) an event is drawn with: one per scoped response for imaging. */
function specs(e: NormalizedEvent, ctx: DraftContext): PointSpec[] {
  const kind = kindSpec(e);
  if (kind.points) return kind.points(e);
  const text = shortLabel(e, ctx.lineLabels.get(e.id));
  return [{ id: e.id, glyph: kind.glyph(e), colorKey: kind.colorKey(e), text }];
}

/** Room kept in a label whose window was left out for a footnote's number (`[12] `). */
const NUMBER_ROOM = "[99] ";

/**
 * A window's label that does not fit whole: what happened, in full, with the window left to the
 * footnote (the band shows it), rather than both cut short. Null when even that does not fit.
 */
function windowLabel(
  what: string,
  text: string,
  beside: Label,
  room: LabelRoom,
): PlacedLabel | null {
  if (what === text || !beside.truncated) return null;
  const placed = placeLabel(`${NUMBER_ROOM}${what}`, room);
  if (placed.truncated) return null;
  return { label: { ...placed, text: what, full: text, truncated: true }, above: false };
}

/** Where a point mark is drawn: its date placed, its glyph's size and extent, a sample tie. */
interface PointPlace {
  p: PlacedDate;
  size: number;
  /** Left and right edge of everything the mark draws on its line. */
  lo: number;
  x1: number;
  sampleX: number | undefined;
  /** A window wider than the glyph is drawn as a window, and its label says what it spans. */
  window: boolean;
}

/** What a point mark stands for: its glyph and text, event, kind, lane and description. */
interface PointWhat {
  spec: PointSpec;
  eventId: string;
  kind: PointMark["kind"];
  lane: LaneKind;
  description: string;
}

/** Whose glyph a draft is: its lane, kind and event. */
type PointWho = Pick<PointWhat, "lane" | "kind" | "eventId">;

/** Where a point is drawn and its label: all its draft needs, and all its mark needs. */
interface PointPlan {
  at: PointPlace;
  label: Label;
  above: boolean;
}

function pointPlan(
  glyphText: string,
  date: ResolvedDate,
  axis: TimeAxis,
  ctx: DraftContext,
  sample?: ResolvedDate,
): PointPlan | null {
  const at = placePoint(date, axis, ctx, sample);
  if (!at) return null;
  // "~" is what the source said ("about", "around", EDTF ~ and %): a stated month or a window is
  // not approximate, and says so by its window, hollow glyph or whisker instead.
  const short = `${date.approximate ? "~" : ""}${glyphText}`;
  // A month or year the source states reads as stated, on a relative axis too ("in 2013-06",
  // not "between month -25.8 and month 0.0": the case's one calendar date stays on the page).
  const stated = date.frame === null && (date.precision === "month" || date.precision === "year");
  const window = stated ? formatWindow(date) : (axis.windowText?.(date) ?? formatWindow(date));
  const text = at.window ? `${short}, ${window}` : short;
  const room = pointRoom(at, ctx);
  // The label beside the mark is placed once, for both the window's label and the usual one.
  const beside = placeLabel(text, room);
  const { label, above } =
    windowLabel(short, text, beside, room) ?? placeLabelOrAbove(text, room, beside);
  return { at, label, above };
}

/**
 * A point's draft: its footprint, label included. The mark itself (label, whiskers, glyph) is
 * planned again and built only if the draft is drawn (`drawnMark`) by `build`, which makes `what`
 * again: the same inputs, so the same mark, and nothing of it (spec, text, colour) kept alive for
 * the many drafts that end up in clusters.
 */
function pointDraft(
  who: PointWho,
  glyphText: string,
  date: ResolvedDate,
  order: number,
  axis: TimeAxis,
  ctx: DraftContext,
  sample: ResolvedDate | undefined,
  build: (d: Draft) => Mark,
  source?: NormalizedEvent,
  glyph?: number,
): Draft | null {
  const plan = pointPlan(glyphText, date, axis, ctx, sample);
  if (!plan) return null;
  const { at, label, above } = plan;
  const head = {
    lane: who.lane,
    type: "point" as const,
    kind: who.kind,
    eventId: who.eventId,
    uncertain: at.p.uncertain,
    anchor: at.p.x,
  };
  const fp = footprintWithLabel(at.lo, at.x1, label, above);
  return lazyDraft(head, fp, above ? 2 : 1, order, above, build, source, glyph);
}

/** The mark of a point drawn after all: planned again from the same inputs as its draft. */
function builtPoint(
  what: PointWhat,
  date: ResolvedDate,
  axis: TimeAxis,
  ctx: DraftContext,
  sample: ResolvedDate | undefined,
): PointMark {
  const again = pointPlan(what.spec.text, date, axis, ctx, sample)!;
  return pointMark(what, again.at, again.label);
}

/** Place a point's date (and its sample's) on the axis; null when the date is not on it. */
function placePoint(
  date: ResolvedDate,
  axis: TimeAxis,
  ctx: DraftContext,
  sample: ResolvedDate | undefined,
): PointPlace | null {
  const p = placeDate(date, axis);
  if (!p) return null;
  const size = Math.round(ctx.rowHeight * 0.55);
  const x0 = Math.min(p.x - size / 2, p.range?.x0 ?? Infinity);
  const x1 = Math.max(p.x + size / 2, p.range?.x1 ?? -Infinity);
  const sp = sample ? placeDate(sample, axis) : null;
  const sampleX = sp && Math.abs(sp.x - p.x) > size ? sp.x : undefined;
  const window = p.range !== null && !p.openLeft && !p.openRight && p.range.x1 - p.range.x0 > size;
  return { p, size, lo: Math.min(x0, sampleX ?? Infinity), x1, sampleX, window };
}

/**
 * The room for a point's label: beside everything the mark draws (glyph, whisker or window, sample
 * tie), else over a window's band beside the glyph (left of it only with no sample tie there),
 * never across a line; with no room, on a line above.
 */
function pointRoom(at: PointPlace, ctx: DraftContext): LabelRoom {
  const { p, size } = at;
  return {
    x0: at.lo,
    x1: at.x1,
    inside: null,
    over: at.window
      ? [
          { x0: p.x + size / 2, x1: p.range!.x1 },
          ...(at.sampleX === undefined ? [{ x0: p.range!.x0, x1: p.x - size / 2 }] : []),
        ]
      : p.range && at.sampleX === undefined
        ? // A whisker: beside the glyph over its dotted line, not past its far end.
          [
            { x0: p.x + size / 2, x1: p.range.x1 },
            { x0: p.range.x0, x1: p.x - size / 2, end: true },
          ]
        : NO_STRETCHES,
    overFirst: !at.window && p.range !== null && at.sampleX === undefined,
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  };
}

const NO_STRETCHES: LabelRoom["over"] = [];

/** The point mark, y and bounds still to come (`sampleX` only when there is a sample tie). */
function pointMark(what: PointWhat, at: PointPlace, label: PointMark["label"]): PointMark {
  const { p } = at;
  const mark: PointMark = {
    type: "point",
    id: what.spec.id,
    eventId: what.eventId,
    kind: what.kind,
    lane: what.lane,
    row: 0,
    label,
    description: what.description,
    uncertain: p.uncertain,
    colorKey: what.spec.colorKey,
    bounds: UNPLACED_BOUNDS,
    x: p.x,
    y: 0,
    size: at.size,
    glyph: what.spec.glyph,
    range: p.range,
    window: at.window,
    openLeft: p.openLeft,
    openRight: p.openRight,
  };
  if (at.sampleX !== undefined) mark.sampleX = at.sampleX;
  return mark;
}

/**
 * Point marks for a dated moment (imaging, test, resistance, adverse or clinical event, outcome).
 * Their description is written by layoutTimeline, from the event as stated, once they are drawn.
 */
export function pointDrafts(
  e: NormalizedEvent,
  lane: LaneKind,
  axis: TimeAxis,
  ctx: DraftContext,
): Draft | Draft[] | null {
  const { date, sample } = pointDates(e);
  const build = pointBuilder(axis, ctx);
  const who = { lane, kind: e.kind, eventId: e.id };
  // Most events draw one glyph: its draft needs only the glyph's text (not its colour or shape).
  if (!kindSpec(e).points) {
    const text = shortLabel(e, ctx.lineLabels.get(e.id));
    return pointDraft(who, text, date, e.index, axis, ctx, sample, build, e, 0);
  }
  const out: Draft[] = [];
  const list = specs(e, ctx);
  for (let k = 0; k < list.length; k++) {
    const d = pointDraft(who, list[k]!.text, date, e.index, axis, ctx, sample, build, e, k);
    if (d) out.push(d);
  }
  return out.length ? out : null;
}

/** The date a point is drawn at: a molecular test's result, whose sample date links back. */
function pointDates(e: NormalizedEvent): { date: ResolvedDate; sample: ResolvedDate | undefined } {
  const atEnd = kindSpec(e).drawnAtEnd === true;
  const date = atEnd ? e.span.end : e.span.start;
  return { date, sample: atEnd && !e.span.moment ? e.span.start : undefined };
}

/**
 * What makes a drawn point's mark, once per layout (by its draft context): the draft's glyph,
 * planned again from its event. The description is written by layoutTimeline.
 */
const builders = new WeakMap<DraftContext, (d: Draft) => Mark>();
function pointBuilder(axis: TimeAxis, ctx: DraftContext): (d: Draft) => Mark {
  return perLayout(builders, axis, ctx, makePointBuilder);
}

function makePointBuilder(axis: TimeAxis, ctx: DraftContext): (d: Draft) => Mark {
  return (d) => {
    const e = d.source!;
    const { date, sample } = pointDates(e);
    return builtPoint(pointWhat(specs(e, ctx)[d.glyph]!, e, d.lane), date, axis, ctx, sample);
  };
}

const pointWhat = (spec: PointSpec, e: NormalizedEvent, lane: LaneKind): PointWhat => ({
  spec,
  eventId: e.id,
  kind: e.kind,
  lane,
  description: "",
});

/** The marker of a diagnosis; `stated` has the date its source gave, for the description. */
export function diagnosisDraft(
  d: NormalizedDiagnosis,
  axis: TimeAxis,
  ctx: DraftContext,
  stated: NormalizedDiagnosis = d,
  /** Say the drivers and receptors too ("; del(17p), del(13q)"). */
  withDrivers = false,
): Draft | null {
  const what = formatDiagnosisCore({ ...d, grade: undefined, stage: undefined });
  const drivers = withDrivers ? formatDrivers(d) : "";
  const text = `Diagnosis: ${what}${d.stage ? `, ${formatStage(d.stage)}` : ""}${drivers ? `; ${drivers}` : ""}`;
  const description = describeDiagnosis(stated);
  const spec: PointSpec = { id: d.id, glyph: "diagnosis", colorKey: named("diagnosis"), text };
  const drawn = { spec, eventId: d.id, kind: "diagnosis" as const, lane: "milestones" as const };
  const marker = { ...drawn, description };
  const date = d.span.start;
  const build = () => builtPoint(marker, date, axis, ctx, undefined);
  return pointDraft(marker, text, date, -1, axis, ctx, undefined, build);
}

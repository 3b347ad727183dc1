import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedDiagnosis, NormalizedEvent } from "../model/normalized.js";
import { describeDiagnosis, shortLabel } from "./describeEvent.js";
import { formatDiagnosisCore, formatWindow } from "./format.js";
import { kindSpec } from "../kinds/registry.js";
import type { PointSpec } from "../kinds/kindSpec.js";
import { named } from "./colorKey.js";
import type { Draft, DraftContext } from "./draft.js";
import {
  footprintWithLabel,
  placeLabel,
  placeLabelOrAbove,
  type LabelRoom,
  type PlacedLabel,
} from "./placeLabel.js";
import { placeDate } from "./placeDate.js";
import type { TimeAxis } from "./timeAxis.js";
import type { LaneKind, PointMark } from "./types.js";

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
function windowLabel(what: string, text: string, room: LabelRoom): PlacedLabel | null {
  if (what === text || !placeLabel(text, room).truncated) return null;
  const placed = placeLabel(`${NUMBER_ROOM}${what}`, room);
  if (placed.truncated) return null;
  return { label: { ...placed, text: what, full: text, truncated: true }, above: false };
}

function pointDraft(
  spec: PointSpec,
  eventId: string,
  kind: PointMark["kind"],
  lane: LaneKind,
  date: ResolvedDate,
  description: string,
  order: number,
  axis: TimeAxis,
  ctx: DraftContext,
  sample?: ResolvedDate,
): Draft | null {
  const p = placeDate(date, axis);
  if (!p) return null;
  const size = Math.round(ctx.rowHeight * 0.55);
  const x0 = Math.min(p.x - size / 2, p.range?.x0 ?? Infinity);
  const x1 = Math.max(p.x + size / 2, p.range?.x1 ?? -Infinity);
  const sp = sample ? placeDate(sample, axis) : null;
  const sampleX = sp && Math.abs(sp.x - p.x) > size ? sp.x : undefined;
  // A window wider than the glyph is drawn as a window, and its label says what it spans.
  const window = p.range !== null && !p.openLeft && !p.openRight && p.range.x1 - p.range.x0 > size;
  const what = `${p.uncertain ? "~" : ""}${spec.text}`;
  const text = window ? `${what}, ${formatWindow(date)}` : what;
  // The label sits beside everything the mark draws (glyph, whisker or window, sample tie), else
  // over a window's band beside the glyph, never across a line; with no room, on a line above.
  const lo = Math.min(x0, sampleX ?? Infinity);
  const room = {
    x0: lo,
    x1,
    inside: null,
    // Over the window's band, beside the glyph (left of it only with no sample tie there).
    over: window
      ? [
          { x0: p.x + size / 2, x1: p.range!.x1 },
          ...(sampleX === undefined ? [{ x0: p.range!.x0, x1: p.x - size / 2 }] : []),
        ]
      : [],
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  };
  const { label, above } = windowLabel(what, text, room) ?? placeLabelOrAbove(text, room);
  const mark: PointMark = {
    type: "point",
    id: spec.id,
    eventId,
    kind,
    lane,
    row: 0,
    label,
    description,
    uncertain: p.uncertain,
    colorKey: spec.colorKey,
    bounds: { x: 0, y: 0, width: 0, height: 0 },
    x: p.x,
    y: 0,
    size,
    glyph: spec.glyph,
    range: p.range,
    window,
    openLeft: p.openLeft,
    openRight: p.openRight,
    ...(sampleX === undefined ? {} : { sampleX }),
  };
  const fp = footprintWithLabel(lo, x1, label, above);
  return { mark, lane, x0: fp.x0, x1: fp.x1, rows: above ? 2 : 1, order, labelAbove: above };
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
): Draft[] | null {
  // A molecular test is drawn when its result is known; its sample date links back.
  const atEnd = kindSpec(e).drawnAtEnd === true;
  const date = atEnd ? e.span.end : e.span.start;
  const sample = atEnd && !e.span.moment ? e.span.start : undefined;
  const description = ""; // written once the mark is known to be drawn (layoutTimeline)
  const out = specs(e, ctx).map((s) =>
    pointDraft(s, e.id, e.kind, lane, date, description, e.index, axis, ctx, sample),
  );
  return out.every((d) => d === null) ? null : out.filter((d): d is Draft => d !== null);
}

/** The marker of a diagnosis; `stated` has the date its source gave, for the description. */
export function diagnosisDraft(
  d: NormalizedDiagnosis,
  axis: TimeAxis,
  ctx: DraftContext,
  stated: NormalizedDiagnosis = d,
): Draft | null {
  const what = formatDiagnosisCore({ ...d, grade: undefined, stage: undefined });
  const text = `Diagnosis: ${what}${d.stage ? `, stage ${d.stage.value}` : ""}`;
  const description = describeDiagnosis(stated);
  return pointDraft(
    { id: d.id, glyph: "diagnosis", colorKey: named("diagnosis"), text },
    d.id,
    "diagnosis",
    "milestones",
    d.span.start,
    description,
    -1,
    axis,
    ctx,
  );
}

import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedDiagnosis, NormalizedEvent } from "../model/normalized.js";
import { describeDiagnosis, shortLabel } from "./describeEvent.js";
import { formatDiagnosisCore, formatWindow } from "./format.js";
import { kindSpec } from "../kinds/registry.js";
import type { PointSpec } from "../kinds/kindSpec.js";
import { named } from "./colorKey.js";
import type { Draft, DraftContext } from "./draft.js";
import { footprintWithLabel, placeLabelOrAbove } from "./placeLabel.js";
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
  const text = `${p.uncertain ? "~" : ""}${spec.text}${window ? `, ${formatWindow(date)}` : ""}`;
  // The label sits beside everything the mark draws (glyph, whisker or window, sample tie), never
  // over it; with no room beside, on a line of its own above.
  const lo = Math.min(x0, sampleX ?? Infinity);
  const { label, above } = placeLabelOrAbove(text, {
    x0: lo,
    x1,
    inside: null,
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  });
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

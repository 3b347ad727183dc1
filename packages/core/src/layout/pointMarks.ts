import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedDiagnosis, NormalizedEvent } from "../model/normalized.js";
import {
  describeDiagnosis,
  formatDiagnosisCore,
  formatResponse,
  formatWindow,
  shortLabel,
} from "./describeEvent.js";
import type { Draft, DraftContext } from "./draft.js";
import { barColorKey } from "./barMarks.js";
import { footprintWithLabel, placeLabel } from "./placeLabel.js";
import { placeDate } from "./placeDate.js";
import type { TimeAxis } from "./timeAxis.js";
import type { Glyph, LaneKind, PointMark } from "./types.js";

interface PointSpec {
  id: string;
  glyph: Glyph;
  colorKey: string;
  text: string;
}

/** The glyph(s) an event is drawn with: one per scoped response for imaging. */
function specs(e: NormalizedEvent, ctx: DraftContext): PointSpec[] {
  const one = (glyph: Glyph, colorKey: string, text = shortLabel(e, ctx.lineLabels.get(e.id))) => [
    { id: e.id, glyph, colorKey, text },
  ];
  switch (e.kind) {
    case "imaging": {
      const rs = e.responses ?? [];
      if (rs.length === 0)
        return one("scan", "scan", `${shortLabel(e)}${e.baseline && !e.label ? " baseline" : ""}`);
      const pct =
        e.targetSumChangePct !== undefined
          ? ` ${e.targetSumChangePct > 0 ? "+" : "−"}${Math.abs(e.targetSumChangePct)}%`
          : "";
      return rs.map((r, i) => ({
        id: rs.length > 1 ? `${e.id}#${i}` : e.id,
        glyph: r.value ?? "scan",
        colorKey: r.value ? `response:${r.value}` : "scan",
        text: formatResponse(r, pct),
      }));
    }
    case "progression":
      return one("PD", "response:PD");
    case "procedure":
      return one("procedure", "procedure");
    case "molecular":
      return one("test", "molecular");
    case "resistance":
      return one("resistance", "resistance");
    case "adverse-event":
      return one("adverse", "adverse");
    case "clinical":
      return one("clinical", `clinical:${e.category}`);
    case "outcome":
      return one(
        e.status === "death" ? "death" : "follow-up",
        e.status === "death" ? "death" : "follow-up",
      );
    case "therapy":
    case "radiotherapy":
      // An undated course drawn at its place in the told order keeps its class colour.
      return one("course", barColorKey(e));
    default:
      return one("clinical", e.kind);
  }
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
  // The label starts beside the glyph, over the mark's own whisker (renderers give labels a halo).
  // A window's label sits beside the whole window when there is room; else beside its glyph.
  const room = (x0: number, x1: number) => ({
    x0,
    x1,
    inside: null,
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  });
  const glyphRoom = room(p.x - size / 2, p.x + size / 2);
  const beside = window ? placeLabel(text, room(p.range!.x0, p.range!.x1)) : null;
  const outside =
    beside !== null &&
    !beside.truncated &&
    (beside.anchor === "start" ? beside.x >= p.range!.x1 : beside.x <= p.range!.x0);
  const label = outside ? beside : placeLabel(text, glyphRoom);
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
  const fp = footprintWithLabel(Math.min(x0, sampleX ?? Infinity), x1, label);
  return { mark, lane, x0: fp.x0, x1: fp.x1, rows: 1, order };
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
  const date = e.kind === "molecular" ? e.span.end : e.span.start;
  const sample = e.kind === "molecular" && !e.span.moment ? e.span.start : undefined;
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
    { id: d.id, glyph: "diagnosis", colorKey: "diagnosis", text },
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

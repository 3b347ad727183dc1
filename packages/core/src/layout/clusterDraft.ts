import { named } from "./colorKey.js";
import { makeDraft, UNPLACED_BOUNDS, type Draft, type DraftContext } from "./draft.js";
import { footprintWithLabel, placeLabel } from "./placeLabel.js";
import type { PointMark } from "./types.js";

/** The events a set of drafts stands for (a cluster already merged counts each of its events). */
export function clusteredEventIds(drafts: readonly Draft[]): string[] {
  // A loop, not flatMap: a cluster may stand for 100,000 events.
  const ids: string[] = [];
  for (const d of drafts)
    if (d.eventIds) for (const id of d.eventIds) ids.push(id);
    else ids.push(d.eventId);
  return ids;
}

/** `3 imaging, 2 clinical`: what a cluster holds, by kind. */
export function describeKinds(drafts: readonly Draft[]): string {
  const kinds = new Map<string, number>();
  for (const d of drafts) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  return [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
}

const clusterSize = (ctx: DraftContext) => Math.round(ctx.rowHeight * 0.7);

function clusterLabel(x: number, text: string, ctx: DraftContext) {
  const size = clusterSize(ctx);
  return placeLabel(text, {
    x0: x - size / 2,
    x1: x + size / 2,
    inside: null,
    plotX0: ctx.plotX0,
    plotX1: ctx.plotX1,
    fontSize: ctx.fontSize,
  });
}

/** The footprint (glyph and label) of a cluster mark at `x` labelled `text`, without building it. */
export function clusterFootprint(
  x: number,
  text: string,
  ctx: DraftContext,
): { x0: number; x1: number } {
  const size = clusterSize(ctx);
  return footprintWithLabel(x - size / 2, x + size / 2, clusterLabel(x, text, ctx));
}

/**
 * One cluster mark standing for `list` (two or more drafts of one lane), drawn as a point at `x`
 * with the label `text`: the level-of-detail merge and the row cap both draw their merges with it.
 */
export function clusterDraft(
  list: readonly Draft[],
  at: { id: string; x: number; text: string; description: string },
  ctx: DraftContext,
): Draft {
  const eventIds = clusteredEventIds(list);
  const { x } = at;
  const size = clusterSize(ctx);
  const label = clusterLabel(x, at.text, ctx);
  const first = list[0]!;
  const mark: PointMark = {
    type: "point",
    id: at.id,
    eventId: first.eventId,
    kind: first.kind,
    lane: first.lane,
    row: 0,
    label,
    description: at.description,
    uncertain: list.some((d) => d.uncertain),
    colorKey: named("cluster"),
    bounds: UNPLACED_BOUNDS,
    x,
    y: 0,
    size,
    glyph: "cluster",
    range: null,
    window: false,
    openLeft: false,
    openRight: false,
    count: eventIds.length,
    eventIds,
  };
  const fp = footprintWithLabel(x - size / 2, x + size / 2, label);
  const order = list.reduce((m, d) => Math.min(m, d.order), Infinity);
  return makeDraft(mark, first.lane, fp, 1, order);
}

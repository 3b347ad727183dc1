import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { NormalizedEvent } from "../model/normalized.js";
import type { LabScaleOption } from "./layoutOptions.js";
import type { TimeAxis } from "./timeAxis.js";
import type { LaneKind, Mark } from "./types.js";

/**
 * A mark before packing: its footprint (x is known, row and y are not yet) and what level of
 * detail and the row cap read. From 10,000 events on most drafts are merged into cluster marks and
 * never drawn, so a point or a lab track builds its mark (label, whiskers, points) only once it is
 * known to be drawn (`drawnMark`); a bar or a cluster comes with its mark.
 */
export interface Draft {
  lane: LaneKind;
  /** Horizontal footprint including the label. */
  x0: number;
  x1: number;
  /** Height in rows (lab tracks are taller). */
  rows: number;
  /** Document order, for stable ties. */
  order: number;
  /** The label takes a line of its own above the mark (the mark is drawn in the second row). */
  labelAbove: boolean;
  /** The mark's type, kind, event and uncertainty, as the mark will have them. */
  type: Mark["type"];
  kind: Mark["kind"];
  eventId: string;
  uncertain: boolean;
  /** Where a merge places it: a point's x, a lab track's first point, a bar's start. */
  anchor: number;
  /** The events a cluster stands for; null for any other draft. */
  eventIds: string[] | null;
  /** The mark, once built. */
  mark: Mark | null;
  /** Builds the mark (null when `mark` came with the draft). */
  build: ((d: Draft) => Mark) | null;
  /**
   * The event a lazily built point's mark is made from, and which of its glyphs (an imaging event
   * draws one per scoped response): its `build` is shared by every point of the layout, so a draft
   * holds no closure of its own. Null and 0 for every other draft.
   */
  source: NormalizedEvent | null;
  glyph: number;
  /**
   * The event (with its dates as stated) whose description the mark gets once it is known to be
   * drawn: describing every event first was a quarter of the layout's time.
   */
  describe: NormalizedEvent | undefined;
}

/** What a lazily built draft states besides its footprint. */
export interface DraftHead {
  lane: LaneKind;
  type: Mark["type"];
  kind: Mark["kind"];
  eventId: string;
  uncertain: boolean;
  anchor: number;
}

/** Shared context for the mark builders. */
export interface DraftContext {
  plotX0: number;
  plotX1: number;
  fontSize: number;
  rowHeight: number;
  /** Line of therapy as drawn (`L2`, `L1–2`) by therapy id, for default labels. */
  lineLabels: ReadonlyMap<string, string>;
  /** The lab tracks' scale (the layout option). */
  labScale: LabScaleOption;
  /**
   * The dates stated to lie on or before the date with this key (`tmz.end` before `rt.end`: a
   * course given inside another), each with the least days between; built on first use.
   */
  statedBefore(key: string): ReadonlyArray<{ date: ResolvedDate; min: number }>;
  /** Another event named in words by id (for descriptions), or undefined for an unknown id. */
  nameOf(id: string): string | undefined;
  /** The dates stated to lie on or after the date with this key (the mirror of `statedBefore`). */
  statedAfter(key: string): ReadonlyArray<{ date: ResolvedDate; min: number }>;
  /**
   * The dates of the assessments that evaluate this course (`evaluates`) and of the progressions
   * stated on it (`therapy`; `on`: the course was still given then); built on first use.
   */
  evaluatedAt(id: string): ReadonlyArray<{ date: ResolvedDate; on: boolean }>;
}

/**
 * A draft with every field present, in one order: one hidden class for all of them, so sorting,
 * packing and capping a lane of 100,000 drafts reads each field the fast way.
 */
function draftOf(
  head: DraftHead,
  fp: { x0: number; x1: number },
  rows: number,
  order: number,
  labelAbove: boolean,
  made: {
    mark: Mark | null;
    build: ((d: Draft) => Mark) | null;
    eventIds: string[] | null;
    source?: NormalizedEvent;
    glyph?: number;
  },
): Draft {
  return {
    lane: head.lane,
    x0: fp.x0,
    x1: fp.x1,
    rows,
    order,
    labelAbove,
    type: head.type,
    kind: head.kind,
    eventId: head.eventId,
    uncertain: head.uncertain,
    anchor: head.anchor,
    eventIds: made.eventIds,
    mark: made.mark,
    build: made.build,
    source: made.source ?? null,
    glyph: made.glyph ?? 0,
    describe: undefined,
  };
}

/**
 * A draft whose mark is built by `build` once it is known to be drawn (from `source`'s `glyph`th
 * glyph, for a point).
 */
export function lazyDraft(
  head: DraftHead,
  fp: { x0: number; x1: number },
  rows: number,
  order: number,
  labelAbove: boolean,
  build: (d: Draft) => Mark,
  source?: NormalizedEvent,
  glyph?: number,
): Draft {
  const made = { mark: null, build, eventIds: null, source, glyph };
  return draftOf(head, fp, rows, order, labelAbove, made);
}

/** A draft of a mark already built (a bar, a cluster). */
export function makeDraft(
  mark: Mark,
  lane: LaneKind,
  fp: { x0: number; x1: number },
  rows: number,
  order: number,
  labelAbove = false,
): Draft {
  const anchor = mark.type === "series" ? mark.points[0]!.x : mark.x;
  const eventIds = (mark.type === "point" && mark.eventIds) || null;
  const { type, kind, eventId, uncertain } = mark;
  const head = { lane, type, kind, eventId, uncertain, anchor };
  return draftOf(head, fp, rows, order, labelAbove, { mark, build: null, eventIds });
}

/** How many events a draft stands for (a cluster counts each of its events). */
export const eventCount = (d: Draft): number => (d.eventIds ? d.eventIds.length : 1);

/**
 * The bounds of a mark not yet in a row: one shared object (frozen), since a drawn mark gets
 * bounds of its own once its row is known.
 */
export const UNPLACED_BOUNDS: Mark["bounds"] = Object.freeze({ x: 0, y: 0, width: 0, height: 0 });

/**
 * One value per layout (keyed by its draft context), made on first use: the shared builder that
 * makes every drawn point's or lab track's mark, so no draft holds a closure of its own. `make`
 * is a plain function (no closure made per call: this runs once per event).
 */
export function perLayout<T extends object>(
  cache: WeakMap<DraftContext, T>,
  axis: TimeAxis,
  ctx: DraftContext,
  make: (axis: TimeAxis, ctx: DraftContext) => T,
): T {
  let value = cache.get(ctx);
  if (value === undefined) cache.set(ctx, (value = make(axis, ctx)));
  return value;
}

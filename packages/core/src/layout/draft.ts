import type { NormalizedEvent } from "../model/normalized.js";
import type { LaneKind, Mark } from "./types.js";

/** A mark before packing: x is known, row and y are not yet. */
export interface Draft {
  mark: Mark;
  lane: LaneKind;
  /** Horizontal footprint including the label. */
  x0: number;
  x1: number;
  /** Height in rows (lab tracks are taller). */
  rows: number;
  /** The label takes a line of its own above the mark (the mark is drawn in the second row). */
  labelAbove?: boolean;
  /** Document order, for stable ties. */
  order: number;
  /**
   * The event (with its dates as stated) whose description the mark gets once it is known to be
   * drawn: most marks of a very large timeline are merged into clusters, and describing them
   * first was a quarter of the layout's time.
   */
  describe?: NormalizedEvent;
  /**
   * A lab track's point texts, written like `describe` once the track is known to be drawn: the
   * event as placed and as stated, and the index in `values` of each point.
   */
  seriesTexts?: {
    event: Extract<NormalizedEvent, { kind: "lab" }>;
    stated: Extract<NormalizedEvent, { kind: "lab" }>;
    values: number[];
  };
}

/** Shared context for the mark builders. */
export interface DraftContext {
  plotX0: number;
  plotX1: number;
  fontSize: number;
  rowHeight: number;
  /** Line of therapy as drawn (`L2`, `L1–2`) by therapy id, for default labels. */
  lineLabels: ReadonlyMap<string, string>;
}

/**
 * A draft with every field present, in one order: one hidden class for all of them, so sorting,
 * packing and capping a lane of 100,000 drafts reads each field the fast way.
 */
export function makeDraft(
  mark: Mark,
  lane: LaneKind,
  fp: { x0: number; x1: number },
  rows: number,
  order: number,
  labelAbove = false,
  seriesTexts?: Draft["seriesTexts"],
): Draft {
  return {
    mark,
    lane,
    x0: fp.x0,
    x1: fp.x1,
    rows,
    order,
    labelAbove,
    describe: undefined,
    seriesTexts,
  };
}

/**
 * The bounds of a mark not yet in a row: one shared object (frozen), since a drawn mark gets
 * bounds of its own once its row is known, and most marks of a very large timeline never are drawn.
 */
export const UNPLACED_BOUNDS: Mark["bounds"] = Object.freeze({ x: 0, y: 0, width: 0, height: 0 });

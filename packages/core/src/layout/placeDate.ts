import type { ResolvedDate } from "../dates/resolvedDate.js";
import type { AxisPlace, TimeAxis } from "./timeAxis.js";
import type { XRange } from "./types.js";

/** How far an open-ended date's fade reaches, in px. */
export const OPEN_FADE_PX = 36;

/** A date on the axis: a representative x, the range it may lie in, and open sides. */
export interface PlacedDate {
  x: number;
  range: XRange | null;
  openLeft: boolean;
  openRight: boolean;
  uncertain: boolean;
}

/**
 * A date's drawing position (`ResolvedDate.at`) in axis values, or null without one. `at` is a
 * day in the date's frame; the axis may count from another origin (`p.at` when it is no plain
 * shift of the frame).
 */
export function drawDay(d: ResolvedDate, p: AxisPlace): number | null {
  if (p.at !== undefined) return p.at;
  if (d.at === undefined) return null;
  if (p.lo !== null) return d.at + p.lo - d.earliest!;
  if (p.hi !== null) return d.at + p.hi - d.latest!;
  return null;
}

/**
 * Place a resolved date in px. Exact days get a point; ranges get their midpoint and a whisker; an
 * open side gets a fade of `OPEN_FADE_PX`. Returns null when the date is not on the axis's frame
 * (or has no finite bound at all).
 */
export function placeDate(d: ResolvedDate, axis: TimeAxis): PlacedDate | null {
  const p = axis.place(d);
  if (!p) return null;
  if (p.lo === null && p.hi === null) {
    // No stated bound either side, only a position the told order gives ("after the excision"
    // of a diagnosis that is itself undated, told before the seizure four years later): drawn
    // there, fading both ways, never as a date.
    const day = p.at ?? null;
    if (day === null) return null;
    const x = axis.x(day + 0.5);
    return {
      x,
      range: { x0: x - OPEN_FADE_PX, x1: x + OPEN_FADE_PX },
      openLeft: true,
      openRight: true,
      uncertain: true,
    };
  }
  // Uncertain unless it is one known day on this axis, however it was stated (day 14 from day 0 is
  // exact, "day +1" after an infusion dated "in 2019" too on an axis counting from the infusion).
  const uncertain = d.approximate || d.uncertain || p.lo === null || p.lo !== p.hi;
  // The network's drawing position keeps stated order; without one, the window's middle.
  const atDay = drawDay(d, p);
  const at = atDay === null ? null : axis.x(atDay + 0.5);
  if (p.lo !== null && p.hi !== null) {
    const x0 = axis.x(p.lo);
    const x1 = axis.x(p.hi + 1); // inclusive last day: its right edge
    const exact = p.hi === p.lo;
    return {
      x: exact ? axis.x(p.lo + 0.5) : at === null ? (x0 + x1) / 2 : Math.min(x1, Math.max(x0, at)),
      range: exact ? null : { x0, x1 },
      openLeft: false,
      openRight: false,
      uncertain,
    };
  }
  // An open side's fade reaches at least to the drawing position: a point drawn away from its one
  // known bound (the order the source tells pushed it there) stays on its whisker.
  if (p.lo !== null) {
    const x0 = axis.x(p.lo);
    const x = at === null ? x0 : Math.max(x0, at);
    return {
      x,
      range: { x0, x1: Math.max(x0 + OPEN_FADE_PX, x) },
      openLeft: false,
      openRight: true,
      uncertain: true,
    };
  }
  const x1 = axis.x(p.hi! + 1);
  const x = at === null ? x1 : Math.min(x1, at);
  return {
    x,
    range: { x0: Math.min(x1 - OPEN_FADE_PX, x), x1 },
    openLeft: true,
    openRight: false,
    uncertain: true,
  };
}

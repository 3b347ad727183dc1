import type { AlignedRow, SwimmerAnchor } from "./types.js";

/** Units of the time axis. */
export type SwimmerUnit = "day" | "week" | "month" | "year";

/** A sort key: a derived measure or any field (table column key, patient fact). */
export type SwimmerSortKey = "duration" | "response" | "lines" | "survival" | "id" | (string & {});

/** Keep rows whose field has one of the values (a row passes when every clause passes). */
export interface SwimmerFilterClause {
  field: string;
  values: ReadonlyArray<string | number | boolean | null>;
}

/** Which table columns a table row draws from; defaults come from the columns' `role`s. */
export interface SwimmerTableColumns {
  /** The interval drawn as the bar (role `time-to-event`). */
  duration?: string;
  /** The therapy the interval runs on (role `therapy`), coloured by drug class. */
  therapy?: string;
  /** Best response (role `best-response`). */
  response?: string;
  /** Regimens given after the interval (role `regimen`). */
  regimen?: string;
  /** The row label (role `label`). */
  label?: string;
  /** Best % change of the target lesions, for the waterfall (role `best-change`). */
  bestChange?: string;
}

/** Options of `layoutSwimmer` (and of `alignCohort` / `summarizeCohort` where they apply). */
export interface SwimmerOptions {
  /** Width in px; default 960. */
  width?: number;
  /** Label size in px; rows and glyphs follow it. Default 12. */
  fontSize?: number;
  /** Time zero of every row; default the first diagnosis. Table rows start at their interval. */
  align?: SwimmerAnchor;
  /** Axis unit; default month. */
  unit?: SwimmerUnit;
  /** Sort key; default `duration`. */
  sort?: SwimmerSortKey;
  /** Sort direction; default `desc` (longest first). Ties keep input order; missing values go last. */
  order?: "asc" | "desc";
  /** Group rows by a field, with a header and n per group. */
  group?: string;
  /** Keep only rows matching every clause. */
  filter?: readonly SwimmerFilterClause[] | ((row: AlignedRow) => boolean);
  /** Vertical reference lines in axis units; default [6, 12] for months, none otherwise. */
  landmarks?: readonly number[];
  /** A best response lasting at least this many months is flagged durable; default 6. */
  durableMonths?: number;
  /** Table columns to draw from, when they have no role. */
  table?: SwimmerTableColumns;
  /** Drug class of agents the table names (added to the built-in list). */
  drugClasses?: Readonly<Record<string, string>>;
  /** Visible axis domain in days from the anchor (zoom and pan). */
  domain?: [number, number];
  /** Figure title drawn at the top; default none. */
  title?: string;
  /** What the figure shows, for `<title>` and captions (not drawn); default "Swimmer plot of n patients". */
  name?: string;
  /** Fixed figure height (slides): rows that do not fit go to further pages. */
  height?: number;
  /** Page to lay out when `height` paginates (0-based). */
  page?: number;
  /**
   * A waterfall of each row's best % change of the target lesions (the lowest stated
   * `targetSumChangePct` on or after day 0; a table's `best-change` column) beside the time
   * axis, in the same row order; bars coloured by the row's best response. Default false.
   */
  waterfall?: boolean;
}

/** Options with their defaults filled in, in one place. */
export interface ResolvedSwimmerOptions {
  width: number;
  fontSize: number;
  align: SwimmerAnchor;
  unit: SwimmerUnit;
  sort: SwimmerSortKey;
  order: "asc" | "desc";
  group: string | null;
  landmarks: readonly number[];
  durableMonths: number;
  waterfall: boolean;
}

export function resolveSwimmerOptions(o: SwimmerOptions): ResolvedSwimmerOptions {
  const unit = o.unit ?? "month";
  return {
    width: o.width ?? 960,
    fontSize: o.fontSize ?? 12,
    align: o.align ?? { kind: "diagnosis" },
    unit,
    sort: o.sort ?? "duration",
    order: o.order ?? "desc",
    group: o.group ?? null,
    landmarks: o.landmarks ?? (unit === "month" ? [6, 12] : []),
    durableMonths: o.durableMonths ?? 6,
    waterfall: o.waterfall ?? false,
  };
}

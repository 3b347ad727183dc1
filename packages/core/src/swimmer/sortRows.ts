import type { ResponseCode } from "../model/common.js";
import { dayMid } from "./dayRange.js";
import type { SwimmerSortKey } from "./options.js";
import type { AlignedRow } from "./types.js";

const RANK: Record<ResponseCode, number> = { CR: 4, PR: 3, SD: 2, PD: 1, NE: 0 };

/** The value a row sorts by; `null` sorts last in either direction. */
export function sortValue(row: AlignedRow, key: SwimmerSortKey): number | string | null {
  switch (key) {
    case "duration":
      return row.duration ? dayMid(row.duration) : null;
    case "response":
      return row.response ? RANK[row.response] : null;
    case "lines":
      return row.lines;
    case "survival":
      return row.survival ? dayMid(row.survival) : null;
    case "id":
      return row.id;
    default: {
      const v = row.fields[key];
      return v === undefined || v === null || v === ""
        ? null
        : typeof v === "boolean"
          ? Number(v)
          : v;
    }
  }
}

/**
 * Rows ordered by `key`, ascending or descending; ties keep their input order (stable) and rows
 * without a value come last whatever the direction. Rows without the anchor follow all others.
 */
export function sortRows(
  rows: readonly AlignedRow[],
  key: SwimmerSortKey,
  order: "asc" | "desc",
): AlignedRow[] {
  const dir = order === "asc" ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, v: sortValue(row, key) }));
  keyed.sort((a, b) => {
    if (a.row.aligned !== b.row.aligned) return a.row.aligned ? -1 : 1;
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const c =
      typeof a.v === "number" && typeof b.v === "number"
        ? a.v - b.v
        : String(a.v).localeCompare(String(b.v), "en", { numeric: true });
    return c * dir || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

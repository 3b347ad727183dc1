import type { AlignedRow } from "./types.js";

/** A group of rows sharing one value of the grouping field. */
export interface RowGroup {
  /** The group's value as text (`not reported` for missing values). */
  label: string;
  rows: AlignedRow[];
}

export const MISSING_GROUP = "not reported";

/**
 * Split sorted rows by `field`, keeping the sort inside each group. Groups appear in the order of
 * their values (numeric-aware), the missing-value group last. No field: one unnamed group.
 */
export function groupRows(rows: readonly AlignedRow[], field: string | null): RowGroup[] {
  if (field === null) return [{ label: "", rows: [...rows] }];
  const groups = new Map<string, AlignedRow[]>();
  for (const r of rows) {
    const v = r.fields[field];
    const label = v === undefined || v === null || v === "" ? MISSING_GROUP : String(v);
    const group = groups.get(label);
    if (group) group.push(r);
    else groups.set(label, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) =>
      a === MISSING_GROUP
        ? 1
        : b === MISSING_GROUP
          ? -1
          : a.localeCompare(b, "en", { numeric: true }),
    )
    .map(([label, rows]) => ({ label, rows }));
}

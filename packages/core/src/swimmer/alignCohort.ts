import { DAYS_PER_MONTH } from "../dates/calendarDay.js";
import type { CohortColumn } from "../model/cohort.js";
import type { Timeline } from "../model/normalized.js";
import type { Cohort, CohortRow } from "../validate/parseCohort.js";
import { alignTableRow, tableRoles } from "./alignTable.js";
import { alignTimeline, type DerivedNeeds } from "./alignTimeline.js";
import { resolveSwimmerOptions, type SwimmerOptions } from "./options.js";
import type { AlignedRow } from "./types.js";

/** What `layoutSwimmer` accepts: a parsed cohort, full timelines, table rows, or a mix. */
export type SwimmerInput =
  | Cohort
  | readonly Timeline[]
  | {
      patients?: readonly Timeline[];
      columns?: readonly CohortColumn[];
      rows?: readonly CohortRow[];
    };

/**
 * Every patient of the input aligned on the anchor, in input order (timelines first). `needs`
 * (internal) skips derived metrics nothing will read; by default every row has them all.
 */
export function alignCohort(
  input: SwimmerInput,
  options: SwimmerOptions = {},
  needs?: DerivedNeeds,
): AlignedRow[] {
  const o = resolveSwimmerOptions(options);
  const src = Array.isArray(input)
    ? { patients: input as readonly Timeline[] }
    : (input as Exclude<SwimmerInput, readonly Timeline[]>);
  const durableDays = o.durableMonths * DAYS_PER_MONTH;
  const roles = tableRoles(src.columns ?? [], options.table);
  const rows = [
    ...(src.patients ?? []).map((t) => alignTimeline(t, o.align, durableDays, needs)),
    ...(src.rows ?? []).map((r) => alignTableRow(r, roles, options.drugClasses ?? {})),
  ];
  // Two patients with one label (both "Case report patient") are told apart by their ids.
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.label, (count.get(r.label) ?? 0) + 1);
  return rows.map((r) => (count.get(r.label)! > 1 ? { ...r, label: `${r.label} (${r.id})` } : r));
}

/** Rows that pass the `filter` option, and the ids left out. */
export function filterRows(
  rows: readonly AlignedRow[],
  filter: SwimmerOptions["filter"],
): { kept: AlignedRow[]; out: string[] } {
  if (!filter) return { kept: [...rows], out: [] };
  const pass =
    typeof filter === "function"
      ? filter
      : (r: AlignedRow) => filter.every((c) => c.values.includes(r.fields[c.field] ?? null));
  const keep = rows.map((r) => pass(r));
  return {
    kept: rows.filter((_, i) => keep[i]),
    out: rows.filter((_, i) => !keep[i]).map((r) => r.id),
  };
}

import { formatDay } from "./calendarDay.js";
import { ORIGIN, type Constraint, type ConstraintKind } from "./network.js";

/** Which statement of a contradiction gives way first: what the model implies before what the source said. */
const YIELDS: readonly ConstraintKind[] = [
  // One bound that many dates run past gives way once, not once per date.
  "published",
  "cutoff",
  "last",
  "death",
  "ongoing",
  "stopped-by",
  "inside",
  "course",
  "cycles",
  "duration",
];

/** The constraint of a contradiction to set aside so the rest can still be resolved. */
export function pickToDrop(constraints: readonly Constraint[], cycle: readonly number[]): number {
  for (const kind of YIELDS) {
    const hit = cycle.find((i) => constraints[i]!.kind === kind);
    if (hit !== undefined) return hit;
  }
  // Otherwise the last statement in document order.
  return Math.max(...cycle);
}

type Window = (key: string) => [number, number] | null;

/**
 * One message per contradiction, naming each statement by the event's index and id and what it
 * said: `"after the relapse" (relapse: 2019-03-01…2019-03-31) and "2018-11" cannot both hold`.
 */
export function explainConflict(
  constraints: readonly Constraint[],
  cycle: readonly number[],
  dropped: number,
  windowOf: Window,
): { path: string; message: string } {
  const drop = constraints[dropped]!;
  // The bookkeeping bounds (a frame's last point) say nothing a reader needs.
  const told = cycle.map((i) => constraints[i]!).filter((c) => c.kind !== "last" || c === drop);
  const samePlace = told.every((c) => c.path === drop.path);
  const parts = told.map((c) => {
    const where = samePlace || c.path === drop.path ? "" : `${c.path} `;
    const anchor = c.kind === "date" || c.kind === "last" ? null : anchorOf(c);
    const w = anchor === null ? null : windowOf(anchor);
    return `${where}${c.says}${w ? ` (${anchor!.replace(/\.start$/, "")}: ${span(w)})` : ""}`;
  });
  const list =
    parts.length <= 2
      ? parts.join(" and ")
      : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  const verb = parts.length <= 2 ? "cannot both hold" : "cannot all hold";
  const hint =
    drop.kind === "course"
      ? "; check which date belongs to the start and which to the end"
      : drop.kind === "published" || drop.kind === "cutoff"
        ? "; a source cannot report what happened after it"
        : "";
  return { path: pathOf(drop.path), message: `${list} ${verb}${hint}` };
}

/** The other time point a constraint ties its slot to, or null for a calendar bound. */
function anchorOf(c: Constraint): string | null {
  if (c.from === ORIGIN || c.to === ORIGIN) return null;
  const other = c.kind === "before" ? c.to : c.from;
  return other.startsWith("$") ? null : other;
}

function span([lo, hi]: [number, number]): string {
  const f = (x: number) => (Number.isFinite(x) ? formatDay(x) : "?");
  return lo === hi ? f(lo) : `${f(lo)}…${f(hi)}`;
}

/** `events[7] (biopsy-2).date` → `events[7].date`: the issue's path stays a plain path. */
function pathOf(label: string): string {
  return label.replace(/^((?:events|diagnoses)\[\d+\]) \([^)]*\)/, "$1");
}

import type { CohortSummary, GroupSummary } from "@oncoline/core";
import { alignColumns } from "./alignColumns.js";

const UNIT = { day: "d", week: "wk", month: "mo", year: "y" } as const;

function row(s: GroupSummary, unit: CohortSummary["unit"]): string[] {
  const u = UNIT[unit];
  const median = s.median
    ? s.median.wide
      ? `${s.median.low}–${s.median.high} ${u} (range of medians)`
      : `${s.median.value} ${u}`
    : "n/a";
  return [
    s.group,
    String(s.n),
    s.orr === null ? "n/a" : `${Math.round(s.orr * 1000) / 10}% (${s.responders}/${s.evaluable})`,
    `${s.responses.CR}/${s.responses.PR}/${s.responses.SD}/${s.responses.PD}`,
    median,
    s.range ? `${s.range[0]}–${s.range[1]} ${u}` : "n/a",
    `${s.withDuration}${s.censored ? ` (${s.censored} censored)` : ""}`,
  ];
}

/** A terminal report of a cohort summary: one aligned row per group, then the whole cohort. */
export function cohortSummaryTable(title: string, s: CohortSummary): string {
  const header = ["group", "n", "ORR", "CR/PR/SD/PD", "median", "range", "with duration"];
  const rows = [...s.groups.map((g) => row(g, s.unit)), row(s.overall, s.unit)];
  const out = [title, "", ...alignColumns([header, ...rows])];
  out.push(
    "",
    "ORR = (CR + PR) / rows with a response. Medians are of reported values, not Kaplan–Meier.",
  );
  if (s.notAligned.length) out.push(`Not aligned (no anchor): ${s.notAligned.join(", ")}`);
  if (s.filteredOut.length) out.push(`Filtered out: ${s.filteredOut.join(", ")}`);
  return out.join("\n");
}

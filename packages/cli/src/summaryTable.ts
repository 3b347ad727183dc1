import {
  deathText,
  describeDate,
  formatInterval,
  lineNumber,
  progressionCell,
  responseCell,
  type TimelineSummary,
} from "@oncoline/core";
import { alignColumns } from "./alignColumns.js";

const indent = (lines: string[]) => lines.map((l) => `  ${l}`);

/**
 * A terminal report of a summary: the case caption (patient, diagnosis with grade and receptors,
 * drivers, source) when given, one aligned row per line of therapy, then time to each
 * resistance event, then survival. Derived line numbers carry `*`, explained in a footnote.
 */
export function summaryTable(s: TimelineSummary, caption: readonly string[] = []): string {
  const out = [`${s.id} — ${s.label}`, ...(caption.length ? ["", ...caption] : []), ""];
  if (s.lines.length === 0) out.push("No systemic therapy lines.");
  else {
    out.push("Lines of therapy");
    const header = [
      "line",
      "regimen",
      "from",
      "to",
      "on treatment",
      "to progression",
      "best response",
    ];
    const rows = s.lines.map((l) => [
      lineNumber(l),
      l.agents.join(" + "),
      describeDate(l.start),
      // An end the source does not state is said so, not as the window the network allows.
      l.ongoing ? "ongoing" : l.end.unstated ? "not stated" : describeDate(l.end),
      formatInterval(l.timeOnTreatment),
      progressionCell(l),
      responseCell(l),
    ]);
    out.push(...indent(alignColumns([header, ...rows])));
  }
  const resistance = s.therapies.flatMap((t) =>
    t.timeToResistance.map((r) => [r.resistanceId, t.therapyId, formatInterval(r.interval)]),
  );
  if (resistance.length > 0)
    out.push(
      "",
      "Resistance",
      ...indent(alignColumns([["event", "on therapy", "after its start"], ...resistance])),
    );
  out.push("", `${survivalLabel(s.survival.status)}: ${formatInterval(s.survival.interval)}`);
  const died = deathText(s.survival);
  if (died) out.push(`${died[0]!.toUpperCase()}${died.slice(1)}`);
  if (s.lines.some((l) => l.numbering === "derived"))
    out.push("", "* line numbered by Oncoline's rule (the source numbers no lines)");
  if (s.lines.some((l) => l.numbering === "unknown"))
    out.push("", "? line number not claimable (earlier therapy not reported, or order not stated)");
  return out.join("\n");
}

function survivalLabel(status: TimelineSummary["survival"]["status"]): string {
  if (status === "dead") return "Overall survival";
  if (status === "alive-at-last-follow-up") return "Follow-up (alive)";
  return "Survival";
}

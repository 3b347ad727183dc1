import type { NormalizedEvent } from "../model/normalized.js";
import { aside, formatAgent, modificationText, unstop } from "../layout/format.js";
import type { KindSpec } from "./kindSpec.js";

/** Phases of treatment named before the agents: `adjuvant FOLFOX`, `maintenance lenalidomide`. */
const PHASES = new Set(["neoadjuvant", "adjuvant", "induction", "consolidation", "maintenance"]);

/** `for 6 months`, `for ~3 years`: a stated length. */
const forLength = (amount: number, unit: string, approximate?: boolean) =>
  `for ${approximate ? "~" : ""}${amount} ${unit}${amount === 1 ? "" : "s"}`;

/** "single dose", "× 2 doses": administrations counted by the source. */
const dosesText = (doses: number | undefined) =>
  doses === undefined ? "" : doses === 1 ? "single dose" : `× ${doses} doses`;

/** A regimen's name with its agents, as a source writes it: `R-CHOP (rituximab + …)`. */
function withRegimen(regimen: string | undefined, agents: string): string {
  // "NSAIDs and steroids" names "NSAIDs + steroids" already: not said twice.
  const same = (t: string) =>
    t
      .toLowerCase()
      .replace(/\s+(and|with|plus|&)\s+|\s*[,/+]\s*/g, "+")
      .replace(/\s+/g, " ");
  return regimen && same(regimen) !== same(agents) ? `${regimen} (${agents})` : agents;
}

/** `L2: alectinib 600 mg twice daily × 6 cycles (KOSMOS-II)`; `L1–3: chemotherapy (3 lines)`. */
function therapyLabel(e: Extract<NormalizedEvent, { kind: "therapy" }>, line?: string): string {
  const named = e.agents.length
    ? withRegimen(e.regimen, e.agents.map(formatAgent).join(" + "))
    : `${e.regimen ?? "therapy"}${e.lineCount && e.lineCount > 1 ? ` (${e.lineCount} lines)` : ""}`;
  // The phase, unless the name says it already ("adjuvant chemotherapy").
  const phase =
    e.intent && PHASES.has(e.intent) && !named.toLowerCase().includes(e.intent)
      ? `${e.intent} `
      : "";
  const agents = `${phase}${named}`;
  // "for one month": a course whose end is stated as a duration from its own start, or a stated
  // length wherever the course lies ("about three years" of maintenance).
  const end = e.end;
  // An end stated in cycles from the start is the last cycle's start, which "× 3 cycles" says
  // already ("for 2 cycles" beside it read as a contradiction).
  const lasted =
    end &&
    typeof end === "object" &&
    "relativeTo" in end &&
    end.relativeTo.event === e.id &&
    !(e.cycles !== undefined && end.offset.unit === "cycle")
      ? end.offset.amount === 0
        ? e.doses === 1
          ? "" // "single dose" says it
          : "on one day" // ended the day it began: a single dose or infusion
        : forLength(end.offset.amount, end.offset.unit, end.approximate)
      : e.duration
        ? forLength(e.duration.amount, e.duration.unit, e.duration.approximate)
        : "";
  const extras = [
    e.cycles ? `× ${e.cycles} cycle${e.cycles === 1 ? "" : "s"}` : "",
    dosesText(e.doses),
    lasted,
    e.intermittent ? "intermittent" : "",
    // A trial's own parentheses are flattened: "(MCL-002 SPRINT, phase 2…)", never nested.
    e.setting ? aside(e.setting).trimStart() : "",
    e.stopReason === "refractory" ||
    e.stopReason === "primary-resistance" ||
    e.stopReason === "loss-of-response"
      ? `(${e.stopReason.replace(/-/g, " ")})`
      : "",
  ].filter(Boolean);
  return `${line ? `${line}: ` : ""}${agents}${extras.length ? ` ${extras.join(" ")}` : ""}`;
}

/** A systemic therapy course: a bar in the therapy lane, coloured by its first agent's drug class. */
export const THERAPY: KindSpec<"therapy"> = {
  lane: "therapy",
  dateSlots(e, slots) {
    // A single dose ended the day it began, unless the source dates its end otherwise.
    const end =
      e.end ??
      (e.doses === 1 && e.duration === undefined
        ? { relativeTo: { event: e.id }, offset: { amount: 0, unit: "day" as const } }
        : undefined);
    slots.interval(e.start, end, e.ongoing === true);
    e.modifications?.forEach((m, j) =>
      slots.part(`modifications[${j}]`, `modifications[${j}].date`, m.date),
    );
  },
  references: (e) => [
    ...(e.basedOn ?? []).map((id, j) => ({ id, field: `basedOn[${j}]` })),
    { id: e.diagnosis, field: "diagnosis", allowed: ["diagnosis"] as const },
    ...(e.modifications ?? []).flatMap((m, j) =>
      (m.adverseEvents ?? []).map((id, k) => ({
        id,
        field: `modifications[${j}].adverseEvents[${k}]`,
        allowed: ["adverse-event", "clinical"] as const,
      })),
    ),
  ],
  check(e, { path, issues }) {
    const names = new Set(e.agents.map((a) => a.name.toLowerCase()));
    e.modifications?.forEach((m, j) => {
      if (m.agent !== undefined && !names.has(m.agent.toLowerCase()))
        issues.error(
          `${path}.modifications[${j}].agent`,
          `'${m.agent}' is not an agent of this therapy (${e.agents.map((a) => a.name).join(", ")})`,
        );
    });
    if (e.ongoing === true && e.end !== undefined)
      issues.error(`${path}.end`, "an ongoing therapy has no end; remove 'end' or 'ongoing'");
  },
  inside: (e) =>
    (e.modifications ?? []).map((m, j) => ({ key: `modifications[${j}]`, what: `the ${m.type}` })),
  drawnAs: () => "bar",
  // An undated course drawn at its place in the told order keeps its class colour.
  glyph: () => "course",
  colorKey: (e) => ({
    kind: "class",
    drugClass: (e.agents.length ? e.agents[0]!.drugClass : e.drugClass) ?? "other",
  }),
  label: (e, line) => e.label || therapyLabel(e, line),
  name: (e) =>
    e.agents.length ? e.agents.map((a) => a.name).join(" + ") : (e.regimen ?? "therapy"),
  describe(e, when) {
    // Each change as the chart's tick says it, with its reason, and whether its day is stated.
    const mods = (e.modifications ?? []).map(
      (m) =>
        `${modificationText(m)}${m.reason ? ` (${m.reason})` : ""}${m.date === undefined ? ", date not stated" : ""}${m.note ? ` [${unstop(m.note)}]` : ""}`,
    );
    const parts = [
      e.agents.length
        ? withRegimen(e.regimen, e.agents.map(formatAgent).join(" + "))
        : (e.regimen ?? "agents not stated"),
      e.lineCount && e.lineCount > 1 ? `${e.lineCount} lines` : "",
      e.drugClass ? `class: ${e.drugClass}` : "",
      e.doses ? (e.doses === 1 ? "a single dose" : `${e.doses} doses`) : "",
      e.intent && e.intent !== "unknown" ? `intent: ${e.intent}` : "",
      when,
      // The cycle's length as stated ("6 cycles of 21 days"), which the label leaves out.
      e.cycles
        ? `${e.cycles} cycle${e.cycles === 1 ? "" : "s"}${e.cycleDays ? ` of ${e.cycleDays} days` : ""}`
        : e.cycleDays
          ? `cycles of ${e.cycleDays} days`
          : "",
      e.duration
        ? `stated length ${e.duration.text ?? forLength(e.duration.amount, e.duration.unit, e.duration.approximate).slice(4)}`
        : "",
      e.intermittent ? "given intermittently" : "",
      e.setting ? `setting: ${e.setting}` : "",
      e.stopReason ? `stopped: ${e.stopReason}` : "",
      mods.length ? `changes: ${mods.join("; ")}` : "",
    ];
    return `Therapy: ${parts.filter(Boolean).join(", ")}.`;
  },
  legendClass(key) {
    const cls = key.kind === "class" ? key.drugClass : "other";
    return cls === "other" ? "Therapy, class not stated" : cls;
  },
};

import {
  deathText,
  describeDate,
  formatInterval,
  lineNumber,
  progressionCell,
  responseCell,
  shortLabel,
  type NormalizedEvent,
  type Timeline,
  type TimelineSummary,
} from "@oncoline/core";
import { alignColumns } from "./alignColumns.js";

const indent = (lines: string[]) => lines.map((l) => `  ${l}`);

/**
 * A terminal report of a summary: the case caption (patient, diagnosis with grade and receptors,
 * drivers, source) when given, one aligned row per line of therapy, then (given the timeline) the
 * treatment that counts in no line and every progression, in time order, then time to each
 * resistance event, then survival. Derived line numbers carry `*`, explained in a footnote.
 */
export function summaryTable(
  s: TimelineSummary,
  caption: readonly string[] = [],
  timeline?: Timeline,
): string {
  const out = [`${s.id} — ${s.label}`, ...(caption.length ? ["", ...caption] : []), ""];
  // Each therapy's stated dose count (a map: one look-up per line's course, not a scan).
  const doses = new Map(
    (timeline?.events ?? []).flatMap((e) => (e.kind === "therapy" ? [[e.id, e.doses]] : [])),
  );
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
      // One dose (a donor lymphocyte infusion, a CAR-T infusion) is no time on treatment.
      l.therapyIds.length === 1 && doses.get(l.therapyIds[0]!) === 1
        ? "single dose"
        : formatInterval(l.timeOnTreatment),
      progressionCell(l),
      responseCell(l),
    ]);
    out.push(...indent(alignColumns([header, ...rows])));
  }
  if (timeline)
    out.push(...otherTreatment(s, timeline), ...progressions(timeline), ...adverseEvents(timeline));
  const byId = new Map(timeline?.events.map((e) => [e.id, e]));
  // An event by what it is (a resistance by its mechanism, as the figure labels it), when the
  // timeline is given.
  const named = (id: string) => {
    const e = byId.get(id);
    return e ? shortLabel(e) : id;
  };
  const resistance = s.therapies.flatMap((t) =>
    t.timeToResistance.map((r) => [
      named(r.resistanceId),
      named(t.therapyId),
      formatInterval(r.interval),
    ]),
  );
  if (resistance.length > 0)
    out.push(
      "",
      "Resistance",
      ...indent(alignColumns([["event", "on therapy", "after its start"], ...resistance])),
    );
  out.push(
    "",
    `${survivalLabel(s.survival.status)}: ${formatInterval(s.survival.interval)}${survivalWhy(s, timeline)}`,
  );
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

/** Where a reader would place an event: where the figure draws its start, else its earliest day. */
const drawnAt = (e: NormalizedEvent) => e.span.start.at ?? e.span.start.earliest ?? Infinity;

/** Events in time order as drawn (then as told), one row each: when, and what. */
function eventList(title: string, events: readonly NormalizedEvent[]): string[] {
  if (events.length === 0) return [];
  // By frame (in the order frames first appear), then where each is drawn: a total order.
  const frames = new Map<string | null, number>();
  for (const e of events)
    if (!frames.has(e.span.start.frame)) frames.set(e.span.start.frame, frames.size);
  const rows = [...events]
    .sort(
      (a, b) =>
        frames.get(a.span.start.frame)! - frames.get(b.span.start.frame)! ||
        drawnAt(a) - drawnAt(b),
    )
    .map((e) => [
      describeDate(e.span.start),
      e.span.moment || e.span.end === e.span.start
        ? ""
        : e.span.ongoing
          ? "ongoing"
          : e.span.end.unstated
            ? "end not stated"
            : `to ${describeDate(e.span.end)}`,
      shortLabel(e),
    ]);
  return ["", title, ...indent(alignColumns([["from", "to", "what"], ...rows]))];
}

/**
 * Surgery, radiotherapy, transplants and the systemic courses that count in no line (neoadjuvant
 * and adjuvant courses, supportive care): the table of lines leaves them out, a tumor board does not.
 */
function otherTreatment(s: TimelineSummary, t: Timeline): string[] {
  const inLines = new Set(s.lines.flatMap((l) => l.therapyIds));
  return eventList(
    "Other treatment (in no line of therapy)",
    t.events.filter(
      (e) =>
        e.kind === "radiotherapy" ||
        (e.kind === "procedure" && e.type !== "biopsy") ||
        (e.kind === "therapy" && !inLines.has(e.id)),
    ),
  );
}

/** Every progression, relapse and recurrence, as the figure labels it. */
function progressions(t: Timeline): string[] {
  return eventList(
    "Progression and relapse",
    t.events.filter((e) => e.kind === "progression"),
  );
}

/**
 * Every adverse event (toxicity), as the figure labels it: term, grade, what it was attributed to
 * and what it led to are facts a tumor board weighs, and the lines table shows none of them.
 */
function adverseEvents(t: Timeline): string[] {
  return eventList(
    "Adverse events",
    t.events.filter((e) => e.kind === "adverse-event"),
  );
}

/** Why survival has no interval, in a few words (nothing when it has one). */
function survivalWhy(s: TimelineSummary, t: Timeline | undefined): string {
  const { interval, endpointId, death } = s.survival;
  if (interval) return "";
  if (endpointId === null) return " (no death, last follow-up or data cut-off is reported)";
  if (t && t.diagnoses.length === 0) return " (no diagnosis to count from)";
  if (death && !death.at) return " (the day of death is not stated)";
  return " (the diagnosis and the endpoint are not dated against each other)";
}

import type { Timeline } from "../model/normalized.js";
import { describeDate, type ResolvedDate } from "../dates/resolvedDate.js";
import { linesOfTherapy, type TherapyLine } from "./linesOfTherapy.js";
import { therapyMetrics, type TherapyMetrics } from "./therapyMetrics.js";
import { overallSurvival, type Survival } from "./survival.js";
import { intervalBetween, formatInterval, type FuzzyInterval } from "./interval.js";
import { statedResponses, type BestResponse } from "./bestResponse.js";
import { leastGap, mayBeOnOrBefore } from "./compareDates.js";
import { offsetBetween } from "../dates/offsetBetween.js";

/** Per-line figures. */
export interface LineSummary extends TherapyLine {
  timeOnTreatment: FuzzyInterval | null;
  timeToProgression: FuzzyInterval | null;
  bestResponse: BestResponse | null;
  /** Calls on the line's therapies stated only in words ("remission"): no category to rank. */
  responsesInWords: string[];
  /**
   * A course of the line stopped as refractory or for primary resistance: the disease progressed
   * on it even when no progression is dated ("refractory to doxorubicin + cyclophosphamide").
   */
  refractory: boolean;
}

/** Everything derived for one patient: lines, per-therapy metrics, survival. Plain data. */
export interface TimelineSummary {
  id: string;
  label: string;
  lines: LineSummary[];
  therapies: TherapyMetrics[];
  survival: Survival;
}

const notBefore = (d: ResolvedDate, limit: ResolvedDate) =>
  d.frame !== limit.frame ||
  d.latest === null ||
  limit.earliest === null ||
  d.latest >= limit.earliest;

/**
 * Derive lines of therapy, per-therapy metrics and survival for a timeline. `lines` is
 * `linesOfTherapy(timeline)`, when the caller has it already (the layout draws them too).
 */
export function summarizeTimeline(
  timeline: Timeline,
  lines: readonly TherapyLine[] = linesOfTherapy(timeline),
): TimelineSummary {
  const therapies = therapyMetrics(timeline);
  // The progressions recorded on a therapy, by id (only they are looked up, not every event),
  // and every progression or resistance called on each therapy: a line that continues a drug
  // past a progression (trastuzumab beyond progression) counts from its own start to the next.
  const wanted = new Set(therapies.map((m) => m.progressionEventId));
  const byIdMap = new Map<string, (typeof timeline.events)[number]>();
  const calls = new Map<string, Array<(typeof timeline.events)[number]>>();
  const causes = new Map<string, readonly string[]>();
  const refractory = new Set<string>();
  for (const e of timeline.events) {
    if (wanted.has(e.id)) byIdMap.set(e.id, e);
    if ((e.kind === "progression" || e.kind === "resistance") && e.therapy !== undefined) {
      const list = calls.get(e.therapy);
      if (list) list.push(e);
      else calls.set(e.therapy, [e]);
    }
    if (e.kind === "therapy" && e.basedOn) causes.set(e.id, e.basedOn);
    if (
      (e.kind === "therapy" || e.kind === "radiotherapy") &&
      "stopReason" in e &&
      (e.stopReason === "refractory" || e.stopReason === "primary-resistance")
    )
      refractory.add(e.id);
  }
  const byId = () => byIdMap;
  // Tied to no therapy, or to a transplant ("relapse two months after the transplant"): counted
  // for the line it follows. A recurrence after another operation (a second cancer's) is not.
  const procedures = new Set(
    timeline.events
      .filter((e) => e.kind === "procedure" && e.type === "transplant")
      .map((e) => e.id),
  );
  const unlinked = timeline.events.filter(
    (e) => e.kind === "progression" && (e.therapy === undefined || procedures.has(e.therapy)),
  );
  // Each line's therapies by id, in the order of `therapies` (a scan per line was quadratic).
  const order = new Map(therapies.map((m, i) => [m.therapyId, i]));
  // Calls stated only in words, by therapy, in one pass (not one pass per line and therapy).
  const words = statedResponses(timeline.events);
  const summaries = lines.map((line, li): LineSummary => {
    const ms = [...new Set(line.therapyIds.map((id) => order.get(id)))]
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b)
      .map((i) => therapies[i]!);
    // What started this line (its courses' `basedOn`) is not its progression.
    const started = new Set(line.therapyIds.flatMap((id) => causes.get(id) ?? []));
    const progressions = ms
      .flatMap(
        (m) =>
          calls.get(m.therapyId) ??
          (m.progressionEventId ? [byId().get(m.progressionEventId)] : []),
      )
      .filter((e) => e !== undefined && !started.has(e.id) && notBefore(e.span.start, line.start));
    const first =
      progressions.sort(
        (a, b) => (a!.span.start.earliest ?? 0) - (b!.span.start.earliest ?? 0),
      )[0] ??
      // None recorded on the line's courses: a progression tied to no therapy that lies, by what
      // the source states, after the line began and no later than the next line began (a relapse
      // two years after first-line therapy ended) is the line's.
      afterLine(unlinked, line, lines[li + 1], started, timeline.network);
    const responses = ms.map((m) => m.bestResponse).filter((b): b is BestResponse => b !== null);
    const rank = { CR: 4, PR: 3, SD: 2, PD: 1, NE: 0 } as const;
    const best = responses.sort((a, b) => rank[b.value] - rank[a.value])[0] ?? null;
    return {
      ...line,
      timeOnTreatment: stillOnAt(
        intervalBetween(line.start, line.end, line.ongoing, timeline.network),
        line,
        ms.flatMap((m) => calls.get(m.therapyId) ?? []),
        timeline.network,
      ),
      timeToProgression: first
        ? intervalBetween(line.start, first.span.start, false, timeline.network)
        : null,
      bestResponse: best,
      // Calls in words on the line's courses, or on the radiotherapy they were given with.
      responsesInWords: [
        ...new Set(
          ms.flatMap(
            (m) => words.get(m.therapyId) ?? (m.givenWith ? words.get(m.givenWith) : []) ?? [],
          ),
        ),
      ],
      refractory: line.therapyIds.some((id) => refractory.has(id)),
    };
  });
  return {
    id: timeline.document.id,
    label: timeline.document.patient.label,
    lines: summaries,
    therapies,
    survival: overallSurvival(timeline),
  };
}

/**
 * An ongoing line was still given when each progression recorded on its courses happened (a
 * local progression on pembrolizumab, which went on): its time on treatment is at least that
 * long, whatever bounds its end.
 */
function stillOnAt(
  tot: FuzzyInterval | null,
  line: TherapyLine,
  on: readonly Timeline["events"][number][],
  network: Timeline["network"],
): FuzzyInterval | null {
  if (!tot || !line.ongoing || on.length === 0) return tot;
  let least = tot.minDays ?? 0;
  for (const p of on.slice(0, UNLINKED_LOOKED_AT)) {
    const gap = offsetBetween(network, line.start, p.span.start);
    if (gap !== null && gap[0] !== null) least = Math.max(least, gap[0]);
  }
  return least === tot.minDays
    ? tot
    : {
        ...tot,
        minDays: least,
        maxDays: tot.maxDays === null ? null : Math.max(tot.maxDays, least),
      };
}

/** Unlinked progressions looked at per line: bounded cost in a long history. */
const UNLINKED_LOOKED_AT = 8;

/**
 * The first progression tied to no therapy that lies, by what the source states, no earlier than
 * the line's start and no later than the next line's start; not one that started the line.
 * Undecided order counts as no: a progression is never given to a line by guess.
 */
function afterLine(
  unlinked: readonly Timeline["events"][number][],
  line: TherapyLine,
  next: TherapyLine | undefined,
  started: ReadonlySet<string>,
  network: Timeline["network"],
): Timeline["events"][number] | undefined {
  // b is known to be on or after a.
  const notBeforeSure = (a: ResolvedDate, b: ResolvedDate) =>
    (leastGap(network, a, b) ?? -Infinity) >= 0;
  let looked = 0;
  let best: Timeline["events"][number] | undefined;
  for (const p of unlinked) {
    if (started.has(p.id)) continue;
    if (!mayBeOnOrBefore(line.start, p.span.start)) continue;
    if (next && !mayBeOnOrBefore(p.span.start, next.start)) continue;
    if (++looked > UNLINKED_LOOKED_AT) break;
    if (!notBeforeSure(line.start, p.span.start)) continue;
    if (next && !notBeforeSure(p.span.start, next.start)) continue;
    if (!best || (p.span.start.earliest ?? 0) < (best.span.start.earliest ?? 0)) best = p;
  }
  return best;
}

/** `2`, `2*` (derived by Oncoline's rule) or `?` (not claimable: see `TherapyLine.numbering`). */
export function lineNumber(
  l: Pick<TherapyLine, "number" | "numbering"> & { count?: number },
): string {
  if (l.numbering === "unknown") return "?";
  const n = (l.count ?? 1) > 1 ? `${l.number}–${l.number + (l.count ?? 1) - 1}` : `${l.number}`;
  return `${n}${l.numbering === "derived" ? "*" : ""}`;
}

/** A line's best response: its category (and scope), else the calls stated in words, else "—". */
export function responseCell(l: LineSummary): string {
  if (l.bestResponse)
    return `${l.bestResponse.value}${l.bestResponse.scope ? ` (${l.bestResponse.scope})` : ""}`;
  return l.responsesInWords.length ? `"${l.responsesInWords.join('", "')}" (in words)` : "—";
}

/** "died 2023-06, cause: cytokine release syndrome", or "" when no death is recorded. */
export function deathText(sv: Survival): string {
  if (!sv.death) return "";
  const when = sv.death.at ? describeDate(sv.death.at) : "date not stated";
  return `died ${when === "date not stated" ? "(date not stated)" : when}${sv.death.cause ? `, cause: ${sv.death.cause}` : ""}`;
}

/** A plain-text report of a summary, for terminals and logs. */
export function formatSummary(s: TimelineSummary): string {
  const out = [`${s.id} — ${s.label}`];
  if (s.lines.length === 0) out.push("  no systemic therapy lines");
  for (const l of s.lines) {
    const resp = responseCell(l);
    out.push(
      `  line ${lineNumber(l)}: ${l.agents.join(" + ")}`,
      `      from ${describeDate(l.start)} to ${l.ongoing ? "ongoing" : l.end.unstated ? "an end not stated" : describeDate(l.end)}`,
      `      time on treatment ${formatInterval(l.timeOnTreatment)}; to progression ${progressionCell(l)}; best response ${resp}`,
    );
  }
  for (const t of s.therapies)
    for (const r of t.timeToResistance)
      out.push(
        `  resistance ${r.resistanceId} on ${t.therapyId}: ${formatInterval(r.interval)} after start`,
      );
  const sv = s.survival;
  const label =
    sv.status === "dead"
      ? "overall survival"
      : sv.status === "alive-at-last-follow-up"
        ? "follow-up (alive)"
        : "survival";
  out.push(`  ${label}: ${formatInterval(sv.interval)}`);
  const died = deathText(sv);
  if (died) out.push(`  ${died}`);
  return out.join("\n");
}

/**
 * A line's time to progression; "progression (not dated)" when one is recorded with no distance to
 * give; "refractory (not dated)" or "none recorded" when none is.
 */
export function progressionCell(l: LineSummary): string {
  const t = l.timeToProgression;
  // A progression recorded with nothing to bound its distance from the start: said so, not "not
  // stated", which reads as no progression at all.
  if (t && !t.censored && t.maxDays === null && !t.minDays) return "progression (not dated)";
  if (t) return formatInterval(t);
  return l.refractory ? "refractory (not dated)" : "none recorded";
}

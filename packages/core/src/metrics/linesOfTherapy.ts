import { isLocoregional, isSupportive } from "./supportive.js";
import type { NormalizedEvent, Timeline } from "../model/normalized.js";
import type { ResolvedDate } from "../dates/resolvedDate.js";
import { chronological, leastGap, mayBeOnOrBefore, sameDate } from "./compareDates.js";
import { offsetBetween } from "../dates/offsetBetween.js";

type TherapyN = Extract<NormalizedEvent, { kind: "therapy" }>;

/** One line of systemic therapy. */
export interface TherapyLine {
  number: number;
  /** Therapy events given in this line (a continuing agent appears in the next line too). */
  therapyIds: string[];
  /** Agent names in the regimen, in order of appearance. */
  agents: string[];
  start: ResolvedDate;
  /** End of the line: the start of the next line it was replaced by, or its last therapy's end. */
  end: ResolvedDate;
  ongoing: boolean;
  /**
   * `stated` when the source numbered it, `derived` by the rule below, `unknown` when the number
   * cannot be claimed: earlier therapy was not reported (`priorTherapy: "not-reported"`), or the
   * source does not say whether it came before or after a neighbouring line. `number` then only
   * keeps the document's order; print it as "L?".
   */
  numbering: "stated" | "derived" | "unknown";
  /** How many lines this entry stands for ("three earlier lines", agents not named); usually 1. */
  count: number;
}

/**
 * Number lines of therapy when the source gives none. The rule:
 * 1. Supportive therapies (bisphosphonates…) are not lines, nor is adjuvant or neoadjuvant therapy
 *    around surgery (lines count treatment of advanced or recurrent disease), nor a course given
 *    only by a locoregional route (hepatic arterial infusion, intravesical, intrathecal), unless
 *    the source numbers it.
 * 2. Therapies that start on the same stated date form one line (a combination).
 * 3. A drug added while the current line is still running joins that line; dose changes and holds
 *    never start a line.
 * 4. Exception: an addition made *because of* resistance or progression (its `basedOn` names a
 *    resistance or progression event) starts a new line whose regimen is the new drug plus the
 *    agents that continue (seed 002: osimertinib, then osimertinib + alectinib).
 * 5. Consolidation and maintenance (`intent: "consolidation"`, `"maintenance"`) continue the
 *    current line: induction, consolidation and a transplant are one first line of AML therapy,
 *    and cetuximab + FOLFIRI, then cetuximab + capecitabine maintenance, one line.
 * 6. Chemoradiation after induction: a course given during a radiotherapy course (started, as
 *    stated, no earlier than the radiotherapy's start and no later than its end) continues a line
 *    given with induction or curative intent. Induction chemotherapy, then concurrent
 *    chemoradiation, is one curative treatment of the same disease, not two lines.
 * 7. Anything else that starts after the current line starts a new line. A stated `line` wins.
 * 8. Exceptions, when no progression or resistance may lie between, no course of the line was
 *    stopped as refractory or for progression, the course was not chosen because of one, and it
 *    is not known to start more than 90 days after the line ended: a
 *    course of some of the current line's agents only (a drug dropped for toxicity: EDP, then EP;
 *    not one given with radiotherapy) continues the line, and so does the next course of an
 *    induction or curative protocol (VDC, then VAI, then IE).
 * 9. Adjuvant or neoadjuvant therapy after an induction or curative line, on the same terms,
 *    completes that line (induction, resection, adjuvant chemotherapy).
 * 10. A course stated to treat another diagnosis than the first (`diagnosis`) is no line.
 */
export function linesOfTherapy(timeline: Timeline): TherapyLine[] {
  // Kinds by id, made on first use: only a therapy chosen because of an event needs them.
  let kindMap: Map<string, NormalizedEvent["kind"]> | undefined;
  const kinds = () => (kindMap ??= new Map(timeline.events.map((e) => [e.id, e.kind])));
  // A course for another cancer than the first diagnosis (the endometrial cancer's chemotherapy in
  // a lymphoma's history) is no line of it.
  const first = timeline.diagnoses[0]?.id;
  const therapies = chronological(
    timeline.events.filter(
      (e): e is TherapyN =>
        e.kind === "therapy" &&
        !isSupportive(e) &&
        !locoregional(e) &&
        (e.diagnosis === undefined || e.diagnosis === first),
    ),
    (t) => t.span.start,
  );
  // Progressions and resistance findings, found on first use: a course continues its line only
  // when none of them may lie between (rules 8 and 9).
  let stopsList: NormalizedEvent[] | null = null;
  const stops = () =>
    (stopsList ??= timeline.events.filter(
      (e) => e.kind === "progression" || e.kind === "resistance",
    ));
  // A course stopped because the disease did not respond or progressed on it ends its protocol:
  // what follows is salvage, a new line (APL: induction refractory, then azacitidine).
  const failed = new Set(
    therapies
      .filter(
        (t) =>
          t.stopReason === "refractory" ||
          t.stopReason === "primary-resistance" ||
          t.stopReason === "progression",
      )
      .map((t) => t.id),
  );
  // Whether a line holds such a course, read once per course of it (a scan per course was
  // quadratic in a line of thousands of courses).
  const checked = new Map<TherapyLine, [number, boolean]>();
  const lineFailed = (line: TherapyLine) => {
    let [i, f] = checked.get(line) ?? [0, false];
    for (; !f && i < line.therapyIds.length; i++) f = failed.has(line.therapyIds[i]!);
    checked.set(line, [i, f]);
    return f;
  };
  const uninterrupted = (line: TherapyLine, t: TherapyN) =>
    !becauseOfProgression(t, kinds) &&
    !lineFailed(line) &&
    !progressionBetween(timeline.network, stops(), line, t);
  const lines: TherapyLine[] = [];
  // The highest number any line covers so far (kept as lines come: a scan per therapy was
  // quadratic in a long history).
  let highest = 0;
  // Rule 6: whether the current (last) line holds a course given with induction or curative
  // intent, kept as courses come (a scan per therapy was quadratic), and the radiotherapy courses
  // in the order told (found on first use).
  let curative = false;
  let radiotherapy: NormalizedEvent[] | null = null;
  const rt = () => (radiotherapy ??= timeline.events.filter((e) => e.kind === "radiotherapy"));

  for (const t of therapies) {
    const current = lines[lines.length - 1];
    const agentNames = t.agents.length ? t.agents.map((a) => a.name) : [t.regimen ?? "therapy"];
    if (perioperative(t)) {
      // Rule 9: adjuvant therapy after induction (Ewing sarcoma: induction, resection, adjuvant
      // chemotherapy) completes that first line; any other is not a line (rule 1).
      if (current && curative && uninterrupted(current, t)) join(current, t, agentNames);
      continue;
    }
    if (t.line !== undefined) {
      const stated = lines.find((l) => l.number === t.line && l.numbering === "stated");
      if (stated) join(stated, t, agentNames);
      else {
        const line = newLine(t.line, t, agentNames, "stated");
        if (current) carryOver(current, line, t, therapies, timeline.network);
        lines.push(line);
        highest = Math.max(highest, line.number + line.count - 1);
      }
      continue;
    }
    const number = highest + 1;
    if (current && sameDate(current.start, t.span.start)) {
      join(current, t, agentNames);
    } else if (current && maintains(t)) {
      join(current, t, agentNames);
    } else if (current && curative && duringRadiotherapy(timeline, rt(), t)) {
      join(current, t, agentNames);
    } else if (
      current &&
      ((droppedAgents(current, t) && !duringRadiotherapy(timeline, rt(), t)) ||
        (curative && protocolCourse(t))) &&
      !longAfter(timeline.network, current, t) &&
      uninterrupted(current, t)
    ) {
      // Rule 8: a drug dropped (EDP, then EP without doxorubicin after its toxicity), or the next
      // course of an induction protocol (VDC, then IE), with no progression between.
      join(current, t, agentNames);
    } else if (current && running(current, t, timeline.network)) {
      if (!becauseOfProgression(t, kinds)) {
        join(current, t, agentNames);
      } else {
        const line = lineAfterResistance(current, t, agentNames, number, therapies);
        lines.push(line);
        highest = Math.max(highest, line.number + line.count - 1);
      }
    } else {
      const line = newLine(number, t, agentNames, "derived");
      if (current) carryOver(current, line, t, therapies, timeline.network);
      lines.push(line);
      highest = Math.max(highest, line.number + line.count - 1);
    }
    const last = lines[lines.length - 1];
    if (last !== current) curative = false;
    if (last?.therapyIds[last.therapyIds.length - 1] === t.id)
      curative ||= t.intent === "induction" || t.intent === "curative";
  }
  markUnknownNumbers(timeline, lines);
  return lines;
}

/**
 * A drug of the current line stated to go on past the new course's start (mitotane, still given
 * with the third line, or ongoing) is part of the new line too: it joins its regimen first.
 */
function carryOver(
  current: TherapyLine,
  line: TherapyLine,
  t: TherapyN,
  therapies: readonly TherapyN[],
  network: Timeline["network"],
): void {
  const continuing = therapies.filter((o) => {
    if (o === t || !current.therapyIds.includes(o.id)) return false;
    if (o.span.ongoing) return true;
    const e = o.span.end;
    const s = t.span.start;
    if (e.frame === s.frame && e.earliest !== null && s.latest !== null && e.earliest > s.latest)
      return true;
    // Stated to end no earlier than the new start, and not on that very day (a switch).
    const gap = offsetBetween(network, s, e);
    return gap !== null && gap[0] !== null && gap[0] >= 0 && (gap[1] === null || gap[1] > 0);
  });
  if (continuing.length === 0) return;
  line.therapyIds = [...continuing.map((o) => o.id), ...line.therapyIds];
  line.agents = [
    ...new Set([...continuing.flatMap((o) => o.agents.map((a) => a.name)), ...line.agents]),
  ];
  if (continuing.some((o) => o.span.ongoing)) line.ongoing = true;
}

/** Whether `t` was chosen because of a progression or a resistance finding (its `basedOn`). */
function becauseOfProgression(
  t: TherapyN,
  kinds: () => Map<string, NormalizedEvent["kind"]>,
): boolean {
  return (t.basedOn ?? []).some(
    (id) => kinds().get(id) === "resistance" || kinds().get(id) === "progression",
  );
}

/** Rule 8: `t` gives only agents the current line gave (a drug dropped, or the same again). */
function droppedAgents(line: TherapyLine, t: TherapyN): boolean {
  if (t.agents.length === 0) return false;
  const given = new Set(line.agents.map((a) => a.toLowerCase()));
  return t.agents.every((a) => given.has(a.name.toLowerCase()));
}

/** Rule 8: a course that follows its line after more than this many days free of therapy. */
const TREATMENT_FREE_DAYS = 90;

/** Whether `t` is known to start more than `TREATMENT_FREE_DAYS` after the line ended. */
function longAfter(network: Timeline["network"], line: TherapyLine, t: TherapyN): boolean {
  return (leastGap(network, line.end, t.span.start) ?? -Infinity) > TREATMENT_FREE_DAYS;
}

/** Rule 8: the next course of an induction or curative protocol. */
function protocolCourse(t: TherapyN): boolean {
  return t.intent === "induction" || t.intent === "curative";
}

/** Progressions looked at per course: past this many that may lie between, assume one does. */
const BETWEEN_LOOKED_AT = 8;

/**
 * Whether a progression or resistance finding may lie after the line's start and before `t`'s.
 * Only what the source states rules one out: it is known to lie before the line or after `start`.
 */
function progressionBetween(
  network: Timeline["network"],
  stops: readonly NormalizedEvent[],
  line: TherapyLine,
  t: TherapyN,
): boolean {
  const start = t.span.start;
  // `b` is known to lie on or after `a` (strictly after: a later day).
  const follows = (a: ResolvedDate, b: ResolvedDate, strictly: boolean) =>
    (leastGap(network, a, b) ?? -Infinity) >= (strictly ? 1 : 0);
  let looked = 0;
  for (const p of stops) {
    // One recorded on the new course itself happened on it, not before it.
    if ("therapy" in p && p.therapy === t.id) continue;
    const d = p.span.start;
    if (!mayBeOnOrBefore(line.start, d) || !mayBeOnOrBefore(d, start)) continue;
    if (++looked > BETWEEN_LOOKED_AT) return true;
    // Known to lie no later than the line's start (what started it), or after the new course
    // began (the same day may be what made it begin).
    if (follows(d, line.start, false) || follows(start, d, true)) continue;
    return true;
  }
  return false;
}

/** A course given only by a locoregional route (HAIC, intravesical BCG), unnumbered: rule 1. */
function locoregional(t: TherapyN): boolean {
  return t.line === undefined && isLocoregional(t);
}

/** Adjuvant or neoadjuvant therapy the source gives no line number: not a line (rule 1). */
function perioperative(t: TherapyN): boolean {
  return t.line === undefined && (t.intent === "adjuvant" || t.intent === "neoadjuvant");
}

/** Rule 5: consolidation or maintenance continues the current line. */
function maintains(t: TherapyN): boolean {
  return t.intent === "maintenance" || t.intent === "consolidation";
}

/** Radiotherapy courses looked at per therapy (those told nearest to it): bounded cost. */
const NEAREST_RT = 4;

/**
 * Rule 6: `t` (not itself palliative) starts inside a radiotherapy course, by what the source
 * states: its start no earlier than the radiotherapy's start and no later than its end. Only the
 * few courses told nearest to `t` are asked, so the cost per therapy is bounded.
 */
function duringRadiotherapy(
  timeline: Timeline,
  radiotherapy: readonly NormalizedEvent[],
  t: TherapyN,
): boolean {
  if (t.intent === "palliative" || t.intent === "maintenance" || radiotherapy.length === 0)
    return false;
  // The courses are in told order: the few on either side of `t`'s place in it.
  let lo = 0;
  let hi = radiotherapy.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (radiotherapy[mid]!.index < t.index) lo = mid + 1;
    else hi = mid;
  }
  const nearest = radiotherapy.slice(
    Math.max(0, lo - NEAREST_RT / 2),
    Math.min(radiotherapy.length, lo + NEAREST_RT / 2),
  );
  for (const r of nearest) {
    const fromStart = offsetBetween(timeline.network, r.span.start, t.span.start);
    const toEnd = offsetBetween(timeline.network, t.span.start, r.span.end);
    if (fromStart?.[0] != null && fromStart[0] >= 0 && toEnd?.[0] != null && toEnd[0] >= 0)
      return true;
  }
  return false;
}

/**
 * Whether a line is still running when `t` starts: it is ongoing, or its end is certainly not
 * before the new start, by the calendar or by what the source states (trastuzumab "continued"
 * until after the capecitabine that began in the same month). Uncertain overlaps read as
 * sequence: that is how case reports narrate.
 */
function running(line: TherapyLine, t: TherapyN, network: Timeline["network"]): boolean {
  if (line.end.frame !== t.span.start.frame) return false;
  if (line.ongoing) return true;
  if (
    line.end.earliest !== null &&
    t.span.start.latest !== null &&
    t.span.start.latest <= line.end.earliest
  )
    return true;
  if (line.end.key === undefined || t.span.start.key === undefined) return false;
  const gap = offsetBetween(network, t.span.start, line.end);
  return gap !== null && gap[0] !== null && gap[0] >= 0;
}

/**
 * Rule 4: `t`, added because of resistance or progression, ends the `current` line and starts a
 * new one whose regimen is the agents that continue plus `t`'s.
 */
function lineAfterResistance(
  current: TherapyLine,
  t: TherapyN,
  agentNames: string[],
  number: number,
  therapies: readonly TherapyN[],
): TherapyLine {
  const continuing = therapies.filter(
    (o) =>
      current.therapyIds.includes(o.id) &&
      (o.span.ongoing || mayBeOnOrBefore(t.span.start, o.span.end)),
  );
  current.end = t.span.start;
  current.ongoing = false;
  const line = newLine(
    number,
    t,
    [...continuing.flatMap((o) => o.agents.map((a) => a.name)), ...agentNames],
    "derived",
  );
  line.therapyIds = [...continuing.map((o) => o.id), t.id];
  return line;
}

/**
 * Derived numbers are claims about order: withdraw them where the source does not support them.
 * After an unordered pair, no later derived number can be claimed either.
 */
function markUnknownNumbers(timeline: Timeline, lines: TherapyLine[]): void {
  const derived = lines.filter((l) => l.numbering === "derived");
  if (timeline.document.priorTherapy === "not-reported") {
    for (const l of derived) l.numbering = "unknown";
    return;
  }
  // Where each line's first course is told: a line told after another, in a list told in an
  // order every statement allows, follows it ("then DPd … then cilta-cel", the DPd's start open).
  // (One map from each therapy's start to its index: a search per line was quadratic.)
  let index: Map<unknown, number> | null = null;
  const told = (l: TherapyLine) => {
    if (index === null) {
      index = new Map();
      for (const e of timeline.events)
        if (e.kind === "therapy" && !index.has(e.span.start)) index.set(e.span.start, e.index);
    }
    return index.get(l.start) ?? -1;
  };
  for (let i = 1; i < derived.length; i++) {
    const a = derived[i - 1]!;
    const b = derived[i]!;
    const gap = offsetBetween(timeline.network, a.start, b.start);
    const stated =
      gap !== null && gap[0] !== null && gap[0] >= 0 && !(gap[0] === 0 && gap[1] === 0);
    const ordered =
      stated ||
      (timeline.network.toldInOrder === true && gap !== null && told(a) >= 0 && told(a) < told(b));
    if (!ordered) {
      for (const l of derived.slice(i - 1)) l.numbering = "unknown";
      return;
    }
  }
}

function newLine(
  number: number,
  t: TherapyN,
  agents: string[],
  numbering: "stated" | "derived",
): TherapyLine {
  return {
    number,
    therapyIds: [t.id],
    agents: [...new Set(agents)],
    start: t.span.start,
    end: t.span.end,
    ongoing: t.span.ongoing,
    numbering,
    count: t.lineCount ?? 1,
  };
}

function join(line: TherapyLine, t: TherapyN, agents: string[]): void {
  line.therapyIds.push(t.id);
  line.agents = [...new Set([...line.agents, ...agents])];
  if (t.span.ongoing) line.ongoing = true;
  // The line ends with its last course: one whose end is no earlier at either bound (a
  // maintenance stopped in December 2013 after induction ended "by 2013"), or reaches later.
  const te = t.span.end;
  const le = line.end;
  const later =
    (te.latest ?? Infinity) > (le.latest ?? -Infinity) ||
    ((te.earliest ?? -Infinity) > (le.earliest ?? -Infinity) &&
      (te.latest ?? Infinity) >= (le.latest ?? -Infinity));
  if (le.frame === te.frame && later) line.end = te;
}

import type { ResolvedDate } from "../dates/resolvedDate.js";
import { linesOfTherapy } from "../metrics/linesOfTherapy.js";
import { chronological } from "../metrics/compareDates.js";
import type { Timeline } from "../model/normalized.js";
import type { SwimmerAnchor } from "./types.js";

/** The anchor a row was found to have: its date and what it is. */
export interface FoundAnchor {
  date: ResolvedDate;
  /** The therapy events of the aligned line or class (for "duration on the aligned therapy"). */
  therapyIds: string[];
  label: string;
}

/** `diagnosis`, `line:2`, `class:ALK TKI`, `event:resistance` → an anchor; or an error message. */
export function parseAnchor(text: string): SwimmerAnchor | string {
  const [head, ...rest] = text.split(":");
  const arg = rest.join(":").trim();
  if (head === "diagnosis" && !arg) return { kind: "diagnosis" };
  if (head === "line" && /^[1-9]\d*$/.test(arg)) return { kind: "line", line: Number(arg) };
  if (head === "class" && arg) return { kind: "class", drugClass: arg };
  if (head === "event" && arg) return { kind: "event", eventKind: arg };
  return `invalid anchor '${text}' (expected diagnosis, line:N, class:<drug class> or event:<kind>)`;
}

/** How an anchor reads in an axis title: `first ALK TKI`, `start of line 2`. */
export function describeAnchor(a: SwimmerAnchor): string {
  switch (a.kind) {
    case "diagnosis":
      return "diagnosis";
    case "line":
      return `start of line ${a.line}`;
    case "class":
      return `start of first ${a.drugClass}`;
    case "event":
      return `first ${a.eventKind}`;
  }
}

/** Find the anchor in one timeline, or `null` when the patient has none (listed, not dropped). */
export function findAnchor(t: Timeline, a: SwimmerAnchor): FoundAnchor | null {
  switch (a.kind) {
    case "diagnosis": {
      const dx = t.diagnoses[0];
      return dx ? { date: dx.span.start, therapyIds: [], label: "diagnosis" } : null;
    }
    case "line": {
      const line = linesOfTherapy(t).find((l) => l.number === a.line);
      return line
        ? { date: line.start, therapyIds: line.therapyIds, label: `line ${a.line}` }
        : null;
    }
    case "class": {
      const want = a.drugClass.toLowerCase();
      const therapies = t.events.filter(
        (e) =>
          e.kind === "therapy" &&
          (e.agents.length
            ? e.agents.some((g) => g.drugClass?.toLowerCase() === want)
            : e.drugClass?.toLowerCase() === want),
      );
      const first = chronological(therapies, (e) => e.span.start)[0];
      return first
        ? { date: first.span.start, therapyIds: [first.id], label: `first ${a.drugClass}` }
        : null;
    }
    case "event": {
      const events = t.events.filter((e) => e.kind === a.eventKind);
      const first = chronological(events, (e) => e.span.start)[0];
      return first ? { date: first.span.start, therapyIds: [], label: a.eventKind } : null;
    }
  }
}

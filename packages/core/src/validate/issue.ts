/** One problem found in input, with where it is. */
export interface ValidationIssue {
  /** Where: `events[3].end`, `patient.sex`, or `` for the whole document. */
  path: string;
  /** What is wrong, in words a clinician or developer understands. */
  message: string;
  /** Errors make the document invalid; warnings do not. */
  severity: "error" | "warning";
  /** The id of the event (or diagnosis) the path points into, when it has one. */
  eventId?: string;
}

/** `["events", 3, "end"]` → `events[3].end`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const s = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/** `events[3] (alectinib).end: 2023-01-01 is before start 2023-05-03`: index and id. */
export function formatIssue(issue: ValidationIssue): string {
  const path =
    issue.eventId === undefined
      ? issue.path
      : issue.path.replace(/^(.*(?:events|diagnoses)\[\d+\])/, `$1 (${issue.eventId})`);
  const where = path === "" ? "(document)" : path;
  return `${where}: ${issue.severity === "warning" ? "warning: " : ""}${issue.message}`;
}

/** Collects issues during a pass. */
export class IssueList {
  readonly items: ValidationIssue[] = [];
  error(path: string, message: string): void {
    this.items.push({ path, message, severity: "error" });
  }
  warn(path: string, message: string): void {
    this.items.push({ path, message, severity: "warning" });
  }
  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === "error");
  }
}

/**
 * Name the event each issue's path points into by its id as well as its index, read from the
 * input as given (`events[3]` → `alectinib`). Issues outside events are returned as they are.
 */
export function withEventIds(issues: ValidationIssue[], input: unknown): ValidationIssue[] {
  return issues.map((issue) => {
    const id = eventIdAt(input, issue.path);
    return id === undefined ? issue : { ...issue, eventId: id };
  });
}

function eventIdAt(input: unknown, path: string): string | undefined {
  let node: unknown = input;
  let id: string | undefined;
  let list: string | undefined;
  for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (typeof node !== "object" || node === null) break;
    const key = m[1] ?? Number(m[2]);
    node = Object.hasOwn(node, key) ? (node as Record<string | number, unknown>)[key] : undefined;
    const inList = list;
    list = m[1];
    // Only an event's or a diagnosis's own id names it, not the id of something inside it (a
    // change's `id`, a finding's).
    if (
      m[2] !== undefined &&
      (inList === "events" || inList === "diagnoses") &&
      typeof node === "object" &&
      node !== null
    ) {
      const own = (node as { id?: unknown }).id;
      if (typeof own === "string" && own !== "") id = own;
    }
  }
  return id;
}

/**
 * A function giving " (did you mean 'teclistamab'?)" when one known id is a likely typo of an id
 * (at most two edits, and at most a third of its letters), else "". Cost is bounded per document:
 * suggestions for the first 10 unknown ids only, each compared with at most 1,000 known ids of
 * at most 64 characters.
 */
export function suggester(known: Iterable<string>): (id: string) => string {
  const ids: string[] = [];
  for (const k of known) {
    if (ids.length >= 1000) break;
    if (k.length <= 64) ids.push(k);
  }
  let left = 10;
  return (id) => {
    if (left <= 0) return "";
    left--;
    return didYouMean(id, ids);
  };
}

function didYouMean(id: string, known: readonly string[]): string {
  const limit = Math.min(2, Math.floor(id.length / 3));
  if (limit === 0 || id.length > 64) return "";
  let best: string | null = null;
  let bestD = limit + 1;
  for (const k of known) {
    if (Math.abs(k.length - id.length) > limit) continue;
    const d = editDistance(id.toLowerCase(), k.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best === null ? "" : ` (did you mean '${best}'?)`;
}

/** Levenshtein distance with adjacent swaps, or `cap` once it is certainly no less. */
function editDistance(a: string, b: string, cap: number): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

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
  for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (typeof node !== "object" || node === null) break;
    const key = m[1] ?? Number(m[2]);
    node = Object.hasOwn(node, key) ? (node as Record<string | number, unknown>)[key] : undefined;
    if (m[2] !== undefined && typeof node === "object" && node !== null) {
      const own = (node as { id?: unknown }).id;
      if (typeof own === "string" && own !== "") id = own;
    }
  }
  return id;
}

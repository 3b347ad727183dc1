/** One problem found in input, with where it is. */
export interface ValidationIssue {
  /** Where: `events[3].end`, `patient.sex`, or `` for the whole document. */
  path: string;
  /** What is wrong, in words a clinician or developer understands. */
  message: string;
  /** Errors make the document invalid; warnings do not. */
  severity: "error" | "warning";
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

/** `events[3].end: 2023-01-01 is before start 2023-05-03`. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.path === "" ? "(document)" : issue.path;
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

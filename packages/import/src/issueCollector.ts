import type { ImportIssue, Where } from "./importIssue.js";

/** Collects errors and warnings, keeping at most `max` of each and counting the rest. */
export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  private dropped = { error: 0, warning: 0 };

  constructor(private readonly max: number) {}

  error(where: Where, message: string): void {
    this.add({ ...where, message, severity: "error" });
  }

  warn(where: Where, message: string): void {
    this.add({ ...where, message, severity: "warning" });
  }

  get hasErrors(): boolean {
    return this.issues.length > 0;
  }

  /** The lists, each ending with a count of what was left out when there were too many. */
  finish(file: string): { issues: ImportIssue[]; warnings: ImportIssue[] } {
    const more = (n: number, severity: ImportIssue["severity"]): ImportIssue[] =>
      n > 0 ? [{ file, message: `and ${n} more ${severity}s not listed`, severity }] : [];
    return {
      issues: [...this.issues, ...more(this.dropped.error, "error")],
      warnings: [...this.warnings, ...more(this.dropped.warning, "warning")],
    };
  }

  private add(issue: ImportIssue): void {
    const list = issue.severity === "error" ? this.issues : this.warnings;
    if (list.length < this.max) list.push(issue);
    else this.dropped[issue.severity]++;
  }
}

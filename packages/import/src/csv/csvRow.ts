import type { IssueCollector } from "../issueCollector.js";
import type { Where } from "../importIssue.js";
import type { CsvColumns } from "./csvMapping.js";

/** A column role of the mapping (`agent`, `start`…). */
export type Role = keyof CsvColumns;

/** One data row read through the mapping: cells by role, their places, and the unmapped rest. */
export class CsvRow {
  constructor(
    readonly file: string,
    readonly line: number,
    private readonly header: string[],
    private readonly cells: string[],
    private readonly columns: CsvColumns,
    readonly collector: IssueCollector,
  ) {}

  /** The cell of a role's column (blank → undefined). */
  get(role: Role): string | undefined {
    const name = this.columns[role];
    const i = name === undefined ? -1 : this.header.indexOf(name);
    const v = i < 0 ? "" : (this.cells[i] ?? "");
    return v === "" ? undefined : v;
  }

  at(role: Role): Where {
    const name = this.columns[role];
    const i = name === undefined ? -1 : this.header.indexOf(name);
    return i < 0
      ? { file: this.file, line: this.line }
      : { file: this.file, line: this.line, column: i + 1, field: name };
  }

  /** A number cell; a cell that is not a number is an error at its place. */
  number(role: Role): number | undefined {
    const v = this.get(role);
    if (v === undefined) return undefined;
    const n = Number(v.replace(",", "."));
    if (Number.isFinite(n)) return n;
    this.collector.error(this.at(role), `'${v}' is not a number; left out`);
    return undefined;
  }

  /** Every non-blank cell of an unmapped column, as `name: value; …`. */
  rest(): string | undefined {
    const mapped = new Set(Object.values(this.columns));
    const parts = this.header.flatMap((h, i) =>
      !mapped.has(h) && h !== "" && (this.cells[i] ?? "") !== "" ? [`${h}: ${this.cells[i]}`] : [],
    );
    return parts.length > 0 ? parts.join("; ") : undefined;
  }
}

import type { DateInput } from "@oncoline/core";
import type { IssueCollector } from "../issueCollector.js";
import type { Where } from "../importIssue.js";
import { dayDate } from "./dayDate.js";
import type { TimelineRow } from "./timelineRow.js";

/**
 * Reads one row's attributes for a mapper and remembers which it used, so every other column is
 * kept as text (`note`) instead of being lost.
 */
export class RowReader {
  private readonly used = new Set<string>();

  constructor(
    readonly row: TimelineRow,
    readonly collector: IssueCollector,
  ) {}

  /** An attribute's value (blank → undefined), marked as used. */
  get(name: string): string | undefined {
    this.used.add(name);
    return this.row.attributes.get(name);
  }

  /** The first of several names the column may have, e.g. `UNIT` or `UNITS`. */
  first(...names: string[]): string | undefined {
    for (const n of names) {
      const v = this.get(n);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  get start(): DateInput {
    return dayDate(this.row.start);
  }

  get stop(): DateInput | undefined {
    return this.row.stop === null ? undefined : dayDate(this.row.stop);
  }

  at(name: string): Where {
    return this.row.at(name);
  }

  /** The attributes no mapper used, as `KEY: value; KEY: value` (undefined when none). */
  rest(): string | undefined {
    const parts = [...this.row.attributes]
      .filter(([k]) => !this.used.has(k))
      .map(([k, v]) => `${k}: ${v}`);
    return parts.length > 0 ? parts.join("; ") : undefined;
  }
}

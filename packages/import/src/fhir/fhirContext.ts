import type { IssueCollector } from "../issueCollector.js";
import type { Where } from "../importIssue.js";
import type { Entry } from "./bundleEntries.js";
import { fhirDate } from "./fhirDate.js";
import { isObject } from "./json.js";

/** What resource handlers share: the file, the issue list, reference resolution, dates. */
export class FhirContext {
  constructor(
    readonly file: string,
    readonly collector: IssueCollector,
    readonly resolve: (ref: string | undefined) => Entry | undefined,
  ) {}

  at(entry: Entry, path: string): Where {
    return { file: this.file, path: path ? `${entry.label}.${path}` : entry.label };
  }

  /** The EDTF date of a field at its stated precision; a malformed one is an error at its path. */
  date(entry: Entry, path: string, value: unknown): string | undefined {
    if (value === undefined) return undefined;
    const d = fhirDate(value);
    if ("edtf" in d) return d.edtf;
    this.collector.error(this.at(entry, path), `${d.problem}; the date is left out`);
    return undefined;
  }

  /** The first date among `[x]` choices (`effectiveDateTime`, `effectivePeriod.start`…), with its path. */
  firstDate(entry: Entry, choices: readonly string[]): { date: string; path: string } | undefined {
    for (const path of choices) {
      const value = get(entry.resource, path);
      if (value === undefined) continue;
      const date = this.date(entry, path, value);
      if (date) return { date, path };
    }
    return undefined;
  }

  /** Report a resource with no date: it stays undated (listed, never placed on the axis). */
  undated(entry: Entry, fields: string): void {
    this.collector.warn(
      this.at(entry, ""),
      `no date (${fields}); kept undated: listed in the table, not placed`,
    );
  }
}

/** A dotted path into loose JSON (`dosageInstruction.0.timing.repeat.boundsPeriod.start`). */
export function get(json: unknown, path: string): unknown {
  let here: unknown = json;
  for (const key of path.split(/\.|\[(\d+)\]\.?/).filter(Boolean)) {
    if (Array.isArray(here)) here = here[Number(key)];
    else if (isObject(here)) here = here[key];
    else return undefined;
  }
  return here;
}

import Papa from "papaparse";
import type { IssueCollector } from "./issueCollector.js";
import { formatSize, type ImportLimits } from "./limits.js";

/** One data row of a text table, with its 1-based line in the file. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A parsed table: header names and data rows (comment and blank lines skipped). */
export interface Table {
  file: string;
  header: string[];
  /** The header's line (after leading `#` comment lines). */
  headerLine: number;
  rows: TableRow[];
}

/** How to split the text. cBioPortal files are tab-separated without quoting. */
export interface TableFormat {
  delimiter: "\t" | "," | ";";
  /** `\u0000` turns quoting off (cBioPortal); `"` for CSV. */
  quoteChar: string;
}

/**
 * Parse a delimited text with papaparse, keeping each row's file line. Problems (too many fields,
 * an unclosed quote, too large a file) go to `collector` with file and line; never throws.
 * Rows with fewer fields than the header are padded with blanks (spreadsheets drop trailing tabs).
 */
export function readTable(
  file: string,
  text: string,
  format: TableFormat,
  limits: ImportLimits,
  collector: IssueCollector,
): Table | null {
  if (text.length > limits.maxChars) {
    collector.error(
      { file, line: 1 },
      `the file is ${formatSize(text.length)}; the import limit is ${formatSize(limits.maxChars)} (split it, or raise maxChars)`,
    );
    return null;
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  // Without quoting every record is one physical line, so record i is line i + 1.
  const parsed = Papa.parse<string[]>(text, {
    delimiter: format.delimiter,
    quoteChar: format.quoteChar,
    header: false,
    skipEmptyLines: false,
    newline: text.includes("\r\n") ? "\r\n" : "\n",
  });
  const lineOf = lineCounter(parsed.data, format.quoteChar !== "\u0000");
  for (const err of parsed.errors)
    if (err.type === "Quotes")
      collector.error(
        { file, line: lineOf(err.row ?? 0) },
        `unclosed quote: ${err.message.toLowerCase()}`,
      );

  const headerIndex = parsed.data.findIndex((r) => !isBlank(r) && !r[0]?.startsWith("#"));
  if (headerIndex < 0) {
    collector.error({ file, line: 1 }, "no header row (the file is empty or only comments)");
    return null;
  }
  const header = parsed.data[headerIndex]!.map((h) => h.trim());
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < parsed.data.length; i++) {
    const cells = parsed.data[i]!;
    if (isBlank(cells) || cells[0]?.startsWith("#")) continue;
    const line = lineOf(i);
    if (rows.length >= limits.maxRecords) {
      collector.error(
        { file, line },
        `more than ${limits.maxRecords} rows; the rest of the file is not read (raise maxRecords)`,
      );
      break;
    }
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ""))
      collector.error(
        { file, line, column: header.length + 1 },
        `${cells.length} fields but the header has ${header.length}`,
      );
    while (cells.length < header.length) cells.push("");
    rows.push({ line, cells: cells.map((c) => c.trim()) });
  }
  return { file, header, headerLine: lineOf(headerIndex), rows };
}

const isBlank = (row: string[]) => row.every((c) => c.trim() === "");

/** Record index → 1-based line; with quoting on, a quoted field may span lines. */
function lineCounter(data: string[][], quoted: boolean): (record: number) => number {
  if (!quoted) return (record) => record + 1;
  const starts: number[] = [];
  let line = 1;
  for (const record of data) {
    starts.push(line);
    line += 1 + record.reduce((n, cell) => n + countNewlines(cell), 0);
  }
  return (record) => starts[record] ?? line;
}

const countNewlines = (s: string) => {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
};

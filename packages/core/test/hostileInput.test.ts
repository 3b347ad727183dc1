// Issue 15: characters XML cannot carry (defect 4), cohort keys named like built-ins (defect 7),
// and the documented input limits that bound the cost of any upload.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  checkJsonText,
  formatIssue,
  INPUT_LIMITS,
  parseCohort,
  parseTimeline,
} from "../src/index.js";
import { doc, tki } from "./fixtures.js";

const issuesOf = (r: ReturnType<typeof parseTimeline> | ReturnType<typeof parseCohort>) =>
  r.ok ? [] : r.issues.map(formatIssue);

describe("text that XML cannot carry is refused with its path (defect 4)", () => {
  it.each([
    ["NUL", "\u0000", "U+0000 at character 5, a control character"],
    ["ESC", "\u001B", "U+001B at character 5, a control character"],
    ["U+FFFE", "\uFFFE", "U+FFFE at character 5, a noncharacter"],
    ["U+FFFF", "\uFFFF", "U+FFFF at character 5, a noncharacter"],
    [
      "a lone high surrogate",
      "\uD800",
      "U+D800 at character 5, a lone UTF-16 surrogate (broken text)",
    ],
    [
      "a lone low surrogate",
      "\uDC00",
      "U+DC00 at character 5, a lone UTF-16 surrogate (broken text)",
    ],
  ])("parseTimeline refuses %s in a clinical term", (_name, ch, what) => {
    const d = doc([
      { kind: "clinical", id: "c", category: "other", term: `term${ch}x`, start: "2024-01-01" },
    ]);
    expect(issuesOf(parseTimeline(d))).toEqual([
      `events[0] (c).term: the text contains ${what}; remove it`,
    ]);
  });

  it("parseTimeline keeps tabs, line breaks, emoji and other scripts", () => {
    const term = "line one\nline two\ttab\r\n😀 ünïcödé 中文 \u0085 \uE000";
    const r = parseTimeline(
      doc([{ kind: "clinical", id: "c", category: "other", term, start: "2024-01-01" }]),
    );
    expect(r.ok).toBe(true);
  });

  it("parseTimeline names a property name with a control character (and the typo) at its path", () => {
    const d = { ...doc([]), "bad\u0007key": 1 };
    expect(issuesOf(parseTimeline(d))).toEqual([
      '["bad\\u0007key"]: the property name contains U+0007 at character 4, a control character; remove it',
      '["bad\\u0007key"]: is not a field of this object (typo?)',
    ]);
  });

  it("parseCohort refuses a NUL in a table cell", () => {
    const r = parseCohort(cohort({ reference: "x\u0000" }));
    expect(issuesOf(r)).toEqual([
      "table.rows[0].cells.reference: the text contains U+0000 at character 2, a control character; remove it",
    ]);
  });
});

const schema = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../schema/${name}`, import.meta.url)), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const ajvCohort = ajv.compile(schema("cohort.schema.json"));

/** A cohort table with the columns `reference` (string) and `toString` (number). */
function cohort(cells: Record<string, unknown>, columns = ["reference", "toString"]) {
  return {
    schemaVersion: "1.0",
    kind: "cohort",
    id: "c",
    source: { citation: "Synthetic", kind: "synthetic" },
    table: {
      columns: columns.map((key) => ({
        key,
        label: key,
        type: key === "reference" ? "string" : "number",
      })),
      rows: [{ id: "r1", cells }],
    },
  };
}

describe("cohort keys named like built-ins (defect 7)", () => {
  it("parseCohort accepts a row that leaves out the column 'toString' (null, not Object.prototype.toString)", () => {
    const r = parseCohort(cohort({ reference: "Smith 2020" }));
    expect(issuesOf(r)).toEqual([]);
    expect(r.ok && r.value.rows[0]!.values).toEqual({ reference: "Smith 2020", toString: null });
    expect(ajvCohort(cohort({ reference: "Smith 2020" }))).toBe(true);
  });

  it("parseCohort reads the columns 'constructor', 'valueOf' and 'hasOwnProperty' as plain columns", () => {
    const cols = ["reference", "constructor", "valueOf", "hasOwnProperty"];
    const r = parseCohort(cohort({ constructor: 3 }, cols));
    expect(r.ok && r.value.rows[0]!.values).toEqual({
      reference: null,
      constructor: 3,
      valueOf: null,
      hasOwnProperty: null,
    });
  });

  it("parseCohort rejects a '__proto__' cell from JSON.parse (it used to vanish), as the JSON Schema does", () => {
    // The schema library skips a "__proto__" key of a record without checking it, so the cell
    // vanished and the document passed, while ajv checks it and rejects the document.
    const withProto = (cell: string) =>
      JSON.parse(
        JSON.stringify(cohort({ reference: "x" })).replace(
          '"cells":{',
          `"cells":{"__proto__":${cell},`,
        ),
      ) as unknown;
    const bad = withProto('{"x":1}');
    expect(issuesOf(parseCohort(bad))).toEqual([
      "table.rows[0].cells.__proto__: no column '__proto__' is declared",
    ]);
    expect(ajvCohort(bad)).toBe(false);
    // A well-formed value is still a cell of no declared column (ids cannot be named __proto__).
    expect(issuesOf(parseCohort(withProto('{"value":1,"note":"n"}')))).toEqual([
      "table.rows[0].cells.__proto__: no column '__proto__' is declared",
    ]);
  });
});

describe("documented input limits are enforced before validation", () => {
  it("INPUT_LIMITS are 10 million characters, 20,000 items per list and 40,000 in all, 10,000 characters per text, 32 levels", () => {
    expect(INPUT_LIMITS).toEqual({
      documentChars: 10_000_000,
      arrayItems: 20_000,
      totalItems: 40_000,
      stringChars: 10_000,
      depth: 32,
    });
  });

  it("parseTimeline refuses more than 20,000 events, naming the list", () => {
    const events = new Array(INPUT_LIMITS.arrayItems + 1).fill(tki("a", "2024-01-01"));
    expect(issuesOf(parseTimeline(doc(events)))).toEqual([
      "events: has 20,001 items; at most 20,000 are accepted in one list",
    ]);
  });

  it("parseTimeline refuses a note of more than 10,000 characters, naming its path", () => {
    const d = doc([tki("a", "2024-01-01", { note: "x".repeat(10_001) })]);
    expect(issuesOf(parseTimeline(d))).toEqual([
      "events[0] (a).note: the text has 10,001 characters; at most 10,000 are accepted",
    ]);
  });

  it("parseTimeline refuses nesting deeper than 32 levels, and a cyclic value, without overflowing", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = issuesOf(parseTimeline({ ...doc([]), notes: deep }));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/^notes(\[0\]){31}: is nested more than 32 levels deep/);
    const cyclic: Record<string, unknown> = doc([]) as never;
    cyclic["self"] = cyclic;
    expect(issuesOf(parseTimeline(cyclic))[0]).toMatch(/is nested more than 32 levels deep/);
  });

  it("parseTimeline refuses a document of more than 10 million characters as a whole", () => {
    const note = "n".repeat(9_000);
    const notes = new Array(1_200).fill({ text: note });
    expect(issuesOf(parseTimeline({ ...doc([]), notes }))).toEqual([
      "(document): the document is larger than 10,000,000 characters of JSON (about 10 MB); split it or leave out what the figure does not need",
    ]);
  });

  it("parseTimeline refuses more than 40,000 items in all lists together, naming the list that goes over", () => {
    const lab = (id: string) => ({
      kind: "lab",
      id,
      analyte: "CEA",
      unit: "ng/mL",
      values: new Array(15_000).fill({ date: "2024-01-01", value: 1 }),
    });
    expect(issuesOf(parseTimeline(doc([lab("a"), lab("b"), lab("c")] as never)))).toEqual([
      "events[2] (c).values: brings the items in all lists of the document to more than 40,000, the most accepted",
    ]);
  });

  it("checkJsonText refuses a too-deep or too-long text before JSON.parse", () => {
    const deep = `{"notes":${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}}`;
    expect(checkJsonText(deep)?.message).toBe(
      "the document nests more than 32 levels deep (at character 41); documents are at most 32 levels deep",
    );
    expect(checkJsonText(JSON.stringify({ a: "[[[[".repeat(100) }))).toBeNull();
    expect(checkJsonText(" ".repeat(10_000_001))?.message).toMatch(
      /^the document has 10,000,001 characters/,
    );
  });

  it("parseCohort applies the same limits to a cohort and to each patient in it", () => {
    const rows = new Array(INPUT_LIMITS.arrayItems + 1).fill({ id: "r", cells: {} });
    const c = cohort({});
    expect(issuesOf(parseCohort({ ...c, table: { ...c.table, rows } }))).toEqual([
      "table.rows: has 20,001 items; at most 20,000 are accepted in one list",
    ]);
  });
});

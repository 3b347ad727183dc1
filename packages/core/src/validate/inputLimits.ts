import { formatPath, type ValidationIssue } from "./issue.js";

/**
 * What `parseTimeline` and `parseCohort` accept at most, so that any upload costs bounded time and
 * memory: larger input is refused before validation starts, with an issue that names the limit.
 * Far above any real case (the largest seed is 12 kB with 34 events), and low enough that date
 * resolution and layout of anything accepted take seconds, not minutes (`pnpm bench`).
 */
export const INPUT_LIMITS = {
  /** Size of the document as JSON text, in characters (about 10 MB). */
  documentChars: 10_000_000,
  /** Items in any one array: events, lab values, cohort rows, patients… */
  arrayItems: 20_000,
  /** Items in all arrays of the document together (so many lists cannot add up to more). */
  totalItems: 40_000,
  /** Characters in any one string (a note, a citation, a label) or property name. */
  stringChars: 10_000,
  /** Levels of nested objects and arrays (real documents use about eight). */
  depth: 32,
} as const;

/** At most this many strings with characters XML cannot carry are listed one by one. */
const MAX_CHARACTER_ISSUES = 20;

/**
 * Characters XML 1.0 cannot carry (so no SVG can show them): C0 controls other than tab, line feed
 * and carriage return, the noncharacters U+FFFE and U+FFFF, and UTF-16 surrogates without a partner.
 */
const NOT_XML_RE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `s` that XML cannot carry, described; null when there is none. */
export function firstNonXmlCharacter(s: string): string | null {
  const m = NOT_XML_RE.exec(s);
  if (!m) return null;
  const code = m[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const what =
    code >= 0xd800 && code <= 0xdfff
      ? "a lone UTF-16 surrogate (broken text)"
      : code >= 0xfffe
        ? "a noncharacter"
        : "a control character";
  return `${hex} at character ${m.index + 1}, ${what}`;
}

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | null;
  key: PropertyKey | null;
}

const pathOf = (f: Frame): string => {
  const parts: PropertyKey[] = [];
  for (let cur: Frame | null = f; cur && cur.key !== null; cur = cur.parent) parts.push(cur.key);
  return formatPath(parts.reverse());
};

const thousands = (n: number) => n.toLocaleString("en-US");

/** The outcome of `checkInput`: a refusal (input over a limit), and text XML cannot carry. */
export interface InputCheck {
  /** Set when the input is over a limit: validation should stop here. */
  refused: ValidationIssue | null;
  /** Strings (or property names) holding characters XML cannot carry, with their paths. */
  characters: ValidationIssue[];
}

const error = (path: string, message: string): ValidationIssue => ({
  path,
  message,
  severity: "error",
});

/**
 * Walk any value once, iteratively (no recursion, so no nesting can overflow the stack), and stop
 * at the first limit it exceeds. Cost is bounded by the limits whatever the input: arrays are
 * measured before their items are visited, and the walk ends once the document is too large.
 * Values JSON cannot hold (functions, cycles) are left to the schema, except that a cycle ends as
 * "nested too deep".
 */
export function checkInput(input: unknown): InputCheck {
  const w: Walk = {
    characters: [],
    badStrings: 0,
    chars: 0,
    items: 0,
    stack: [{ value: input, depth: 0, parent: null, key: null }],
  };
  while (w.stack.length > 0) {
    const refused = visit(w.stack.pop()!, w);
    if (refused) return { refused, characters: w.characters };
  }
  if (w.badStrings > MAX_CHARACTER_ISSUES)
    w.characters.push(
      error(
        "",
        `${w.badStrings - MAX_CHARACTER_ISSUES} more texts contain characters XML cannot carry`,
      ),
    );
  return { refused: null, characters: w.characters };
}

/** The state of `checkInput`'s walk: what it found and counted so far, and what is left to visit. */
interface Walk {
  characters: ValidationIssue[];
  badStrings: number;
  chars: number;
  items: number;
  stack: Frame[];
}

/** Stage: one value of the walk, counted and its children queued; the refusal if over a limit. */
function visit(f: Frame, w: Walk): ValidationIssue | null {
  const L = INPUT_LIMITS;
  const v = f.value;
  if (typeof v === "string") {
    const r = checkText(v, f, "the text", w);
    if (r) return r;
  } else if (typeof v === "number") w.chars += 8;
  else if (typeof v === "boolean" || v === null) w.chars += 5;
  else if (typeof v === "object") {
    if (f.depth >= L.depth)
      return error(
        pathOf(f),
        `is nested more than ${L.depth} levels deep; documents are at most ${L.depth} levels deep`,
      );
    const r = Array.isArray(v) ? visitArray(v, f, w) : visitObject(v, f, w);
    if (r) return r;
  }
  if (w.chars > L.documentChars)
    return error(
      "",
      `the document is larger than ${thousands(L.documentChars)} characters of JSON (about ${L.documentChars / 1e6} MB); split it or leave out what the figure does not need`,
    );
  return null;
}

/** A string (a text or a property name): its length, and characters XML cannot carry. */
function checkText(s: string, f: Frame, what: string, w: Walk): ValidationIssue | null {
  const L = INPUT_LIMITS;
  w.chars += s.length + 3;
  if (s.length > L.stringChars)
    return error(
      pathOf(f),
      `${what} has ${thousands(s.length)} characters; at most ${thousands(L.stringChars)} are accepted`,
    );
  const bad = firstNonXmlCharacter(s);
  if (bad !== null && w.badStrings++ < MAX_CHARACTER_ISSUES)
    w.characters.push(error(pathOf(f), `${what} contains ${bad}; remove it`));
  return null;
}

/** An array: measured before its items are queued (first item on top). */
function visitArray(v: unknown[], f: Frame, w: Walk): ValidationIssue | null {
  const L = INPUT_LIMITS;
  if (v.length > L.arrayItems)
    return error(
      pathOf(f),
      `has ${thousands(v.length)} items; at most ${thousands(L.arrayItems)} are accepted in one list`,
    );
  w.chars += 2 + v.length;
  w.items += v.length;
  if (w.items > L.totalItems)
    return error(
      pathOf(f),
      `brings the items in all lists of the document to more than ${thousands(L.totalItems)}, the most accepted`,
    );
  for (let i = v.length - 1; i >= 0; i--)
    w.stack.push({ value: v[i], depth: f.depth + 1, parent: f, key: i });
  return null;
}

/** An object: its field count, then each property name checked and its value queued. */
function visitObject(v: object, f: Frame, w: Walk): ValidationIssue | null {
  const L = INPUT_LIMITS;
  const keys = Object.keys(v);
  if (keys.length > L.arrayItems)
    return error(
      pathOf(f),
      `has ${thousands(keys.length)} fields; at most ${thousands(L.arrayItems)} are accepted in one object`,
    );
  w.chars += 2 + keys.length;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    const child: Frame = { value: undefined, depth: f.depth + 1, parent: f, key };
    const r = checkText(key, child, "the property name", w);
    if (r) return r;
    child.value = (v as Record<string, unknown>)[key];
    w.stack.push(child);
  }
  return null;
}

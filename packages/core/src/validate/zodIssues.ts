import type { z } from "zod";
import { formatPath, type ValidationIssue } from "./issue.js";

const describe = (v: unknown): string => {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
};

const valueAt = (root: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
};

/** Turn Zod's issues into path-qualified messages a person can act on. */
export function fromZodIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  input: unknown,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const i of issues) {
    const path = formatPath(i.path);
    const got = valueAt(input, i.path);
    if (i.code === "unrecognized_keys") {
      pushUnknownKeys(i, out, valueAt(input, i.path));
      continue;
    }
    if (i.code === "invalid_union" && pushUnionIssues(i, input, out)) continue;
    out.push({
      path,
      message: issueMessage(i, got) + shapeHint(i, got) + boundHint(got),
      severity: "error",
    });
  }
  return out;
}

/**
 * For a date bound written as a bare string (`"before": "2018-04-06"`): a bound is an event's edge
 * or a calendar date in an object, and both may be combined.
 */
function boundHint(got: unknown): string {
  if (typeof got !== "object" || got === null) return "";
  const bare = (["after", "before"] as const).find(
    (k) => typeof (got as Record<string, unknown>)[k] === "string",
  );
  if (!bare) return "";
  const v = (got as Record<string, string>)[bare]!;
  const asDate = /^\d{4}/.test(v);
  return `; a bound is an object: "${bare}": ${asDate ? `{ "date": "${v}" }` : `{ "event": "${v}" }`}${asDate ? ` (a calendar bound), or { "event": "id" }` : ` (another event), or { "date": "2018-04-06" }`}`;
}

/** What a source note looks like, for a note written as a bare string. */
function shapeHint(i: z.core.$ZodIssue, got: unknown): string {
  const [first, index] = i.path;
  return i.code === "invalid_type" &&
    typeof got === "string" &&
    first === "notes" &&
    typeof index === "number" &&
    i.path.length === 2
    ? ` (a note is { "text": "…" }, with "kind": "discrepancy", "inference", "omission" or "other" and "about": a path or id, both optional)`
    : "";
}

/** Stage: each unrecognized key as its own issue at its own path. */
function pushUnknownKeys(
  i: z.core.$ZodIssueUnrecognizedKeys,
  out: ValidationIssue[],
  owner: unknown,
): void {
  for (const key of i.keys) {
    const hint = keyHint(key, owner, i.path);
    out.push({
      path: formatPath([...i.path, key]),
      message: `is not a field of this object (${hint ?? "typo?"})`,
      severity: "error",
    });
  }
}

/** The date fields of the kinds that have no `date` or no `start`. */
const DATE_FIELDS: Record<string, string> = {
  molecular: "sampleDate and/or resultDate",
  clinical: "start (and end, for a spell)",
  "adverse-event": "start (and end)",
  imaging: "date",
  procedure: "date",
  progression: "date",
  response: "date",
  resistance: "date",
  outcome: "date",
  lab: "the date of each value (values[].date)",
};

/** Where a field that is not one here goes instead, for the mistakes real documents make. */
function keyHint(key: string, owner: unknown, path: readonly PropertyKey[]): string | null {
  const has = (k: string) => typeof owner === "object" && owner !== null && k in owner;
  if (key === "offset" && (has("after") || has("before")))
    return 'an offset goes with relativeTo ("2 months after": { "relativeTo": { "event": "…" }, "offset": { "amount": 2, "unit": "month" } }) or inside a bound ("within 2 months of": { "after": { "event": "…" }, "before": { "event": "…", "offset": { "amount": 2, "unit": "month" } } })';
  if ((key === "date" || key === "start") && path.length === 2 && path[0] === "events") {
    const kind =
      typeof owner === "object" && owner !== null ? (owner as { kind?: unknown }).kind : "";
    const fields = typeof kind === "string" ? DATE_FIELDS[kind] : undefined;
    if (fields) return `a ${kind} event is dated by ${fields}`;
  }
  if (key === "duration" && path.length === 2 && path[0] === "events")
    return "only a therapy or radiotherapy takes a duration; give this event an end, relativeTo its start with an offset";
  if (key === "suvMax" && path.includes("lesions"))
    return "SUVmax is a field of the imaging event, not of a lesion; a lesion's own value goes in its note";
  return null;
}

/**
 * Stage: a union's issue as the issue of its discriminator, or of the one branch a value plainly
 * aims at; false when neither applies (the union's own message is then used).
 */
function pushUnionIssues(
  i: z.core.$ZodIssueInvalidUnion,
  input: unknown,
  out: ValidationIssue[],
): boolean {
  const disc = (i as { discriminator?: string }).discriminator;
  if (disc !== undefined) {
    const discPath = i.path[i.path.length - 1] === disc ? i.path : [...i.path, disc];
    const v = valueAt(input, discPath);
    out.push({
      path: formatPath(discPath),
      message: v === undefined ? "is required" : `${describe(v)} is not a known ${disc}`,
      severity: "error",
    });
    return true;
  }
  // A value plainly aimed at one branch (no complaint about its own shape at the top) gets
  // that branch's precise issues instead of the union's summary.
  const branches = (i as { errors?: z.core.$ZodIssue[][] }).errors ?? [];
  const fits = branches.filter((b) => b.length > 0 && b.every((x) => x.path.length > 0));
  const best = fits.sort((a, b) => a.length - b.length)[0];
  if (!best) return false;
  out.push(
    ...fromZodIssues(
      best.map((x) => ({ ...x, path: [...i.path, ...x.path] })),
      input,
    ),
  );
  return true;
}

/**
 * For a response category the five cannot hold ("VGPR", "CRi", "MMR"): where it goes instead. The
 * category set is recognised by its values, so the hint follows the model wherever it is used.
 */
function responseHint(values: readonly unknown[], got: unknown): string {
  const isResponse =
    values.length === 5 && ["CR", "PR", "SD", "PD", "NE"].every((v) => values.includes(v));
  return isResponse && typeof got === "string"
    ? ` (a finer or other category goes in "text", e.g. { "value": "PR", "text": "VGPR" } or { "text": "${got}" })`
    : "";
}

/** Stage: the message of one issue, given the value found at its path (`got`). */
function issueMessage(i: z.core.$ZodIssue, got: unknown): string {
  switch (i.code) {
    case "invalid_type":
      return got === undefined
        ? `is required (${i.expected})`
        : `expected ${i.expected}, got ${describe(got)}`;
    case "invalid_value":
      return got === undefined
        ? `is required (${i.values.map((v) => JSON.stringify(v)).join(" or ")})`
        : i.values.length === 1
          ? `must be ${JSON.stringify(i.values[0])}, got ${describe(got)}`
          : `must be one of ${i.values.map((v) => JSON.stringify(v)).join(", ")}; got ${describe(got)}${responseHint(i.values, got)}`;
    case "too_small":
      return i.origin === "array"
        ? `needs at least ${String(i.minimum)} item(s)`
        : i.origin === "string"
          ? "must not be empty"
          : `must be ${i.inclusive ? "at least" : "more than"} ${String(i.minimum)}, got ${describe(got)}`;
    case "too_big":
      return i.origin === "array"
        ? `allows at most ${String(i.maximum)} item(s)`
        : `must be ${i.inclusive ? "at most" : "less than"} ${String(i.maximum)}, got ${describe(got)}`;
    case "invalid_format":
      return `${i.message}; got ${describe(got)}`;
    default:
      return i.message;
  }
}

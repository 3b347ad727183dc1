import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCohort, parseTimeline, type ValidationIssue } from "../src/index.js";
import { patientSeeds } from "../../../scripts/seeds.mjs";

const wellFormed = (issues: ValidationIssue[]) =>
  issues.length > 0 &&
  issues.every(
    (i) =>
      typeof i.path === "string" && i.message.length > 0 && !i.message.startsWith("internal error"),
  );

/** Replace the value at a random path of `doc` with `value`, or delete it. */
function mutate(doc: unknown, choices: number[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let cur: unknown = copy;
  for (let depth = 0; depth < choices.length; depth++) {
    if (cur === null || typeof cur !== "object") return copy;
    const keys = Object.keys(cur);
    if (keys.length === 0) return copy;
    const key = keys[choices[depth]! % keys.length]!;
    const next = (cur as Record<string, unknown>)[key];
    const last = depth === choices.length - 1 || next === null || typeof next !== "object";
    if (last) {
      if (remove && !Array.isArray(cur)) delete (cur as Record<string, unknown>)[key];
      else (cur as Record<string, unknown>)[key] = value;
      return copy;
    }
    cur = next;
  }
  return copy;
}

describe("validation never throws", () => {
  it("parseTimeline(any JSON value) returns a result and never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseTimeline(v);
        return r.ok || wellFormed(r.issues);
      }),
      { numRuns: 2000 },
    );
  });

  it("parseCohort(any JSON value) returns a result and never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseCohort(v);
        return r.ok || wellFormed(r.issues);
      }),
      { numRuns: 1000 },
    );
  });

  const seeds = patientSeeds();
  it("mutated seeds either parse or get path-qualified issues", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        (s, choices, value, remove) => {
          const r = parseTimeline(mutate(s.json, choices, value, remove));
          return r.ok || wellFormed(r.issues);
        },
      ),
      { numRuns: 1500 },
    );
    // Eleven seeds now, several with long chains of relative dates: allow for a loaded machine.
  }, 30_000);

  it("re-pointing any date of a seed at a random event never throws", () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), fc.nat(), (s, a, b) => {
        const d = structuredClone(s.json) as { events: Array<Record<string, unknown>> };
        const from = d.events[a % d.events.length]!;
        const to = d.events[b % d.events.length]!;
        from["start" in from ? "start" : "date"] = {
          relativeTo: { event: to["id"] },
          offset: { amount: 1, unit: "month" },
        };
        const r = parseTimeline(d);
        return r.ok || wellFormed(r.issues);
      }),
      { numRuns: 500 },
    );
  });
});

#!/usr/bin/env node
// pnpm fuzz — the nightly-style fuzz run (not part of `pnpm test`): 100,000 cases each of
// parseTimeline and parseCohort over arbitrary JSON and mutated seeds, with dates at the edges of
// the supported years. Every result must be a result (no throw, no internal error, every issue with
// a path and a message), and every accepted document must resolve each date it states as an EDTF
// string to a window inside the stated days: never outside what the source says, and never empty.
// (The window may be narrower: the date network narrows a stated month by a stated order, e.g. a
// February start after an event known to follow 29 February.) FUZZ_RUNS=n changes the count, FUZZ_SEED=n
// replays a run. The properties are exported so the unit suite can run a small smoke of them.
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { loadSeeds } from "./seeds.mjs";

/** Dates at and just past the edges of the supported years, leap days, and the old 0–99 trap. */
export const EDGE_DATES = [
  "1800",
  "1800-01",
  "1800-01-01",
  "1800-02-28",
  "2200",
  "2200-12",
  "2200-12-31",
  "1799-12-31",
  "2201-01-01",
  "1800-02-29",
  "1900-02-29",
  "2000-02-29",
  "2100-02-29",
  "2024-02-29",
  "0050-02",
  "0099-12-31",
  "0000",
  "9999-12-31",
  "1969-12-31",
  "1970-01-01",
].flatMap((d) => [d, `${d}~`, `${d}?`, `${d}%`]);

const EDTF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[~?%]?$/;

/** Replace (or delete) the value at a random path of `doc`; `edge` swaps a date string instead. */
function mutate(doc, choices, value, remove) {
  const copy = structuredClone(doc);
  let cur = copy;
  for (let depth = 0; depth < choices.length; depth++) {
    if (cur === null || typeof cur !== "object") return copy;
    const keys = Object.keys(cur);
    if (keys.length === 0) return copy;
    const key = keys[choices[depth] % keys.length];
    const next = cur[key];
    if (depth === choices.length - 1 || next === null || typeof next !== "object") {
      if (remove && !Array.isArray(cur)) delete cur[key];
      else cur[key] = value;
      return copy;
    }
    cur = next;
  }
  return copy;
}

/** Every EDTF date string in `doc`, with a setter, so one can be moved to the edge of the range. */
function dateStrings(doc) {
  const found = [];
  const walk = (v) => {
    if (v === null || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === "string" && EDTF.test(x)) found.push((d) => (v[k] = d));
      else walk(x);
    }
  };
  walk(doc);
  return found;
}

function withEdgeDate(doc, pick, date) {
  const copy = structuredClone(doc);
  const slots = dateStrings(copy);
  if (slots.length) slots[pick % slots.length](date);
  return copy;
}

/**
 * The stated dates of a document's events, diagnoses and cut-off as EDTF strings, each with the
 * resolved date that must contain it: read from the parsed timeline's public `span`s.
 */
function statedDates(doc, t) {
  const str = (d) => (typeof d === "string" ? d : d && typeof d.date === "string" ? d.date : null);
  const out = [];
  const add = (where, stated, resolved) => {
    const s = str(stated);
    if (s !== null) out.push({ where, stated: s, resolved });
  };
  doc.events.forEach((e, i) => {
    const ev = t.events[i];
    const p = `events[${i}]`;
    if (e.kind === "lab") {
      add(`${p}.values[0].date`, e.values[0]?.date, ev.span.start);
      add(`${p}.values[${e.values.length - 1}].date`, e.values.at(-1)?.date, ev.span.end);
    } else if (e.kind === "molecular") {
      if (e.sampleDate !== undefined) add(`${p}.sampleDate`, e.sampleDate, ev.span.start);
      add(
        `${p}.resultDate`,
        e.resultDate,
        e.sampleDate === undefined ? ev.span.start : ev.span.end,
      );
    } else if ("date" in e) add(`${p}.date`, e.date, ev.span.start);
    else {
      add(`${p}.start`, e.start, ev.span.start);
      if (!(e.kind === "therapy" && e.ongoing === true && e.end === undefined))
        add(`${p}.end`, e.end, ev.span.end);
    }
  });
  (doc.diagnoses ?? []).forEach((d, i) =>
    add(`diagnoses[${i}].date`, d.date, t.diagnoses[i].span.start),
  );
  add("dataCutoff", doc.dataCutoff, t.dataCutoff);
  return out;
}

/** Day number (days since 1970-01-01) of a calendar date, by `Date`'s own full-year arithmetic. */
const dayOf = (y, m, d) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // unlike Date.UTC, no 0–99 → 1900s mapping
  return Math.round(t.getTime() / 86_400_000);
};

/**
 * The days an EDTF string states, computed independently of Oncoline's own calendar code (a
 * shared bug could not hide), or a reason it states none.
 */
export function statedRange(s) {
  // An interval: each side's own days, `..` or nothing leaving that side open (null).
  if (s.includes("/")) {
    const [a, b] = s.split("/");
    const side = (x) => (x === "" || x === ".." ? null : statedRange(x));
    const [lo, hi] = [side(a), side(b)];
    if (typeof lo === "string") return lo;
    if (typeof hi === "string") return hi;
    return [lo ? lo[0] : null, hi ? hi[1] : null];
  }
  // Unspecified trailing digits: 201X is 2010–2019, 2018-XX the year, 2018-01-XX the month.
  const x = /^(\d{2}[\dX]{2})(?:-XX(?:-XX)?)?[~?%]?$/.exec(s);
  if (x && x[1].includes("X")) {
    const [lo, hi] = [Number(x[1].replaceAll("X", "0")), Number(x[1].replaceAll("X", "9"))];
    return lo < 1800 || hi > 2200 ? `years ${lo}–${hi}` : [dayOf(lo, 1, 1), dayOf(hi, 12, 31)];
  }
  if (x && /-XX/.test(s)) return statedRange(x[1]);
  const mx = /^(\d{4}-\d{2})-XX[~?%]?$/.exec(s);
  if (mx) return statedRange(mx[1]);
  // Seasons, quarters, quadrimesters, semesters: first and last month (0: the December before,
  // 14: the February after).
  const g = /^(\d{4})-(\d{2})[~?%]?$/.exec(s);
  const months = {
    21: [3, 5],
    22: [6, 8],
    23: [9, 11],
    24: [0, 14],
    25: [3, 5],
    26: [6, 8],
    27: [9, 11],
    28: [0, 14],
    29: [9, 11],
    30: [0, 14],
    31: [3, 5],
    32: [6, 8],
    33: [1, 3],
    34: [4, 6],
    35: [7, 9],
    36: [10, 12],
    37: [1, 4],
    38: [5, 8],
    39: [9, 12],
    40: [1, 6],
    41: [7, 12],
  }[g ? Number(g[2]) : 0];
  if (g && months) {
    const y = Number(g[1]);
    if (y < 1800 || y > 2200) return `year ${y} is outside 1800–2200`;
    // Month 0 is the December before; Date's own arithmetic takes month 15's day 0 to the
    // end of the February after.
    const first = months[0] === 0 ? dayOf(y - 1, 12, 1) : dayOf(y, months[0], 1);
    return [first, dayOf(y, months[1] + 1, 0)];
  }
  const m = EDTF.exec(s);
  if (!m) return "not an EDTF date";
  const [y, mo, d] = [Number(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3])];
  if (y < 1800 || y > 2200) return `year ${y} is outside 1800–2200`;
  if (!mo) return [dayOf(y, 1, 1), dayOf(y, 12, 31)];
  if (mo < 1 || mo > 12) return `month ${mo}`;
  const last = dayOf(y, mo + 1, 0) - dayOf(y, mo, 1) + 1;
  if (!d) return [dayOf(y, mo, 1), dayOf(y, mo, last)];
  if (d < 1 || d > last) return `no day ${d} in ${y}-${m[2]}`;
  return [dayOf(y, mo, d), dayOf(y, mo, d)];
}

/**
 * Why a resolved date is not a non-empty window inside the days the document states for it; empty
 * when every one is. A window that contains the stated days and more would be an invented range;
 * one outside them a shifted date (years 0–99 once resolved to 1900–1999).
 */
export function containmentProblems(doc, t, core) {
  const problems = [];
  for (const { where, stated, resolved } of statedDates(doc, t)) {
    const want = statedRange(stated);
    if (typeof want === "string") {
      problems.push(`${where}: '${stated}' was accepted but states no day of 1800–2200 (${want})`);
      continue;
    }
    // An open side of an interval ("2018-06/..") bounds nothing on that side.
    const ok =
      resolved &&
      resolved.frame === null &&
      (want[0] === null || (resolved.earliest !== null && want[0] <= resolved.earliest)) &&
      (want[1] === null || (resolved.latest !== null && resolved.latest <= want[1])) &&
      (resolved.earliest === null ||
        resolved.latest === null ||
        resolved.earliest <= resolved.latest);
    const day = (d) => (d === null ? "…" : core.formatDay(d));
    if (!ok)
      problems.push(
        `${where}: states ${stated} (${day(want[0])}…${day(want[1])}) but resolves to ${resolved ? core.describeDate(resolved) : "nothing"}`,
      );
  }
  return problems;
}

const wellFormed = (r) =>
  r.ok ||
  (r.issues.length > 0 &&
    r.issues.every(
      (i) =>
        typeof i.path === "string" &&
        typeof i.message === "string" &&
        i.message.length > 0 &&
        !i.message.startsWith("internal error"),
    ));

/** A document to try: arbitrary JSON, a mutated seed, or a seed with a date at the range's edge. */
function documents(seeds) {
  const seed = fc.constantFrom(...seeds);
  return fc.oneof(
    { arbitrary: fc.jsonValue(), weight: 2 },
    {
      arbitrary: fc
        .tuple(
          seed,
          fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...EDGE_DATES)),
          fc.boolean(),
        )
        .map(([s, c, v, r]) => mutate(s, c, v, r)),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(seed, fc.nat(), fc.constantFrom(...EDGE_DATES))
        .map(([s, pick, d]) => withEdgeDate(s, pick, d)),
      weight: 3,
    },
  );
}

/**
 * The two properties, over any `core` (the built package, or its source in the unit suite).
 * Counts what was accepted so a run can show it tried valid documents, not only garbage.
 */
export function fuzzProperties(core) {
  const seeds = loadSeeds();
  const timelines = seeds.filter((s) => !s.cohort).map((s) => s.json);
  const cohorts = seeds.filter((s) => s.cohort).map((s) => s.json);
  // Cohorts with patient timelines too, so mutations reach both halves.
  const cohortSeeds = cohorts.map((c) => ({ ...c, patients: timelines.slice(0, 2) }));
  const stats = { timeline: { accepted: 0, refused: 0 }, cohort: { accepted: 0, refused: 0 } };
  const timeline = fc.property(documents(timelines), (doc) => {
    const r = core.parseTimeline(doc);
    if (!wellFormed(r)) throw new Error(`ill-formed result: ${JSON.stringify(r).slice(0, 500)}`);
    stats.timeline[r.ok ? "accepted" : "refused"]++;
    if (r.ok) {
      const problems = containmentProblems(r.value.document, r.value, core);
      if (problems.length) throw new Error(problems.join("\n"));
    }
  });
  const cohort = fc.property(documents(cohortSeeds), (doc) => {
    const r = core.parseCohort(doc);
    if (!wellFormed(r)) throw new Error(`ill-formed result: ${JSON.stringify(r).slice(0, 500)}`);
    stats.cohort[r.ok ? "accepted" : "refused"]++;
    if (r.ok)
      for (const p of r.value.patients) {
        const problems = containmentProblems(p.document, p, core);
        if (problems.length) throw new Error(problems.join("\n"));
      }
  });
  return { timeline, cohort, stats };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const core = await import("@oncoline/core");
  const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const { timeline, cohort, stats } = fuzzProperties(core);
  let failed = 0;
  for (const [name, property] of [
    ["parseTimeline", timeline],
    ["parseCohort", cohort],
  ]) {
    const t0 = performance.now();
    const r = await fc.check(property, { numRuns: runs, seed });
    const s = stats[name === "parseTimeline" ? "timeline" : "cohort"];
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (r.failed) {
      failed++;
      console.error(fc.defaultReportMessage(r));
    } else
      console.log(
        `${name}: ${runs.toLocaleString("en-US")} cases passed in ${secs} s (${s.accepted.toLocaleString("en-US")} accepted and checked, ${s.refused.toLocaleString("en-US")} refused with issues), seed ${seed}`,
      );
  }
  console.log(`fuzz: ${2 - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

#!/usr/bin/env node
// pnpm bench (dates part): time parseTimeline's date network on synthetic patients and on the
// shapes that used to be quadratic: 10,000 relative dates in one chain (calendar-anchored and
// undated), and 10,000 events told only as "then" after a diagnosis year (every window wide, so
// drawing positions are placed in order). Medians; prints figures, asserts nothing.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseTimeline } from "@oncoline/core";
import { synthetic } from "./synthetic.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (runs, f) => {
  f();
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  return median(ts);
};
const base = (events, extra = {}) => ({
  schemaVersion: "1.0",
  id: "bench",
  source: { citation: "synthetic", kind: "synthetic", published: "2060-01-01" },
  patient: { label: "bench" },
  events,
  ...extra,
});
const clinical = (i, start) => ({
  kind: "clinical",
  id: `c${i}`,
  category: "other",
  term: "t",
  ...(start === undefined ? {} : { start }),
});
const chain = (n, first) =>
  base(
    Array.from({ length: n }, (_, i) =>
      clinical(
        i,
        i === 0
          ? first
          : { relativeTo: { event: `c${i - 1}` }, offset: { amount: 1, unit: "day" } },
      ),
    ),
  );
const thenOnly = (n) =>
  base(
    Array.from({ length: n }, (_, i) =>
      clinical(i, { after: { event: i === 0 ? "dx" : `c${i - 1}` }, text: "then" }),
    ),
    { diagnoses: [{ id: "dx", date: "2010", primarySite: "lung" }] },
  );

const cases = [
  ["synthetic patient, 1,000 events", synthetic(1000, 42)],
  ["synthetic patient, 10,000 events", synthetic(10000, 42)],
  ["chain of 10,000 relative dates from 2020-01-01", chain(10000, "2020-01-01")],
  ["chain of 10,000 relative dates, none dated", chain(10000, undefined)],
  ['10,000 events told only as "then" after 2010', thenOnly(10000)],
];
const rows = cases.map(([name, doc]) => {
  const r = parseTimeline(doc);
  if (!r.ok) throw new Error(`${name}: ${r.issues[0].message}`);
  const heap0 = process.memoryUsage().heapUsed;
  const ms = time(5, () => parseTimeline(doc));
  return {
    input: name,
    "parse + resolve ms": ms.toFixed(0),
    "heap after MB": ((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(0),
  };
});
console.log(
  `\nDate network (parseTimeline: schema, references, constraint network, placement); load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
console.table(rows);

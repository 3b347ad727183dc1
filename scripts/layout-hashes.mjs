#!/usr/bin/env node
// Hashes of JSON.stringify(layoutTimeline(...)) over many inputs and options, one line each, for
// checking that a change to the layout keeps its output byte-identical:
//   node scripts/layout-hashes.mjs [core dist dir] > /tmp/a.txt ; diff /tmp/a.txt /tmp/b.txt
// With no dir, this checkout's @oncoline/core. Inputs: every patient seed, synthetic patients of
// 1..10,000 events (parsed) and 100,000 (built directly); widths 320/960/1920; level of detail on
// and off; a relative axis, a zoomed domain, fewer lanes, footnotes.
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { patientSeeds } from "./seeds.mjs";
import { synthetic } from "./synthetic.mjs";
import { syntheticTimeline } from "./synthetic-timeline.mjs";

const dir = process.argv[2];
const core = dir
  ? await import(pathToFileURL(resolve(dir, "index.js")).href)
  : await import("@oncoline/core");
const { layoutTimeline, parseTimeline } = core;

const inputs = [];
for (const s of patientSeeds()) inputs.push([`seed:${s.name}`, () => parseTimeline(s.json)]);
for (const n of [1, 2, 5, 10, 30, 100, 300, 1000, 3000, 10000])
  for (const seed of n <= 1000 ? [1, 42] : [42])
    inputs.push([`synthetic:${n}:${seed}`, () => parseTimeline(synthetic(n, seed))]);
inputs.push([
  "synthetic-timeline:100000:42",
  () => ({ ok: true, value: syntheticTimeline(100000, 42) }),
]);

const variants = (big) => {
  const out = [];
  for (const width of big ? [960] : [320, 960, 1920])
    for (const aggregate of [false, true]) {
      out.push({ width, aggregate });
      if (big) continue;
      out.push({ width, aggregate, axis: { mode: "relative" } });
      out.push({ width, aggregate, lanes: ["therapy", "response", "lab", "events"] });
      out.push({ width, aggregate, footnotes: true, caption: true, heading: true });
      out.push({ width, aggregate, axis: { locale: "de-DE" }, fontSize: 10 });
    }
  return out;
};

/** A zoomed domain: the middle third of the unzoomed axis's domain. */
const zoomed = (t, o) => {
  const d = layoutTimeline(t, o).axis.domain;
  const third = (d[1] - d[0]) / 3;
  return { ...o, axis: { ...(o.axis ?? {}), domain: [d[0] + third, d[1] - third] } };
};

let count = 0;
for (const [name, make] of inputs) {
  const parsed = make();
  if (!parsed.ok) {
    console.log(`${name} invalid`);
    continue;
  }
  const t = parsed.value;
  const big = name.includes("100000");
  for (const o of variants(big)) {
    for (const opts of big ? [o] : [o, zoomed(t, o)]) {
      let text;
      try {
        text = JSON.stringify(layoutTimeline(t, opts));
      } catch (e) {
        text = `throws ${e.message}`;
      }
      const h = createHash("sha256").update(text).digest("hex").slice(0, 16);
      console.log(`${name} ${JSON.stringify(opts)} ${h}`);
      count++;
    }
  }
}
console.error(`${count} layouts`);

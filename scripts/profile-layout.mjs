#!/usr/bin/env node
// Repeated layouts of one synthetic patient, to be run under `node --cpu-prof`:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-layout.mjs 10000 [runs] [core dist]
// then `node scripts/cpuprofile-top.mjs /tmp/prof/<file>.cpuprofile`.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { syntheticTimeline } from "./synthetic-timeline.mjs";

const [events, runsArg, dir] = process.argv.slice(2);
const core = dir
  ? await import(pathToFileURL(resolve(dir, "index.js")).href)
  : await import("@oncoline/core");
const t = syntheticTimeline(Number(events), 42);
for (let i = 0; i < Number(runsArg ?? 30); i++) core.layoutTimeline(t, { width: 960 });

#!/usr/bin/env node
// Part of `pnpm bench`: what an upload of about 10 MB costs, for documents of different shapes.
// Each shape is written to a temporary file and read back in a fresh Node process (as a server
// would get it), which runs JSON.parse, parseTimeline / parseCohort and layoutTimeline and reports
// its time and peak memory (maxRSS). The aim (issue 15): under 5 s and 500 MB each, or refused
// early with an issue. A process that runs out of memory or time is reported, not fatal.
// BENCH_LIMITS_SHAPES=a,b picks shapes; BENCH_LIMITS_TIMEOUT=s changes the per-shape time limit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const TARGET_BYTES = 9_800_000;
const base = (events, extra = {}) => ({
  schemaVersion: "1.0",
  id: "bench",
  source: { citation: "Synthetic benchmark document", kind: "synthetic" },
  patient: { label: "Bench patient" },
  events,
  ...extra,
});
const day = (i) => new Date(Date.UTC(2000, 0, 1 + (i % 7000))).toISOString().slice(0, 10);
/** As many copies of `make(i)` as fit in about 9.8 MB of JSON. */
const fill = (make) => {
  const size = JSON.stringify(make(12345)).length + 1;
  return Array.from({ length: Math.floor(TARGET_BYTES / size) }, (_, i) => make(i));
};

const LIST = 20_000; // INPUT_LIMITS.arrayItems
/** Each shape: a document of up to about 10 MB at the limits (or a text, for JSON that is no value). */
const SHAPES = {
  "20,000 events with notes": () =>
    base(
      fill((i) => ({
        kind: "clinical",
        id: `c${i}`,
        category: "other",
        term: "visit",
        note: `${"Seen in clinic; stable; plan unchanged. ".repeat(11)}${i}`,
        start: day(i),
      })).slice(0, LIST),
    ),
  "20,000 therapies with changes": () =>
    base(
      fill((i) => ({
        kind: "therapy",
        id: `t${i}`,
        agents: [{ name: `drug ${i % 50}`, drugClass: `class ${i % 12}`, dose: 100, unit: "mg" }],
        start: day(i),
        end: day(i + 90),
        modifications: [{ type: "hold", date: day(i + 30) }],
      })).slice(0, LIST),
    ),
  "20,000 events on one day": () =>
    base(
      fill((i) => ({
        kind: "imaging",
        id: `ct${i}`,
        modality: "CT",
        date: "2024-03-01",
        responses: [{ value: "SD" }],
      })).slice(0, LIST),
    ),
  "relative chain of 20,000": () =>
    base(
      fill((i) => ({
        kind: "clinical",
        id: `c${i}`,
        category: "other",
        term: "t",
        start:
          i === 0
            ? "2020-01-01"
            : { relativeTo: { event: `c${i - 1}` }, offset: { amount: 1, unit: "day" } },
      })).slice(0, LIST),
    ),
  "1,000 texts of 9,000 characters": () =>
    base(
      fill((i) => ({
        kind: "clinical",
        id: `n${i}`,
        category: "other",
        term: "x".repeat(200),
        note: `${"Lorem ipsum dolor sit amet. ".repeat(320)}${i}`,
        start: day(i),
      })),
    ),
  "2 lab series of 20,000 values": () =>
    base(
      ["cea", "ca125"].map((id) => ({
        kind: "lab",
        id,
        analyte: id.toUpperCase(),
        unit: "U/mL",
        values: Array.from({ length: LIST - 1 }, (_, i) => ({ date: day(i), value: i % 97 })),
      })),
    ),
  "cohort table of 20,000 rows": () => ({
    schemaVersion: "1.0",
    kind: "cohort",
    id: "bench-cohort",
    source: { citation: "Synthetic", kind: "synthetic" },
    table: {
      columns: [
        { key: "age", label: "Age", type: "number" },
        { key: "regimen", label: "Regimens", type: "string" },
        { key: "best", label: "Best response", type: "response" },
      ],
      rows: Array.from({ length: LIST }, (_, i) => ({
        id: `r${i}`,
        cells: {
          age: 40 + (i % 40),
          regimen: "carboplatin + pemetrexed, then alectinib",
          best: "PR",
        },
      })),
    },
  }),
  "cohort of 1,500 patients × 10 events": () => ({
    schemaVersion: "1.0",
    kind: "cohort",
    id: "bench-patients",
    source: { citation: "Synthetic", kind: "synthetic" },
    patients: Array.from({ length: 1500 }, (_, p) =>
      base(
        Array.from({ length: 10 }, (_, i) =>
          i === 0
            ? { kind: "clinical", id: "c0", category: "presentation", term: "cough", start: day(p) }
            : i % 3 === 0
              ? {
                  kind: "imaging",
                  id: `ct${i}`,
                  modality: "CT",
                  date: day(p + i * 60),
                  responses: [{ value: i === 9 ? "PD" : "PR" }],
                }
              : {
                  kind: "therapy",
                  id: `t${i}`,
                  agents: [{ name: `drug ${i}`, drugClass: `class ${i % 5}` }],
                  start: day(p + i * 60),
                  end: day(p + i * 60 + 50),
                },
        ),
        {
          id: `p${p}`,
          patient: { label: `Patient ${p}` },
          diagnoses: [{ id: "dx", date: day(p), histology: "adenocarcinoma", primarySite: "lung" }],
        },
      ),
    ),
  }),
  "100,000 events (refused)": () =>
    base(
      fill((i) => ({
        kind: "clinical",
        id: `c${i}`,
        category: "other",
        term: "visit",
        start: day(i),
      })).slice(0, 100_000),
    ),
  "4,000,000 levels deep (refused)": () => {
    const depth = 4_000_000;
    return `${'{"schemaVersion":"1.0","notes":'}${"[".repeat(depth)}${"]".repeat(depth)}}`;
  },
  "over 10 MB (refused)": () =>
    base(
      Array.from({ length: 19_000 }, (_, i) => ({
        kind: "clinical",
        id: `c${i}`,
        category: "other",
        term: "a somewhat longer visit term",
        note: "n".repeat(500),
        start: day(i),
      })),
    ),
};

/** The child: read one file, parse, validate, lay out; print figures as JSON. */
async function measure(file) {
  const core = await import("@oncoline/core");
  const t0 = performance.now();
  const text = readFileSync(file, "utf8");
  // As a server should: refuse too long or too deep a text before JSON.parse.
  const early = core.checkJsonText(text);
  const json = early ? null : JSON.parse(text);
  const t1 = performance.now();
  const cohort = json && json.kind === "cohort";
  const r = early
    ? { ok: false, issues: [early] }
    : cohort
      ? core.parseCohort(json)
      : core.parseTimeline(json);
  const t2 = performance.now();
  let marks = null;
  let height = null;
  if (r.ok) {
    // A cohort is laid out as the swimmer plot; a timeline as the patient's figure.
    const layout = cohort
      ? core.layoutSwimmer(r.value, { width: 1200 })
      : core.layoutTimeline(r.value, { width: 1200 });
    marks = cohort ? layout.items.length : layout.marks.length;
    height = layout.height;
  }
  const t3 = performance.now();
  process.stdout.write(
    JSON.stringify({
      read: t1 - t0,
      parse: t2 - t1,
      layout: t3 - t2,
      total: t3 - t0,
      peakMB: process.resourceUsage().maxRSS / 1024,
      outcome: r.ok ? "accepted" : `refused: ${core.formatIssue(r.issues[0])}`.slice(0, 110),
      marks,
      height,
      cohort,
    }),
  );
}

if (process.argv[2] === "--measure") {
  await measure(process.argv[3]);
} else {
  const dir = mkdtempSync(join(tmpdir(), "oncoline-bench-limits-"));
  const wanted = process.env.BENCH_LIMITS_SHAPES?.split(",");
  const timeout = Number(process.env.BENCH_LIMITS_TIMEOUT ?? 60) * 1000;
  const rows = [];
  for (const [name, make] of Object.entries(SHAPES)) {
    if (wanted && !wanted.some((w) => name.startsWith(w))) continue;
    const file = join(dir, "doc.json");
    const doc = make();
    writeFileSync(file, typeof doc === "string" ? doc : JSON.stringify(doc));
    const mb = statSync(file).size / 1e6;
    const child = spawnSync(
      process.execPath,
      ["--max-old-space-size=2048", fileURLToPath(import.meta.url), "--measure", file],
      { encoding: "utf8", timeout, maxBuffer: 1 << 20 },
    );
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    let row;
    try {
      const m = JSON.parse(child.stdout);
      const ok = m.total < 5000 && m.peakMB < 500;
      row = {
        shape: name,
        MB: mb.toFixed(1),
        "read + JSON.parse": s(m.read),
        validate: s(m.parse),
        layout: s(m.layout),
        total: s(m.total),
        "peak MB": Math.round(m.peakMB),
        "< 5 s, < 500 MB": ok ? "yes" : "NO",
        outcome:
          m.outcome +
          (m.marks === null ? "" : ` (${m.marks} ${m.cohort ? "items" : "marks"}, ${m.height} px)`),
      };
    } catch {
      const why =
        child.error?.code === "ETIMEDOUT"
          ? `did not finish in ${timeout / 1000} s`
          : `crashed (${child.signal ?? `exit ${child.status}`}): ${(child.stderr ?? "").split("\n").find((l) => /heap|memory|Error/.test(l)) ?? ""}`.slice(
              0,
              110,
            );
      row = { shape: name, MB: mb.toFixed(1), "< 5 s, < 500 MB": "NO", outcome: why };
    }
    rows.push(row);
    console.log(`${name}: ${row.outcome}`);
  }
  rmSync(dir, { recursive: true, force: true });
  console.table(rows);
}

// Dev helper: validate model files and print issues. Usage: tsx scripts/check.ts file...
import { readFileSync } from "node:fs";
import { parseTimeline, formatIssue, describeDate } from "../src/index.js";

for (const f of process.argv.slice(2)) {
  const r = parseTimeline(JSON.parse(readFileSync(f, "utf8")));
  if (!r.ok) {
    console.log(`${f}: INVALID`);
    for (const i of r.issues) console.log("  " + formatIssue(i));
    process.exitCode = 1;
    continue;
  }
  console.log(`${f}: ok (${r.value.events.length} events)`);
  for (const w of r.warnings) console.log("  " + formatIssue(w));
  for (const e of r.value.events)
    console.log(
      `  ${e.kind.padEnd(13)} ${e.id.padEnd(28)} ${describeDate(e.span.start)}  →  ${describeDate(e.span.end)}`,
    );
}

import { parseTimeline, formatDay } from "@oncoline/core";
import { readFileSync } from "node:fs";
const r = parseTimeline(JSON.parse(readFileSync(process.argv[2], "utf8")));
for (const e of r.value.events)
  if (["crt-rt", "tmz-concomitant", "ttf"].includes(e.id)) {
    const f = (d) =>
      `${d.precision} [${d.earliest == null ? "-" : formatDay(d.earliest)}, ${d.latest == null ? "-" : formatDay(d.latest)}] at=${d.at == null ? "-" : formatDay(Math.round(d.at))}`;
    console.log(e.id, "start", f(e.span.start), "| end", f(e.span.end));
  }

// A parsed-looking Timeline of any size, built directly from synthetic(n, seed) without
// parseTimeline: 100,000 or 1,000,000 events are far over INPUT_LIMITS (20,000 per list), yet the
// layout's cost at that scale is worth knowing. Every synthetic date is a calendar date stated
// alone, so its window is its EDTF bounds (cut at the data cut-off, as the date network cuts it)
// and its drawing position is the window's middle; courses have stated ends. `pnpm bench` checks
// that this Timeline lays out byte-identically to the parsed one at 10,000 events.
import { parseEdtf } from "@oncoline/core";
import { synthetic } from "./synthetic.mjs";

/** The Timeline parseTimeline(synthetic(n, seed)) would give, built without the input limits. */
export function syntheticTimeline(n, seed = 1) {
  const doc = synthetic(n, seed);
  const cutoff = parseEdtf(doc.dataCutoff).latest;
  const resolved = (key, input) => {
    const p = parseEdtf(input);
    const latest = Math.min(p.latest, cutoff);
    const d = {
      frame: null,
      earliest: p.earliest,
      latest,
      precision: p.precision,
      approximate: p.approximate,
      uncertain: p.uncertain,
      key,
    };
    if (p.earliest !== latest) d.at = Math.round(p.earliest + 0.5 * (latest - p.earliest)) + 0;
    return d;
  };
  const course = (start, end) => ({
    start,
    end,
    ongoing: false,
    moment: false,
    length: [
      Math.max(0, end.earliest - start.latest),
      end.latest === null || start.earliest === null ? null : end.latest - start.earliest,
    ],
  });
  const moment = (d) => ({ start: d, end: d, ongoing: false, moment: true, length: null });
  const events = doc.events.map((e, index) => {
    let dates;
    let span;
    if (e.kind === "therapy") {
      dates = { start: resolved(`${e.id}.start`, e.start), end: resolved(`${e.id}.end`, e.end) };
      span = course(dates.start, dates.end);
    } else if (e.kind === "lab") {
      dates = Object.fromEntries(
        e.values.map((v, j) => [`values[${j}]`, resolved(`${e.id}.values[${j}]`, v.date)]),
      );
      span = course(dates["values[0]"], dates[`values[${e.values.length - 1}]`]);
    } else {
      dates = { start: resolved(`${e.id}.start`, e.date ?? e.start ?? e.resultDate) };
      span = moment(dates.start);
    }
    return { ...e, index, span, dates };
  });
  const diagnoses = doc.diagnoses.map((d) => ({
    ...d,
    span: moment(resolved(`${d.id}.start`, d.date)),
  }));
  return {
    document: doc,
    events,
    diagnoses,
    dataCutoff: resolved("$dataCutoff", doc.dataCutoff),
    undated: false,
    network: { constraints: [] },
  };
}

import { describe, expect, it } from "vitest";
import {
  layoutSwimmer,
  parseTimeline,
  swimmerLayouter,
  type SwimmerOptions,
  type Timeline,
} from "../../src/index.js";
import { synthetic } from "../../../../scripts/synthetic.mjs";
import { fourPatients, table1 } from "./cohorts.js";

/** n generated patients of 12 events each, as the browser bench draws them. */
function generated(n: number): Timeline[] {
  return Array.from({ length: n }, (_, i) => {
    const r = parseTimeline({ ...synthetic(12, 500 + i), id: `p${i}` });
    if (!r.ok) throw new Error(`synthetic patient ${i} invalid`);
    return r.value;
  });
}

const OPTIONS: SwimmerOptions[] = [
  {},
  { width: 720, fontSize: 14, title: "Cohort" },
  { align: { kind: "line", line: 2 }, unit: "week" },
  { sort: "response", order: "asc", group: "sex" },
  { sort: "survival", durableMonths: 3, waterfall: true },
  { filter: [{ field: "sex", values: ["female"] }], landmarks: [3, 9] },
  { height: 500, page: 1, group: "stage" },
];
const DOMAINS: Array<[number, number] | undefined> = [undefined, [0, 365], [-90, 2000], [40, 41]];

describe("swimmerLayouter", () => {
  it("lays out exactly as layoutSwimmer for every domain and width, over several option sets", () => {
    const cohort = generated(40);
    for (const options of OPTIONS) {
      const layout = swimmerLayouter(cohort, options);
      for (const domain of DOMAINS)
        for (const width of [undefined, 640]) {
          const change = { ...(domain ? { domain } : {}), ...(width ? { width } : {}) };
          expect(layout(change)).toEqual(layoutSwimmer(cohort, { ...options, ...change }));
        }
    }
  });

  it("gives the same JSON as layoutSwimmer when laid out again and again (texts reused)", () => {
    const cohort = fourPatients();
    const layout = swimmerLayouter(cohort, { align: { kind: "class", drugClass: "ALK TKI" } });
    const zoomed = { domain: [-30, 400] as [number, number] };
    for (const change of [zoomed, {}, zoomed, { width: 500 }, {}])
      expect(JSON.stringify(layout(change))).toBe(
        JSON.stringify(
          layoutSwimmer(cohort, { align: { kind: "class", drugClass: "ALK TKI" }, ...change }),
        ),
      );
  });

  it("lays out a table cohort (after-column texts) as layoutSwimmer does", () => {
    const layout = swimmerLayouter(table1(), { waterfall: true });
    for (const change of [{}, { domain: [0, 200] as [number, number] }, { width: 600 }, {}])
      expect(layout(change)).toEqual(layoutSwimmer(table1(), { waterfall: true, ...change }));
  });

  it("without a change, lays out over the options' own domain", () => {
    const cohort = generated(10);
    const options: SwimmerOptions = { domain: [10, 500] };
    expect(swimmerLayouter(cohort, options)()).toEqual(layoutSwimmer(cohort, options));
    expect(swimmerLayouter(cohort, options)().axis.domain).toEqual([10, 500]);
  });
});

// The order a document tells its events in is a hint for drawing positions only: a course known
// only as "then, after the surgery" is drawn before the relapse told after it, its window stays
// what the statements allow, and a list that is not in time order gives no hints at all.
import { describe, expect, it } from "vitest";
import { parseDay, type Timeline } from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";

const clinical = (id: string, start: unknown) => ({
  kind: "clinical" as const,
  id,
  category: "other" as const,
  term: id,
  start: start as never,
});
const start = (t: Timeline, id: string) => t.events.find((e) => e.id === id)!.span.start;
const cutoff = { dataCutoff: "2022-12" as const };

// Surgery, "then" six months of adjuvant chemotherapy, a relapse about two years after surgery.
const surgery = clinical("surgery", "2019-04-10");
const adjuvant = tki("capox", { after: { event: "surgery" } } as never, {
  duration: { amount: 6, unit: "month" },
});
const relapse = clinical("relapse", {
  relativeTo: { event: "surgery" },
  offset: { amount: 2, unit: "year" },
  approximate: true,
});

describe("the told order of events", () => {
  it("draws a course told as 'then' before the relapse told after it, with its window unchanged", () => {
    const told = parse(doc([surgery, adjuvant, relapse], cutoff));
    // Listed against time (the relapse before the surgery), the hints contradict stated dates.
    const shuffled = parse(doc([relapse, surgery, adjuvant], cutoff));
    const a = start(told, "capox");
    const b = start(shuffled, "capox");
    expect([a.earliest, a.latest]).toEqual([b.earliest, b.latest]);
    expect(a.earliest).toBe(parseDay("2019-04-10"));
    // The window runs to six months before the cut-off, past the relapse; the position does not.
    expect(a.latest!).toBeGreaterThan(start(told, "relapse").latest!);
    const end = told.events.find((e) => e.id === "capox")!.span.end!;
    expect(end.at ?? end.earliest!).toBeLessThanOrEqual(start(told, "relapse").at!);
  });

  it("uses no hint at all when the list contradicts a stated date", () => {
    // A (2021-06) is listed before B (2020-01): the list is not in time order. C is only "after B".
    const a = clinical("a", "2021-06-15");
    const b = clinical("b", "2020-01-15");
    const c = clinical("c", { after: { event: "b" } });
    const one = parse(doc([a, b, c], cutoff));
    const two = parse(doc([c, a, b], cutoff));
    // In the second list C is told before A; had that hint been kept, C would be drawn before A.
    expect(start(two, "c").at).toBe(start(one, "c").at);
  });

  it("draws a series' values in the order listed: 'after induction' before 'day +100'", () => {
    // A myeloma history: M-protein at diagnosis, after induction (whose end is not stated), at day
    // +100 after a transplant in December 2017. The induction's end may lie anywhere up to the
    // cut-off, so without the hint the second value was drawn years after the third.
    const t = parse(
      doc(
        [
          tki("vrd", "2017-05", { cycles: 4, cycleDays: 21 }),
          tki("asct", "2017-12-15", { end: "2017-12-15" }),
          {
            kind: "lab",
            id: "m",
            analyte: "M-protein",
            unit: "g/dL",
            values: [
              { date: "2017-04", value: 4.1 },
              {
                date: {
                  relativeTo: { event: "vrd", edge: "end" },
                  offset: { amount: 0, unit: "day" },
                },
                value: 0.3,
              },
              {
                date: { relativeTo: { event: "asct" }, offset: { amount: 100, unit: "day" } },
                value: 0.1,
              },
            ],
          } as never,
        ],
        cutoff,
      ),
    );
    const m = t.events.find((e) => e.id === "m")!;
    const second = m.dates["values[1]"]!;
    const third = m.dates["values[2]"]!;
    expect(second.latest!).toBeGreaterThan(third.latest!); // the window stays as stated
    expect(second.at!).toBeLessThanOrEqual(third.at ?? third.earliest!);
  });
});

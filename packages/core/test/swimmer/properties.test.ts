import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, layoutSwimmer, parseDay, type SwimmerRowLayout } from "../../src/index.js";
import { doc, parse, tki } from "../fixtures.js";

const BASE = parseDay("2020-01-01")!;

/** A patient with an ALK TKI and several response scans, some on the same day. */
const patientArb = fc
  .record({
    start: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 30, max: 700 }),
    scans: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 700 }),
        value: fc.constantFrom("CR", "PR", "SD", "PD"),
        month: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ start, length, scans }) => ({ start, length, scans }));

describe("layoutSwimmer properties", () => {
  it("never displaces a glyph from its day: x is the axis position of the middle of its date range", () => {
    fc.assert(
      fc.property(
        fc.array(patientArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("day", "week", "month", "year" as const),
        (ps, unit) => {
          const timelines = ps.map((p, i) =>
            parse(
              doc(
                [
                  tki("alk", formatDay(BASE + p.start), {
                    end: formatDay(BASE + p.start + p.length),
                  }),
                  ...p.scans.map((s, k) => ({
                    kind: "imaging" as const,
                    id: `scan-${k}`,
                    date: s.month
                      ? formatDay(BASE + p.start + s.offset).slice(0, 7)
                      : formatDay(BASE + p.start + s.offset),
                    modality: "CT",
                    evaluates: "alk",
                    responses: [{ value: s.value }],
                  })),
                ] as never,
                { id: `p${i}`, patient: { label: `P${i}` } },
              ),
            ),
          );
          const l = layoutSwimmer(timelines, {
            align: { kind: "class", drugClass: "ALK TKI" },
            unit,
          });
          const [d0, d1] = l.axis.domain;
          const [r0, r1] = l.axis.range;
          const x = (d: number) => r0 + ((d - d0) * (r1 - r0)) / (d1 - d0);
          for (const row of l.items.filter((i): i is SwimmerRowLayout => i.type === "row")) {
            const p = ps[Number(row.id.slice(1))]!;
            for (const g of row.glyphs) {
              const scan = p.scans[Number(g.eventId.slice("scan-".length))]!;
              const day = BASE + p.start + scan.offset;
              const lo = scan.month
                ? parseDay(formatDay(day).slice(0, 7) + "-01")! - (BASE + p.start)
                : scan.offset;
              expect(g.day.lo).toBe(lo);
              expect(g.x).toBeCloseTo(x((g.day.lo! + g.day.hi!) / 2), 6);
              // Stacked only vertically, inside the row.
              expect(g.y).toBeGreaterThanOrEqual(row.y);
              expect(g.y).toBeLessThanOrEqual(row.y + row.height);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

import { seedJson } from "../../../scripts/seeds.mjs";

/** Seed 002's Table 1 (a cohort document) as JSON. */
export const table1Json = (): Record<string, unknown> => seedJson("002-table1");

/** A cohort document of `n` table rows with fixed values (no randomness): duration i % 30 + 1. */
export function bigTable(n: number): Record<string, unknown> {
  return {
    schemaVersion: "1.0",
    kind: "cohort",
    id: "big",
    source: { citation: "Synthetic", kind: "synthetic" },
    table: {
      columns: [
        {
          key: "months",
          label: "Time to progression",
          type: "number",
          unit: "months",
          role: "time-to-event",
        },
        { key: "arm", label: "Arm", type: "string" },
      ],
      rows: Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        cells: { months: (i % 30) + 1, arm: i % 2 ? "B" : "A" },
      })),
    },
  };
}

import { describe, expect, it } from "vitest";
import { formatGroupSummary, summarizeCohort } from "../../src/index.js";
import { fourPatients, table1 } from "./cohorts.js";

const COMBINATION = [
  "case-1",
  "case-4",
  "case-9",
  "case-10",
  "case-11",
  "case-12",
  "case-13",
  "case-14",
  "case-16",
];

describe("summarizeCohort", () => {
  it("matches Table 1 as the paper states it: median 16 months, range 6–34, over 13 cases", () => {
    const s = summarizeCohort(table1());
    expect(s.overall.n).toBe(16);
    expect(s.overall.withDuration).toBe(13);
    expect(s.overall.median).toEqual({ value: 16, low: 16, high: 16, wide: false });
    expect(s.overall.range).toEqual([6, 34]);
  });

  it("gives Table 1's ORR as the table has it (7 of 10 with a response) and the paper's 66.7% for the 9 combinations", () => {
    const all = summarizeCohort(table1()).overall;
    expect([all.responders, all.evaluable]).toEqual([7, 10]);
    expect(all.responses).toEqual({ CR: 1, PR: 6, SD: 3, PD: 0, NE: 0 });
    const combo = summarizeCohort(table1(), {
      filter: [{ field: "id", values: COMBINATION }],
    }).overall;
    expect(combo.responses).toMatchObject({ CR: 1, PR: 5, SD: 3 });
    expect(Math.round(combo.orr! * 1000) / 10).toBe(66.7);
    expect(formatGroupSummary(all, "month")).toBe(
      "n 16 · ORR 70% (7/10) · median 16 mo (range 6–34, 13 with a value)",
    );
  });

  it("summarizes per group with n", () => {
    const s = summarizeCohort(table1(), { group: "sex" });
    expect(s.groups.map((g) => [g.group, g.n])).toEqual([
      ["F", 11],
      ["M", 5],
    ]);
  });

  it("prints a range of medians when fuzzy bounds are wide", () => {
    const s = summarizeCohort(fourPatients(), { align: { kind: "class", drugClass: "ALK TKI" } });
    expect(s.notAligned).toEqual(["d"]);
    expect(s.overall.median!.value).toBeGreaterThan(7);
  });
});

import { describe, expect, it } from "vitest";
import { formatIssue, parseTimeline } from "../src/index.js";
import { doc, tki } from "./fixtures.js";

const messages = (input: unknown) => {
  const r = parseTimeline(input);
  if (r.ok) throw new Error("expected issues");
  return r.issues.map(formatIssue);
};

describe("parseTimeline reports problems with their path", () => {
  it("an end before its start names both dates", () => {
    expect(messages(doc([tki("alectinib", "2023-05-03", { end: "2023-01-01" })]))).toEqual([
      "events[0] (alectinib).end: 2023-01-01 is before start 2023-05-03",
    ]);
  });

  it("reports every structural problem at once, not just the first", () => {
    const bad = doc([
      tki("a", 20230501 as never),
      { kind: "imaging", id: "ct", modality: "CT", responses: [{ value: "VGPR" }] } as never,
      { kind: "surgery", id: "s" } as never,
    ]);
    const m = messages(bad);
    expect(m).toContain("events[2] (s).kind: 'surgery' is not a known kind");
    expect(
      m.some((x) => x.startsWith('events[1] (ct).responses[0].value: must be one of "CR"')),
    ).toBe(true);
    expect(m).toContain(
      "events[0] (a).start: expected a date string (2023-05-03, 2024-02, 2019) or a date object ({date}, {relativeTo, offset}, {after/before} or {unknown: true})",
    );
    expect(m).toHaveLength(3);
  });

  it("flags misspelt fields instead of dropping them", () => {
    expect(messages(doc([tki("a", "2023-05-03", { stopreason: "progression" } as never)]))).toEqual(
      ["events[0] (a).stopreason: is not a field of this object (typo?)"],
    );
  });

  it("names impossible calendar dates", () => {
    expect(messages(doc([tki("a", "2023-02-30")]))).toEqual([
      "events[0] (a).start: '2023-02-30' is not a day of the calendar (2023-02 has no day 30)",
    ]);
  });

  it("rejects dangling and wrong-kind references", () => {
    const m = messages(
      doc([
        tki("osimertinib", "2020-01-01"),
        { kind: "imaging", id: "mri", modality: "MRI", date: "2020-06-01", evaluates: "ghost" },
        {
          kind: "resistance",
          id: "r",
          date: "2021-01",
          therapy: "mri",
          mechanism: "x",
          findings: [{ test: "osimertinib", finding: "f" }],
        },
      ]),
    );
    expect(m).toEqual([
      "events[1] (mri).evaluates: refers to 'ghost', which is no event or diagnosis id in this document",
      "events[2] (r).therapy: refers to 'mri', a imaging; expected a therapy",
      "events[2] (r).findings[0].test: refers to 'osimertinib', a therapy; expected a molecular",
    ]);
  });

  it("rejects duplicate ids and a dose change for an agent the regimen lacks", () => {
    const m = messages(
      doc([
        tki("alectinib", "2023-02-09", {
          modifications: [{ type: "dose-reduction", agent: "lorlatinib", dose: 450, unit: "mg" }],
        }),
        tki("alectinib", "2023-03-01"),
      ]),
    );
    expect(m).toEqual([
      "events[0] (alectinib).modifications[0].agent: 'lorlatinib' is not an agent of this therapy (alectinib)",
      "events[1] (alectinib).id: duplicate id 'alectinib'; ids must be unique in the document",
    ]);
  });

  it("names both statements of a contradictory cycle of relative dates, by index and id", () => {
    const m = messages(
      doc([
        tki("a", { relativeTo: { event: "b" }, offset: { amount: 1, unit: "month" } }),
        tki("b", { relativeTo: { event: "a" }, offset: { amount: 1, unit: "month" } }),
      ]),
    );
    expect(m).toEqual([
      "events[1] (b).start: 1 month after a and events[0] (a).start 1 month after b cannot both hold",
    ]);
  });

  it("accepts a cycle of relative dates that is consistent (the same day, stated both ways)", () => {
    const r = parseTimeline(
      doc([
        tki("a", { relativeTo: { event: "b" }, offset: { amount: 0, unit: "day" } }),
        tki("b", { relativeTo: { event: "a" }, offset: { amount: 0, unit: "day" } }),
      ]),
    );
    expect(r.ok).toBe(true);
  });

  it("finds impossible bounds and events after death", () => {
    const m = messages(
      doc([
        { kind: "outcome", id: "death", status: "death", date: "2024-05" },
        {
          kind: "clinical",
          id: "x",
          category: "other",
          term: "x",
          start: { after: { date: "2024-06" }, before: { date: "2024-03" } },
        },
        { kind: "imaging", id: "ct", modality: "CT", date: "2024-07-01" },
      ]),
    );
    expect(m).toEqual([
      "events[1] (x).start: after 2024-06 and before 2024-03 cannot both hold",
      "events[2] (ct): starts 2024-07-01, after death on 2024-05",
    ]);
  });

  it("a hold dated before its therapy started is an error", () => {
    expect(
      messages(
        doc([
          tki("alectinib", "2023-02-09", { modifications: [{ type: "hold", date: "2023-01" }] }),
        ]),
      ),
    ).toEqual([
      "events[0] (alectinib).modifications[0].date: the hold on 2023-01 is before the start 2023-02-09",
    ]);
  });

  it("an ongoing therapy cannot also have an end", () => {
    expect(messages(doc([tki("a", "2023-01-01", { ongoing: true, end: "2023-06-01" })]))).toEqual([
      "events[0] (a).end: an ongoing therapy has no end; remove 'end' or 'ongoing'",
    ]);
  });

  it("answers non-documents with one clear issue", () => {
    expect(messages(null)).toEqual(["(document): expected object, got null"]);
    expect(messages([])).toEqual(["(document): expected object, got an array"]);
    expect(messages({})[0]).toBe('schemaVersion: is required ("1.0" or "1.1")');
  });

  it("accepts a timeline with no dates at all and keeps its order", () => {
    const r = parseTimeline(doc([tki("first"), tki("second")]));
    expect(r.ok && r.value.undated).toBe(true);
    expect(r.ok && r.value.events.map((e) => e.id)).toEqual(["first", "second"]);
  });
});

describe("parseTimeline bounds offsets", () => {
  it("rejects an offset of a hundred million months with a message, not a crash (found by fast-check)", () => {
    const bad = doc([
      tki("a", { relativeTo: { event: "b" }, offset: { amount: -100019959.5, unit: "month" } }),
      tki("b", "2020-01-01"),
    ]);
    expect(messages(bad)).toEqual([
      "events[0] (a).start.offset.amount: must be at least -100000, got number -100019959.5",
    ]);
  });

  it("points at the missing part of a relative date", () => {
    expect(messages(doc([tki("a", { relativeTo: { event: "a", edge: "end" } } as never)]))).toEqual(
      ["events[0] (a).start.offset: is required (object)"],
    );
  });
});

describe("parseTimeline reports structural and semantic problems together", () => {
  it("checks the sound events even when another event is malformed, with original indices", () => {
    const m = messages(
      doc([
        { kind: "surgery", id: "s" } as never,
        tki("alectinib", "2023-05-03", { end: "2023-01-01" }),
        {
          kind: "imaging",
          id: "ct",
          modality: "CT",
          date: { relativeTo: { event: "s" }, offset: { amount: 1, unit: "month" } },
          evaluates: "s",
        },
        { kind: "imaging", id: "mri", modality: "MRI", date: "2023-06-01", evaluates: "ghost" },
      ]),
    );
    expect(m).toEqual([
      "events[0] (s).kind: 'surgery' is not a known kind",
      "events[1] (alectinib).end: 2023-01-01 is before start 2023-05-03",
      "events[3] (mri).evaluates: refers to 'ghost', which is no event or diagnosis id in this document",
    ]);
  });
});

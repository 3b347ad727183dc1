import { describe, expect, it } from "vitest";
import {
  addUnits,
  describeDate,
  formatDay,
  parseDay,
  parseEdtf,
  parseTimeline,
} from "../src/index.js";
import { doc, tki } from "./fixtures.js";

const bounds = (s: string) => {
  const r = parseEdtf(s);
  if (typeof r === "string") throw new Error(r);
  return [
    r.earliest === null ? null : formatDay(r.earliest),
    r.latest === null ? null : formatDay(r.latest),
    r.precision,
  ];
};

describe("parseEdtf", () => {
  it("parseEdtf('2023-05-03') is that single day", () => {
    expect(bounds("2023-05-03")).toEqual(["2023-05-03", "2023-05-03", "day"]);
  });
  it("parseEdtf('2024-02') spans the whole month, leap day included", () => {
    expect(bounds("2024-02")).toEqual(["2024-02-01", "2024-02-29", "month"]);
    expect(bounds("2023-02")).toEqual(["2023-02-01", "2023-02-28", "month"]);
  });
  it("parseEdtf('2019') spans the whole year", () => {
    expect(bounds("2019")).toEqual(["2019-01-01", "2019-12-31", "year"]);
  });
  it("parseEdtf reads ~ as approximate and ? as uncertain", () => {
    expect(parseEdtf("2019-10~")).toMatchObject({ approximate: true, uncertain: false });
    expect(parseEdtf("2019-10?")).toMatchObject({ approximate: false, uncertain: true });
    expect(parseEdtf("2019-10%")).toMatchObject({ approximate: true, uncertain: true });
  });
  it("parseEdtf names impossible days and months", () => {
    expect(parseEdtf("2023-02-29")).toBe(
      "'2023-02-29' is not a day of the calendar (2023-02 has no day 29)",
    );
    expect(parseEdtf("2023-13")).toBe(
      "'2023-13' has month 13; months run 01–12 (21–41: seasons, quarters, semesters)",
    );
    expect(parseEdtf("May 2019")).toMatch(/is not a date like/);
  });
  it("parseEdtf reads intervals, open or unknown at one end (EDTF levels 0 and 1)", () => {
    // "between January and April 2018", "since June 2018", "by the end of 2019"
    expect(bounds("2018-01/2018-04")).toEqual(["2018-01-01", "2018-04-30", "bounded"]);
    expect(bounds("2018-06/..")).toEqual(["2018-06-01", null, "bounded"]);
    expect(bounds("../2019")).toEqual([null, "2019-12-31", "bounded"]);
    expect(bounds("/2019")).toEqual([null, "2019-12-31", "bounded"]);
    expect(parseEdtf("2018-01~/2018-04")).toMatchObject({ approximate: true });
    expect(parseEdtf("2019/2018")).toBe("'2019/2018' ends before it begins (2019 is after 2018)");
    expect(parseEdtf("../..")).toMatch(/is not a date interval/);
  });
  it("parseEdtf reads unspecified digits: 201X is the 2010s, 2018-XX some month of 2018", () => {
    expect(bounds("201X")).toEqual(["2010-01-01", "2019-12-31", "bounded"]);
    expect(bounds("19XX")).toEqual(["1900-01-01", "1999-12-31", "bounded"]);
    expect(bounds("2018-XX")).toEqual(["2018-01-01", "2018-12-31", "year"]);
    expect(bounds("2018-01-XX")).toEqual(["2018-01-01", "2018-01-31", "month"]);
    expect(parseEdtf("20X5")).toMatch(/only the year's last digits may be/);
    expect(parseEdtf("2018-XX-05")).toMatch(/names a day but not its month/);
    expect(parseEdtf("17XX")).toMatch(/years 1800–2200/);
  });
  it("parseEdtf reads seasons, quarters and semesters (EDTF levels 1 and 2), a winter across the year's end", () => {
    expect(bounds("2018-21")).toEqual(["2018-03-01", "2018-05-31", "bounded"]); // spring
    expect(bounds("2018-31")).toEqual(["2018-03-01", "2018-05-31", "bounded"]); // autumn, south
    expect(bounds("2018-33")).toEqual(["2018-01-01", "2018-03-31", "bounded"]); // quarter 1
    expect(bounds("2018-36")).toEqual(["2018-10-01", "2018-12-31", "bounded"]); // quarter 4
    expect(bounds("2018-40")).toEqual(["2018-01-01", "2018-06-30", "bounded"]); // first half
    expect(bounds("2018-39")).toEqual(["2018-09-01", "2018-12-31", "bounded"]); // quadrimester 3
    // Winter 2018: the one ending in 2018 or the one beginning in it, both allowed.
    expect(bounds("2018-24")).toEqual(["2017-12-01", "2019-02-28", "bounded"]);
    expect(parseEdtf("2018-42")).toMatch(/month 42/);
  });
});

describe("calendar days never shift with the time zone", () => {
  it(`formatDay(parseDay(d)) round-trips every day 1900–2100 (TZ=${process.env.TZ ?? "unset"})`, () => {
    const start = parseDay("1900-01-01")!;
    const end = parseDay("2100-12-31")!;
    for (let d = start; d <= end; d++) {
      const iso = formatDay(d);
      if (parseDay(iso) !== d) throw new Error(`day ${d} → ${iso} → ${parseDay(iso)}`);
    }
    expect(end - start + 1).toBe(73_414);
  });
  it("addUnits crosses daylight-saving changes by whole calendar days", () => {
    // US spring forward 2023-03-12, fall back 2023-11-05; Samoa skipped 2011-12-30 entirely.
    expect(formatDay(addUnits(parseDay("2023-03-11")!, 1, "day"))).toBe("2023-03-12");
    expect(formatDay(addUnits(parseDay("2023-11-04")!, 2, "day"))).toBe("2023-11-06");
    expect(formatDay(addUnits(parseDay("2011-12-29")!, 1, "day"))).toBe("2011-12-30");
    expect(formatDay(addUnits(parseDay("2023-03-01")!, 1, "month"))).toBe("2023-04-01");
  });
  it("addUnits clamps month ends the calendar way", () => {
    expect(formatDay(addUnits(parseDay("2024-01-31")!, 1, "month"))).toBe("2024-02-29");
    expect(formatDay(addUnits(parseDay("2024-02-29")!, 1, "year"))).toBe("2025-02-28");
    expect(formatDay(addUnits(parseDay("2023-05-03")!, 11.5, "month"))).toBe("2024-04-18");
  });
});

describe("relative and bounded dates", () => {
  const resolve = (events: Parameters<typeof doc>[0]) => {
    const r = parseTimeline(doc(events));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return new Map(r.value.events.map((e) => [e.id, e]));
  };

  it("'three months later' is 3 ± ½ month after its anchor, never an exact day", () => {
    const ev = resolve([
      { kind: "clinical", id: "bleed", category: "bleeding", term: "bleed", start: "2024-02-10" },
      {
        kind: "clinical",
        id: "pneumonia",
        category: "infection",
        term: "pneumonia",
        start: {
          relativeTo: { event: "bleed" },
          offset: { amount: 3, unit: "month" },
          text: "three months later",
        },
      },
    ]);
    const d = ev.get("pneumonia")!.span.start;
    // 2.5 to 3.5 mean months (76…107 days, rounded outward) after February 10.
    expect(describeDate(d)).toBe("2024-04-26…2024-05-27");
    expect(d).toMatchObject({ precision: "relative", text: "three months later" });
  });

  it("a relative date keeps the uncertainty of a month-precision anchor", () => {
    const ev = resolve([
      { kind: "clinical", id: "a", category: "other", term: "a", start: "2024-02" },
      {
        kind: "clinical",
        id: "b",
        category: "other",
        term: "b",
        start: { relativeTo: { event: "a" }, offset: { amount: 10, unit: "day" } },
      },
    ]);
    expect(describeDate(ev.get("b")!.span.start)).toBe("2024-02-11…2024-03-10");
  });

  it("dates relative to an undated event live in that event's frame", () => {
    const ev = resolve([
      tki("osimertinib", undefined, { ongoing: true }),
      {
        kind: "progression",
        id: "pd",
        basis: "radiographic",
        date: { relativeTo: { event: "osimertinib" }, offset: { amount: 13, unit: "month" } },
      },
    ]);
    const d = ev.get("pd")!.span.start;
    expect(d.frame).toBe("osimertinib.start");
    expect(d.earliest).toBeGreaterThanOrEqual(380);
    expect(d.latest).toBeLessThanOrEqual(412);
  });

  it("an 'after' bound alone leaves the date open-ended", () => {
    const ev = resolve([
      { kind: "clinical", id: "a", category: "other", term: "a", start: "2024-02" },
      { kind: "outcome", id: "death", status: "death", date: { after: { event: "a" } } },
    ]);
    const d = ev.get("death")!.span.start;
    expect([d.earliest === null ? null : formatDay(d.earliest), d.latest]).toEqual([
      "2024-02-01",
      null,
    ]);
  });
});

describe("loose calendar statements in a document", () => {
  it("a quarter, a decade or an interval stays the window stated, printed as its bounds", () => {
    const r = parseTimeline(
      doc([
        tki("a", "2018-33", { end: "2018-06/2018-09" }),
        tki("b", "201X"),
        tki("c", { date: "2019-40", text: "in the first half of 2019" }),
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const [a, b, c] = r.value.events;
    expect(a!.span.start).toMatchObject({ precision: "bounded" });
    expect(describeDate(a!.span.start)).toBe("2018-01-01…2018-03-31");
    expect(describeDate(a!.span.end)).toBe("2018-06-01…2018-09-30");
    expect(describeDate(b!.span.start)).toBe("2010-01-01…2019-12-31");
    expect(c!.span.start.text).toBe("in the first half of 2019");
    expect(formatDay(c!.span.start.latest!)).toBe("2019-06-30");
  });
  it("refuses an unreadable one with its path, as any date", () => {
    const r = parseTimeline(doc([tki("a", "2018-43")]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe("events[0].start");
  });
});

// Issue 15, defect 1: years 0000–0099 were read as 1900–1999 (JS Date's two-digit years).
import { describe, expect, it } from "vitest";
import {
  addUnits,
  formatDay,
  formatIssue,
  parseDay,
  parseEdtf,
  parseTimeline,
} from "../src/index.js";
import { MAX_YEAR, MIN_YEAR } from "../src/dates/supportedYears.js";
import { doc, tki } from "./fixtures.js";

const messages = (input: unknown) => {
  const r = parseTimeline(input);
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe("calendar dates outside 1800–2200 are refused, inside they are exact", () => {
  it("parseTimeline rejects '0050-02', '0000', '0050' and '0099-12-31' naming the path and the range", () => {
    for (const date of ["0050-02", "0000", "0050", "0099-12-31"])
      expect(messages(doc([tki("a", date)]))).toEqual([
        `events[0] (a).start: '${date}' is in the year ${Number(date.slice(0, 4))}; dates must lie in the years 1800–2200`,
      ]);
  });

  it("parseTimeline rejects a year beyond 2200 in a bound and in the data cut-off", () => {
    expect(
      messages(doc([tki("a", { after: { date: "2999" } })], { dataCutoff: "1799-12-31" })),
    ).toEqual([
      "dataCutoff: '1799-12-31' is in the year 1799; dates must lie in the years 1800–2200",
      "events[0] (a).start.after.date: '2999' is in the year 2999; dates must lie in the years 1800–2200",
    ]);
  });

  it("parseTimeline rejects a publication date outside the range at source.published", () => {
    const d = doc([]);
    expect(messages({ ...d, source: { ...d.source, published: "0023" } })).toEqual([
      "source.published: '0023' is in the year 23; dates must lie in the years 1800–2200",
    ]);
  });

  it("parseEdtf gives the first and last years of the range their exact bounds", () => {
    const at = (s: string) => {
      const r = parseEdtf(s);
      if (typeof r === "string") throw new Error(r);
      return [formatDay(r.earliest!), formatDay(r.latest!)];
    };
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1800, 2200]);
    expect(at("1800")).toEqual(["1800-01-01", "1800-12-31"]);
    expect(at("1800-02")).toEqual(["1800-02-01", "1800-02-28"]); // 1800 is no leap year
    expect(at("2000-02")).toEqual(["2000-02-01", "2000-02-29"]); // 2000 is
    expect(at("2200-12-31")).toEqual(["2200-12-31", "2200-12-31"]);
  });

  it("formatDay(parseDay(d)) round-trips every day 1800–2200 and days count without gaps", () => {
    const start = parseDay("1800-01-01")!;
    const end = parseDay("2200-12-31")!;
    for (let d = start; d <= end; d++) {
      const iso = formatDay(d);
      if (parseDay(iso) !== d) throw new Error(`day ${d} → ${iso} → ${parseDay(iso)}`);
    }
    // 401 years, 97 of them leap years (1800, 1900, 2100 and 2200 are not; 2000 is).
    expect(end - start + 1).toBe(401 * 365 + 97);
  });

  it("addUnits stays exact when an offset leaves the range (years 50 and 9000)", () => {
    expect(formatDay(addUnits(parseDay("1850-03-31")!, -1800, "year"))).toBe("0050-03-31");
    expect(formatDay(addUnits(parseDay("2000-02-29")!, 7000, "year"))).toBe("9000-02-28");
    expect(formatDay(addUnits(parseDay("1801-01-31")!, -2, "month"))).toBe("1800-11-30");
  });
});

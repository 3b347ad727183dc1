import { describe, expect, it } from "vitest";
import { formatInterval, linesOfTherapy, summarizeTimeline } from "../src/index.js";
import { doc, parse, tki } from "./fixtures.js";

describe("linesOfTherapy", () => {
  it("linesOfTherapy counts a combination started together as one line", () => {
    const t = parse(
      doc([
        tki("carboplatin", "2020-01-06", { end: "2020-04-01" }),
        tki("pemetrexed", "2020-01-06", { end: "2020-04-01" }),
      ]),
    );
    expect(linesOfTherapy(t).map((l) => [l.number, l.agents])).toEqual([
      [1, ["carboplatin", "pemetrexed"]],
    ]);
  });

  it("linesOfTherapy keeps a drug added later in the running line; holds and dose changes start nothing", () => {
    const t = parse(
      doc([
        tki("chemo", "2020-01-06", {
          end: "2020-06-01",
          modifications: [
            { type: "hold", date: "2020-02-01" },
            { type: "dose-reduction", date: "2020-03-01", dose: 100, unit: "mg" },
          ],
        }),
        tki("bevacizumab", "2020-02-15", { end: "2020-06-01" }),
        tki("docetaxel", "2020-07-01", { end: "2020-09-01" }),
      ]),
    );
    expect(linesOfTherapy(t).map((l) => [l.number, l.agents])).toEqual([
      [1, ["chemo", "bevacizumab"]],
      [2, ["docetaxel"]],
    ]);
  });

  it("linesOfTherapy starts a new line when a drug is added because of resistance, carrying the continuing drug", () => {
    const t = parse(
      doc(
        [
          tki("osimertinib", "2020-01-01", { ongoing: true }),
          {
            kind: "molecular",
            id: "ngs",
            resultDate: "2021-02-01",
            sample: { type: "tissue" },
            method: { type: "NGS" },
            findings: [
              { id: "alk", gene: "ALK", type: "fusion", partner: "EML4", status: "newly-detected" },
            ],
          },
          {
            kind: "resistance",
            id: "res",
            date: "2021-02-01",
            therapy: "osimertinib",
            mechanism: "EML4::ALK",
            findings: [{ test: "ngs", finding: "alk" }],
          },
          tki("alectinib", "2021-09-01", { ongoing: true, basedOn: ["res"] }),
        ],
        { dataCutoff: "2022-09-01" },
      ),
    );
    const lines = linesOfTherapy(t);
    expect(lines.map((l) => [l.number, l.agents, l.ongoing])).toEqual([
      [1, ["osimertinib"], false],
      [2, ["osimertinib", "alectinib"], true],
    ]);
    expect(lines[0]!.end).toEqual(lines[1]!.start);
  });

  it("linesOfTherapy leaves supportive care out and respects stated line numbers", () => {
    const t = parse(
      doc([
        tki("zoledronate", "2020-01-01", { intent: "supportive" }),
        tki("x", "2020-02-01", { line: 3 }),
      ]),
    );
    expect(linesOfTherapy(t).map((l) => [l.number, l.numbering])).toEqual([[3, "stated"]]);
  });

  it("linesOfTherapy of an undated timeline follows the document order", () => {
    const t = parse(doc([tki("b"), tki("a")]));
    expect(linesOfTherapy(t).map((l) => l.agents[0])).toEqual(["b", "a"]);
  });
});

describe("summarizeTimeline", () => {
  it("gives fuzzy dates fuzzy durations, never false precision", () => {
    const t = parse(
      doc(
        [
          tki("ice", "2019-06", { end: "2019-10", cycles: 6 }),
          {
            kind: "imaging",
            id: "ct",
            modality: "CT",
            date: "2019-11",
            responses: [{ value: "SD" }],
            evaluates: "ice",
          },
        ],
        { diagnoses: [{ id: "dx", date: "2019-05", primarySite: "soft tissue" }] },
      ),
    );
    const s = summarizeTimeline(t);
    // June 1 → Oct 31 at most, June 30 → Oct 1 at least.
    expect(s.lines[0]!.timeOnTreatment).toEqual({ minDays: 93, maxDays: 152, censored: false });
    expect(formatInterval(s.lines[0]!.timeOnTreatment)).toBe("3.1–5.0 mo");
    expect(s.lines[0]!.bestResponse?.value).toBe("SD");
    expect(s.survival.status).toBe("unknown");
  });

  it("marks follow-up of a living patient as censored", () => {
    const t = parse(
      doc(
        [
          tki("a", "2020-01-01", { ongoing: true }),
          { kind: "outcome", id: "fu", status: "last-follow-up", date: "2021-01-01" },
        ],
        {
          diagnoses: [{ id: "dx", date: "2019-12-15", primarySite: "lung" }],
          dataCutoff: "2021-01-01",
        },
      ),
    );
    const s = summarizeTimeline(t);
    expect(s.survival).toEqual({
      status: "alive-at-last-follow-up",
      interval: { minDays: 383, maxDays: 383, censored: true },
      endpointId: "fu",
    });
    expect(s.lines[0]!.timeOnTreatment).toEqual({ minDays: 366, maxDays: 366, censored: true });
    expect(formatInterval(s.lines[0]!.timeOnTreatment)).toBe("12.0+ mo (366 days)");
  });
});

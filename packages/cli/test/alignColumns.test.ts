import { describe, expect, it } from "vitest";
import { alignColumns } from "../src/alignColumns.js";

describe("alignColumns", () => {
  it("alignColumns(rows) pads every column to its widest cell and trims line ends", () => {
    expect(
      alignColumns([
        ["line", "regimen", "best"],
        ["1", "capecitabine + oxaliplatin", "PD"],
        ["10*", "alectinib", ""],
      ]),
    ).toEqual([
      "line  regimen                     best",
      "1     capecitabine + oxaliplatin  PD",
      "10*   alectinib",
    ]);
  });

  it("alignColumns counts '…', '–' and '≥' as one column each", () => {
    expect(
      alignColumns(
        [
          ["≥ 11.0 mo", "x"],
          ["2024-04-03…?", "y"],
          ["0.0–3.0", "z"],
        ],
        1,
      ),
    ).toEqual(["≥ 11.0 mo    x", "2024-04-03…? y", "0.0–3.0      z"]);
  });
});

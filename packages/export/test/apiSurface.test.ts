import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

describe("@oncoline/export", () => {
  it("exports exactly its documented names", () => {
    expect(Object.keys(api).sort()).toEqual([
      "JOURNAL_WIDTHS_MM",
      "MIN_PRINT_PT",
      "PRINT_MM_RANGE",
      "SMALLEST_TEXT_EM",
      "mmToPt",
      "pngScale",
      "printSize",
      "ptPerPx",
      "sceneFromSvg",
      "toPDF",
      "toPPTX",
    ]);
  });
});

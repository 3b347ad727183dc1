import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as react from "../src/index.js";
import * as server from "../src/server.js";
import { repoRoot } from "./paths.js";

describe("@oncoline/react public API", () => {
  it("@oncoline/react exports exactly these names (update the README when this changes)", () => {
    expect(Object.keys(react).sort()).toEqual([
      "DEFAULT_LAYERS",
      "ErrorView",
      "EventTable",
      "PatientTimeline",
      "PatientTimelineView",
      "RELAYOUT_DELAY_MS",
      "SwimmerPlot",
      "SwimmerSvg",
      "SwimmerTable",
      "TimelineSvg",
      "colorFor",
      "darkTheme",
      "journalTheme",
      "makePaint",
      "screenTheme",
      "slideTheme",
      "swimmerPaint",
      "themes",
      "useZoom",
    ]);
  });

  it("@oncoline/react/server exports exactly these names", () => {
    expect(Object.keys(server).sort()).toEqual([
      "describeIssues",
      "renderSwimmerPages",
      "renderSwimmerToSVG",
      "renderToSVG",
    ]);
  });

  it("package.json exports exactly the entries ., ./view, ./server, ./styles.css and ./package.json", () => {
    const pkg = JSON.parse(
      readFileSync(join(repoRoot(), "packages/react/package.json"), "utf8"),
    ) as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports)).toEqual([
      ".",
      "./view",
      "./server",
      "./styles.css",
      "./package.json",
    ]);
  });
});

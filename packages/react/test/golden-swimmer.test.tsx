// Golden swimmer plots (`pnpm golden` rewrites them): seed 002's Table 1 in every theme, every
// page; every other cohort scenario of the stories (five seed patients, 200 grouped, no anchor, all
// censored, one patient, uncertain starts, cBioPortal lgg_ucsf_2014) in the screen theme.
import { describe, it } from "vitest";
import { themes } from "../src/index.js";
import { renderSwimmerPages } from "../src/server.js";
import { cohortScenarios } from "../../../stories/scenarios/cohorts.js";
import { table1Json } from "./cohorts.js";
import { matchGolden } from "./matchGolden.js";

describe("swimmer golden figures (seed 002 Table 1 in every theme)", () => {
  for (const theme of Object.keys(themes) as Array<keyof typeof themes>) {
    it(`renderSwimmerPages(Table 1, {theme: "${theme}"}) matches its golden SVGs`, () => {
      const pages = renderSwimmerPages(table1Json(), { theme });
      pages.forEach((svg, i) =>
        matchGolden(`swimmer-002-table1-${theme}${pages.length > 1 ? `-p${i + 1}` : ""}`, svg),
      );
    });
  }
});

describe("swimmer golden figures (every story cohort, screen theme)", () => {
  for (const { scenario, options } of cohortScenarios.slice(1)) {
    it(`renderSwimmerPages(${scenario.key}) matches its golden SVG`, () => {
      const pages = renderSwimmerPages(scenario.cohort, { theme: "screen", ...options });
      pages.forEach((svg, i) =>
        matchGolden(`swimmer-${scenario.key}${pages.length > 1 ? `-p${i + 1}` : ""}`, svg),
      );
    });
  }
});

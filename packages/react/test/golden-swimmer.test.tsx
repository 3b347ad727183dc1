// Golden swimmer plots: seed 002's Table 1 in every theme, every page (`pnpm golden` rewrites them).
import { describe, it } from "vitest";
import { themes } from "../src/index.js";
import { renderSwimmerPages } from "../src/server.js";
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

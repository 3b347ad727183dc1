import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests fail on their assertions, not on the clock: a 2-core machine shared with other test runs
// can be ten times slower than an idle one, so no test or hook has a tight time-out.
const NO_CLOCK = { testTimeout: 300_000, hookTimeout: 300_000 };

const src = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

// Every story rendered in jsdom through portable stories; the packages resolve from source.
// Paths in `include` are relative to this directory, like every project config's.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@oncoline\/core$/, replacement: src("core/src/index.ts") },
      { find: /^@oncoline\/core\/render$/, replacement: src("core/src/render.ts") },
      { find: /^@oncoline\/core\/validate$/, replacement: src("core/src/validate.ts") },
      { find: /^@oncoline\/react$/, replacement: src("react/src/index.ts") },
    ],
  },
  test: { name: "stories", ...NO_CLOCK, environment: "jsdom", include: ["**/*.test.tsx"] },
});

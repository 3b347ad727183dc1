import { defineConfig } from "vitest/config";

// Tests fail on their assertions, not on the clock: a 2-core machine shared with other test runs
// can be ten times slower than an idle one, so no test or hook has a tight time-out.
const NO_CLOCK = { testTimeout: 300_000, hookTimeout: 300_000 };

// core is DOM-free: its tests run in plain Node, where `document` does not exist.
export default defineConfig({
  test: { name: "core", ...NO_CLOCK, environment: "node", include: ["test/**/*.test.ts"] },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests fail on their assertions, not on the clock: a 2-core machine shared with other test runs
// can be ten times slower than an idle one, so no test or hook has a tight time-out.
const NO_CLOCK = { testTimeout: 300_000, hookTimeout: 300_000 };

// The importers are DOM-free: their tests run in plain Node. core and react are resolved from
// source so no build is needed first.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@oncoline\/core$/,
        replacement: fileURLToPath(new URL("../core/src/index.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/core\/render$/,
        replacement: fileURLToPath(new URL("../core/src/render.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/core\/validate$/,
        replacement: fileURLToPath(new URL("../core/src/validate.ts", import.meta.url)),
      },
      {
        find: /^@oncoline\/react\/server$/,
        replacement: fileURLToPath(new URL("../react/src/server.ts", import.meta.url)),
      },
    ],
  },
  test: { name: "import", ...NO_CLOCK, environment: "node", include: ["test/**/*.test.ts"] },
});

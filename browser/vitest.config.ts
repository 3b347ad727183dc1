import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The real-browser suite: Node tests driving Debian's Chromium through Playwright. Run with
// `pnpm test:browser` (it builds Storybook and the examples first); not part of the unit projects.
export default defineConfig({
  test: {
    name: "browser",
    // Only this folder: without a root, the glob would also pick up the unit tests.
    root: fileURLToPath(new URL(".", import.meta.url)),
    environment: "node",
    include: ["**/*.test.ts"],
    // No clock: a loaded 2-core machine can be ten times slower than an idle one.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// No tight time-outs: a loaded 2-core machine can be ten times slower than an idle one.
const NO_CLOCK = { testTimeout: 300_000, hookTimeout: 300_000 };

// The element runs in jsdom here (and in Chromium in browser/); core is resolved from source.
export default defineConfig({
  resolve: {
    alias: { "@oncoline/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)) },
  },
  test: { name: "element", ...NO_CLOCK, environment: "jsdom", include: ["test/**/*.test.ts"] },
});
